import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchOutbox1795922733639 implements MigrationInterface {
  name = 'SearchOutbox1795922733639';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "topic" character varying(32) NOT NULL, "entity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "leased_until" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "search_outbox_entity" ON "search_outbox"  ("topic", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "search_outbox_ready" ON "search_outbox"  ("available_at", "id") `);
    await queryRunner.query(`CREATE TABLE "search_vacancy" ("id" uuid NOT NULL, "employer_id" uuid NOT NULL, "title" text NOT NULL, "occupation_id" uuid NOT NULL, "isco_code" character varying(4) NOT NULL, "member_state" character(2) NOT NULL, "programme_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "essential_skill_ids" uuid array NOT NULL, "optional_skill_ids" uuid array NOT NULL, "document" tsvector NOT NULL, CONSTRAINT "PK_39664d0fbb3dbae8d38e7d333eb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5abd1c1fae03dd8700ea345631" ON "search_vacancy"  ("occupation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e7c81680f9815ab04585700dbd" ON "search_vacancy"  ("isco_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_abd96cacaa0b59adebdcd3219b" ON "search_vacancy"  ("member_state") `);
    // GIN over the text vector; declared with synchronize: false on the entity.
    await queryRunner.query(`CREATE INDEX "search_vacancy_text" ON "search_vacancy" USING gin ("document")`);
    await queryRunner.query(`CREATE INDEX "search_vacancy_recent" ON "search_vacancy"  ("published_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."search_vacancy_text"`);
    await queryRunner.query(`DROP INDEX "public"."search_vacancy_recent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abd96cacaa0b59adebdcd3219b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7c81680f9815ab04585700dbd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5abd1c1fae03dd8700ea345631"`);
    await queryRunner.query(`DROP TABLE "search_vacancy"`);
    await queryRunner.query(`DROP INDEX "public"."search_outbox_ready"`);
    await queryRunner.query(`DROP INDEX "public"."search_outbox_entity"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
  }
}
