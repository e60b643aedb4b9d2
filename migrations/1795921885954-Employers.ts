import { MigrationInterface, QueryRunner } from 'typeorm';

export class Employers1795921885954 implements MigrationInterface {
  name = 'Employers1795921885954';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."employer_status" AS ENUM('PENDING', 'VERIFIED', 'SUSPENDED', 'REMOVED')`);
    await queryRunner.query(`CREATE TABLE "employer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid, "legal_name" character varying(200) NOT NULL, "member_state" character(2) NOT NULL, "registration_number" character varying(64) NOT NULL, "contact_email" character varying(254) NOT NULL, "status" "public"."employer_status" NOT NULL DEFAULT 'PENDING', "status_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_22c9394e151d0c9a9f81a563044" UNIQUE ("owner_id"), CONSTRAINT "PK_74029e6b1f17a4c7c66d43cfd34" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "employer_status_order" ON "employer"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "employer_registration" ON "employer"  ("member_state", "registration_number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."employer_registration"`);
    await queryRunner.query(`DROP INDEX "public"."employer_status_order"`);
    await queryRunner.query(`DROP TABLE "employer"`);
    await queryRunner.query(`DROP TYPE "public"."employer_status"`);
  }
}
