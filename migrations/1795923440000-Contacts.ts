import { MigrationInterface, QueryRunner } from 'typeorm';

export class Contacts1795923440000 implements MigrationInterface {
  name = 'Contacts1795923440000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."contact_request_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "contact_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "status" "public"."contact_request_status" NOT NULL DEFAULT 'PENDING', "message" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d74ea9b4efcf950e4f98d14b173" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "contact_request_employer_order" ON "contact_request"  ("employer_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "contact_request_profile_order" ON "contact_request"  ("profile_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "contact_request_one_per_pair" ON "contact_request"  ("vacancy_id", "profile_id") WHERE status <> 'WITHDRAWN'`);
    await queryRunner.query(`ALTER TABLE "candidate_profile" ADD "retention_flagged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "consent_event" ADD "source" character varying(16) NOT NULL DEFAULT 'candidate'`);
    await queryRunner.query(`CREATE INDEX "candidate_profile_retention" ON "candidate_profile"  ("updated_at") WHERE retention_flagged_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "contact_request" ADD CONSTRAINT "FK_bc2af377da27c9df786463d164f" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact_request" ADD CONSTRAINT "FK_395392abaa62a23e8ff146fe597" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact_request" ADD CONSTRAINT "FK_ea9038c7c9cbbcefe4be46e685a" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_request" DROP CONSTRAINT "FK_ea9038c7c9cbbcefe4be46e685a"`);
    await queryRunner.query(`ALTER TABLE "contact_request" DROP CONSTRAINT "FK_395392abaa62a23e8ff146fe597"`);
    await queryRunner.query(`ALTER TABLE "contact_request" DROP CONSTRAINT "FK_bc2af377da27c9df786463d164f"`);
    await queryRunner.query(`DROP INDEX "public"."candidate_profile_retention"`);
    await queryRunner.query(`ALTER TABLE "consent_event" DROP COLUMN "source"`);
    await queryRunner.query(`ALTER TABLE "candidate_profile" DROP COLUMN "retention_flagged_at"`);
    await queryRunner.query(`DROP INDEX "public"."contact_request_one_per_pair"`);
    await queryRunner.query(`DROP INDEX "public"."contact_request_profile_order"`);
    await queryRunner.query(`DROP INDEX "public"."contact_request_employer_order"`);
    await queryRunner.query(`DROP TABLE "contact_request"`);
    await queryRunner.query(`DROP TYPE "public"."contact_request_status"`);
  }
}
