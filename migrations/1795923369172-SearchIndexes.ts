import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchIndexes1795923369172 implements MigrationInterface {
  name = 'SearchIndexes1795923369172';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "topic" character varying(32) NOT NULL, "entity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "leased_until" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "search_outbox_entity" ON "search_outbox"  ("topic", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "search_outbox_ready" ON "search_outbox"  ("available_at", "id") `);
    await queryRunner.query(`CREATE TABLE "search_candidate" ("id" uuid NOT NULL, "citizenship" character(2) NOT NULL, "residence_country" character(2) NOT NULL, "destinations" character(2) array NOT NULL, "language_codes" integer array NOT NULL, "highest_eqf" smallint, "years_of_experience" real NOT NULL, "skill_nums" integer array NOT NULL, "occupation_nums" integer array NOT NULL, "isco_units" integer array NOT NULL, "profile" jsonb NOT NULL, "available_from" date, CONSTRAINT "PK_8a0f5550808fda032bea69c359b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "search_vacancy" ("id" uuid NOT NULL, "employer_id" uuid NOT NULL, "title" text NOT NULL, "occupation_id" uuid NOT NULL, "isco_code" character varying(4) NOT NULL, "member_state" character(2) NOT NULL, "programme_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "occupation_num" integer NOT NULL, "essential_skill_nums" integer array NOT NULL, "optional_skill_nums" integer array NOT NULL, "required_language_codes" integer array NOT NULL, "language_requirements" jsonb NOT NULL, "min_eqf_level" smallint, "min_experience_years" real, "description" text NOT NULL, "document" tsvector NOT NULL, CONSTRAINT "PK_39664d0fbb3dbae8d38e7d333eb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5abd1c1fae03dd8700ea345631" ON "search_vacancy"  ("occupation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e7c81680f9815ab04585700dbd" ON "search_vacancy"  ("isco_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_abd96cacaa0b59adebdcd3219b" ON "search_vacancy"  ("member_state") `);
    await queryRunner.query(`CREATE INDEX "search_vacancy_recent" ON "search_vacancy"  ("published_at", "id") `);
    await queryRunner.query(`ALTER TABLE "occupation" ADD "num" SERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "occupation" ADD CONSTRAINT "UQ_23b4be9583ae699a05dc5112b96" UNIQUE ("num")`);
    await queryRunner.query(`ALTER TABLE "skill" ADD "num" SERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "skill" ADD CONSTRAINT "UQ_a5bcc47cb5c42889e6d260c450f" UNIQUE ("num")`);
    // GIN indexes the entities cannot declare (marked synchronize: false there).
    await queryRunner.query(`CREATE INDEX "search_vacancy_text" ON "search_vacancy" USING gin ("document")`);
    await queryRunner.query(`CREATE INDEX "search_vacancy_skills" ON "search_vacancy" USING gin ("essential_skill_nums" gin__int_ops)`);
    await queryRunner.query(`CREATE INDEX "search_candidate_skills" ON "search_candidate" USING gin ("skill_nums" gin__int_ops)`);
    await queryRunner.query(`CREATE INDEX "search_candidate_isco" ON "search_candidate" USING gin ("isco_units" gin__int_ops)`);
    await queryRunner.query(`CREATE INDEX "search_candidate_occupations" ON "search_candidate" USING gin ("occupation_nums" gin__int_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."search_candidate_occupations"`);
    await queryRunner.query(`DROP INDEX "public"."search_candidate_isco"`);
    await queryRunner.query(`DROP INDEX "public"."search_candidate_skills"`);
    await queryRunner.query(`DROP INDEX "public"."search_vacancy_skills"`);
    await queryRunner.query(`DROP INDEX "public"."search_vacancy_text"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP CONSTRAINT "UQ_a5bcc47cb5c42889e6d260c450f"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP COLUMN "num"`);
    await queryRunner.query(`ALTER TABLE "occupation" DROP CONSTRAINT "UQ_23b4be9583ae699a05dc5112b96"`);
    await queryRunner.query(`ALTER TABLE "occupation" DROP COLUMN "num"`);
    await queryRunner.query(`DROP INDEX "public"."search_vacancy_recent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abd96cacaa0b59adebdcd3219b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7c81680f9815ab04585700dbd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5abd1c1fae03dd8700ea345631"`);
    await queryRunner.query(`DROP TABLE "search_vacancy"`);
    await queryRunner.query(`DROP TABLE "search_candidate"`);
    await queryRunner.query(`DROP INDEX "public"."search_outbox_ready"`);
    await queryRunner.query(`DROP INDEX "public"."search_outbox_entity"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
  }
}
