import { MigrationInterface, QueryRunner } from 'typeorm';

export class Vacancies1795922311706 implements MigrationInterface {
  name = 'Vacancies1795922311706';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."salary_period" AS ENUM('HOUR', 'MONTH', 'YEAR')`);
    await queryRunner.query(`CREATE TYPE "public"."vacancy_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'CLOSED', 'REMOVED')`);
    await queryRunner.query(`CREATE TABLE "vacancy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "occupation_id" uuid NOT NULL, "member_state" character(2) NOT NULL, "city" character varying(100), "language_requirements" jsonb NOT NULL, "min_eqf_level" smallint, "min_experience_years" real, "positions" integer NOT NULL, "salary_min" numeric(12,2), "salary_max" numeric(12,2), "salary_currency" character(3), "salary_period" "public"."salary_period", "programme_id" uuid, "shortage_occupation" boolean NOT NULL DEFAULT false, "status" "public"."vacancy_status" NOT NULL DEFAULT 'DRAFT', "screening_flags" jsonb NOT NULL, "review_reason" character varying(1000), "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8fa1981f63bc24e1712707d492b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_21a3b6e115a56139aa51326c23" ON "vacancy"  ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5148682e4159655ddd26e55298" ON "vacancy"  ("occupation_id") `);
    await queryRunner.query(`CREATE INDEX "vacancy_listing" ON "vacancy"  ("status", "published_at", "id") `);
    await queryRunner.query(`CREATE TABLE "vacancy_skill" ("vacancy_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "essential" boolean NOT NULL, CONSTRAINT "PK_2ba82458d0573c7c27eb251e2f9" PRIMARY KEY ("vacancy_id", "skill_id"))`);
    await queryRunner.query(`CREATE TABLE "vacancy_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "reporter_id" uuid, "reason" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1601ac5eb8e106427c40a21fadb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "vacancy_report_once" ON "vacancy_report"  ("vacancy_id", "reporter_id") `);
    await queryRunner.query(`ALTER TABLE "vacancy" ADD CONSTRAINT "FK_21a3b6e115a56139aa51326c238" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy" ADD CONSTRAINT "FK_5148682e4159655ddd26e55298e" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy_skill" ADD CONSTRAINT "FK_08b6505ee530e405fe6a9bdb4cf" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy_skill" ADD CONSTRAINT "FK_c5927f5670fe6e8ecb36d0ec3c5" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy_report" ADD CONSTRAINT "FK_e36f13f1931c58e5803ed212028" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancy_report" DROP CONSTRAINT "FK_e36f13f1931c58e5803ed212028"`);
    await queryRunner.query(`ALTER TABLE "vacancy_skill" DROP CONSTRAINT "FK_c5927f5670fe6e8ecb36d0ec3c5"`);
    await queryRunner.query(`ALTER TABLE "vacancy_skill" DROP CONSTRAINT "FK_08b6505ee530e405fe6a9bdb4cf"`);
    await queryRunner.query(`ALTER TABLE "vacancy" DROP CONSTRAINT "FK_5148682e4159655ddd26e55298e"`);
    await queryRunner.query(`ALTER TABLE "vacancy" DROP CONSTRAINT "FK_21a3b6e115a56139aa51326c238"`);
    await queryRunner.query(`DROP INDEX "public"."vacancy_report_once"`);
    await queryRunner.query(`DROP TABLE "vacancy_report"`);
    await queryRunner.query(`DROP TABLE "vacancy_skill"`);
    await queryRunner.query(`DROP INDEX "public"."vacancy_listing"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5148682e4159655ddd26e55298"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21a3b6e115a56139aa51326c23"`);
    await queryRunner.query(`DROP TABLE "vacancy"`);
    await queryRunner.query(`DROP TYPE "public"."vacancy_status"`);
    await queryRunner.query(`DROP TYPE "public"."salary_period"`);
  }
}
