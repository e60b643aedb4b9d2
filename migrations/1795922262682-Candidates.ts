import { MigrationInterface, QueryRunner } from 'typeorm';

export class Candidates1795922262682 implements MigrationInterface {
  name = 'Candidates1795922262682';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "candidate_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "citizenship" character(2) NOT NULL, "residence_country" character(2) NOT NULL, "birth_date" date NOT NULL, "headline" character varying(200), "preferred_destinations" character(2) array NOT NULL DEFAULT '{}', "available_from" date, "visible" boolean NOT NULL DEFAULT false, "consent_given_at" TIMESTAMP WITH TIME ZONE, "consent_policy_version" character varying(32), "highest_eqf_level" smallint, "years_of_experience" real NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ce664e2dbb3f03521bcdd2c7bf0" UNIQUE ("user_id"), CONSTRAINT "PK_404029cefcd04a9d68f13f9d8e3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "candidate_desired_occupation" ("profile_id" uuid NOT NULL, "occupation_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_4055d40548505d3157c56c46e7e" PRIMARY KEY ("profile_id", "occupation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9df23cfe4c0be586fe5b00038e" ON "candidate_desired_occupation"  ("occupation_id") `);
    await queryRunner.query(`CREATE TABLE "candidate_skill" ("profile_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_63b27ba78426f0d816c8799582a" PRIMARY KEY ("profile_id", "skill_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fcb69c0e9e78c9ebdaa667fedf" ON "candidate_skill"  ("skill_id") `);
    await queryRunner.query(`CREATE TYPE "public"."candidate_language_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2')`);
    await queryRunner.query(`CREATE TABLE "candidate_language" ("profile_id" uuid NOT NULL, "language" character(2) NOT NULL, "level" "public"."candidate_language_level" NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_a80d6590c54a1dbab852165da7b" PRIMARY KEY ("profile_id", "language"))`);
    await queryRunner.query(`CREATE TABLE "candidate_qualification" ("profile_id" uuid NOT NULL, "position" smallint NOT NULL, "title" character varying(200) NOT NULL, "eqf_level" smallint NOT NULL, CONSTRAINT "PK_84b56660269b7ba389e397c6fd1" PRIMARY KEY ("profile_id", "position"))`);
    await queryRunner.query(`CREATE TABLE "candidate_experience" ("profile_id" uuid NOT NULL, "position" smallint NOT NULL, "occupation_id" uuid NOT NULL, "years" real NOT NULL, CONSTRAINT "PK_982ad909483876a7d3c866d71ac" PRIMARY KEY ("profile_id", "position"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a6a5368cc0c71a4cbddabfb8c8" ON "candidate_experience"  ("occupation_id") `);
    await queryRunner.query(`CREATE TABLE "consent_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "user_id" uuid NOT NULL, "given" boolean NOT NULL, "policy_version" character varying(32), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da129f04a16b45855a0ebb5ed68" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_edeea5a3b43c77031e3f2316f2" ON "consent_event"  ("profile_id", "at") `);
    await queryRunner.query(`ALTER TABLE "candidate_profile" ADD CONSTRAINT "FK_ce664e2dbb3f03521bcdd2c7bf0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_desired_occupation" ADD CONSTRAINT "FK_d2d3ee932fd094256d78ba6e945" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_desired_occupation" ADD CONSTRAINT "FK_9df23cfe4c0be586fe5b00038e5" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_skill" ADD CONSTRAINT "FK_e95d8562424935ee793d3e87e80" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_skill" ADD CONSTRAINT "FK_fcb69c0e9e78c9ebdaa667fedfa" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_language" ADD CONSTRAINT "FK_7b4b7324cbb3575c9a64dd7ddb7" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_qualification" ADD CONSTRAINT "FK_de2bc7646145a62fe0cd743a4c6" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_experience" ADD CONSTRAINT "FK_2bc25cf2711dacde10b38a8a402" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_experience" ADD CONSTRAINT "FK_a6a5368cc0c71a4cbddabfb8c84" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_event" ADD CONSTRAINT "FK_2306c6491628a30e2a5aeb98a0c" FOREIGN KEY ("profile_id") REFERENCES "candidate_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent_event" DROP CONSTRAINT "FK_2306c6491628a30e2a5aeb98a0c"`);
    await queryRunner.query(`ALTER TABLE "candidate_experience" DROP CONSTRAINT "FK_a6a5368cc0c71a4cbddabfb8c84"`);
    await queryRunner.query(`ALTER TABLE "candidate_experience" DROP CONSTRAINT "FK_2bc25cf2711dacde10b38a8a402"`);
    await queryRunner.query(`ALTER TABLE "candidate_qualification" DROP CONSTRAINT "FK_de2bc7646145a62fe0cd743a4c6"`);
    await queryRunner.query(`ALTER TABLE "candidate_language" DROP CONSTRAINT "FK_7b4b7324cbb3575c9a64dd7ddb7"`);
    await queryRunner.query(`ALTER TABLE "candidate_skill" DROP CONSTRAINT "FK_fcb69c0e9e78c9ebdaa667fedfa"`);
    await queryRunner.query(`ALTER TABLE "candidate_skill" DROP CONSTRAINT "FK_e95d8562424935ee793d3e87e80"`);
    await queryRunner.query(`ALTER TABLE "candidate_desired_occupation" DROP CONSTRAINT "FK_9df23cfe4c0be586fe5b00038e5"`);
    await queryRunner.query(`ALTER TABLE "candidate_desired_occupation" DROP CONSTRAINT "FK_d2d3ee932fd094256d78ba6e945"`);
    await queryRunner.query(`ALTER TABLE "candidate_profile" DROP CONSTRAINT "FK_ce664e2dbb3f03521bcdd2c7bf0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edeea5a3b43c77031e3f2316f2"`);
    await queryRunner.query(`DROP TABLE "consent_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6a5368cc0c71a4cbddabfb8c8"`);
    await queryRunner.query(`DROP TABLE "candidate_experience"`);
    await queryRunner.query(`DROP TABLE "candidate_qualification"`);
    await queryRunner.query(`DROP TABLE "candidate_language"`);
    await queryRunner.query(`DROP TYPE "public"."candidate_language_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fcb69c0e9e78c9ebdaa667fedf"`);
    await queryRunner.query(`DROP TABLE "candidate_skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9df23cfe4c0be586fe5b00038e"`);
    await queryRunner.query(`DROP TABLE "candidate_desired_occupation"`);
    await queryRunner.query(`DROP TABLE "candidate_profile"`);
  }
}
