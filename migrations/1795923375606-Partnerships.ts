import { MigrationInterface, QueryRunner } from 'typeorm';

export class Partnerships1795923375606 implements MigrationInterface {
  name = 'Partnerships1795923375606';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "partnership_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "partner_countries" character(2) array NOT NULL DEFAULT '{}', "member_states" character(2) array NOT NULL DEFAULT '{}', "criteria" jsonb NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a78f229e73883a4fbea804b720b" UNIQUE ("name"), CONSTRAINT "PK_1fa2c384d28b94cd5e9d4a2a195" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "programme_administrator" ("programme_id" uuid NOT NULL, "user_id" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ddb9e9bed66e5f44e173ecacaf" PRIMARY KEY ("programme_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6cd30bff4ca75b6b7909e2814c" ON "programme_administrator"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "partnership_credential" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "training_completed" boolean NOT NULL, "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "awarded_by" uuid, CONSTRAINT "PK_c747a56db2543fb334117b58c44" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6aad844cb4c1cb35af46c69bbb" ON "partnership_credential"  ("profile_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dd78c09e3500651a4dd74c9db7" ON "partnership_credential"  ("programme_id", "profile_id") `);
    await queryRunner.query(`ALTER TABLE "programme_administrator" ADD CONSTRAINT "FK_7c30406429ea23fdf03210dd7c0" FOREIGN KEY ("programme_id") REFERENCES "partnership_programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_administrator" ADD CONSTRAINT "FK_6cd30bff4ca75b6b7909e2814c2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_credential" ADD CONSTRAINT "FK_5273b75e836908fc1b7fa8c2802" FOREIGN KEY ("programme_id") REFERENCES "partnership_programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_credential" ADD CONSTRAINT "FK_6aad844cb4c1cb35af46c69bbb0" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership_credential" ADD CONSTRAINT "FK_6d767f186616891b363d0e7edf9" FOREIGN KEY ("awarded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_credential" DROP CONSTRAINT "FK_6d767f186616891b363d0e7edf9"`);
    await queryRunner.query(`ALTER TABLE "partnership_credential" DROP CONSTRAINT "FK_6aad844cb4c1cb35af46c69bbb0"`);
    await queryRunner.query(`ALTER TABLE "partnership_credential" DROP CONSTRAINT "FK_5273b75e836908fc1b7fa8c2802"`);
    await queryRunner.query(`ALTER TABLE "programme_administrator" DROP CONSTRAINT "FK_6cd30bff4ca75b6b7909e2814c2"`);
    await queryRunner.query(`ALTER TABLE "programme_administrator" DROP CONSTRAINT "FK_7c30406429ea23fdf03210dd7c0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd78c09e3500651a4dd74c9db7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6aad844cb4c1cb35af46c69bbb"`);
    await queryRunner.query(`DROP TABLE "partnership_credential"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6cd30bff4ca75b6b7909e2814c"`);
    await queryRunner.query(`DROP TABLE "programme_administrator"`);
    await queryRunner.query(`DROP TABLE "partnership_programme"`);
  }
}
