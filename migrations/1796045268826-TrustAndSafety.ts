import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustAndSafety1796045268826 implements MigrationInterface {
  name = 'TrustAndSafety1796045268826';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."moderation_decision_kind" AS ENUM('VISIBILITY_RESTRICTED', 'REMOVED', 'APPROVED', 'EMPLOYER_SUSPENDED')`);
    await queryRunner.query(`CREATE TYPE "public"."moderation_decision_basis" AS ENUM('SCREENING', 'NOTICES', 'TRUSTED_FLAGGER', 'OWN_INITIATIVE', 'REPEAT_OFFENDER', 'APPEAL')`);
    await queryRunner.query(`CREATE TYPE "public"."moderation_ground_type" AS ENUM('ILLEGAL_CONTENT', 'TERMS_OF_USE')`);
    await queryRunner.query(`CREATE TABLE "moderation_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid, "employer_id" uuid NOT NULL, "kind" "public"."moderation_decision_kind" NOT NULL, "basis" "public"."moderation_decision_basis" NOT NULL, "ground_type" "public"."moderation_ground_type" NOT NULL, "ground" character varying(1000) NOT NULL, "facts" character varying(6000) NOT NULL, "codes" text array NOT NULL DEFAULT '{}', "automated" boolean NOT NULL, "warning" character varying(1000), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fd9491410982bee0b39fee995d6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_decision_decided" ON "moderation_decision"  ("decided_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_decision_employer" ON "moderation_decision"  ("employer_id", "kind", "decided_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_decision_vacancy" ON "moderation_decision"  ("vacancy_id", "decided_at") `);
    await queryRunner.query(`CREATE TYPE "public"."appeal_status" AS ENUM('PENDING', 'UPHELD', 'REVERSED')`);
    await queryRunner.query(`CREATE TABLE "appeal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "vacancy_id" uuid NOT NULL, "appellant_id" uuid, "text" character varying(2000) NOT NULL, "status" "public"."appeal_status" NOT NULL DEFAULT 'PENDING', "reason" character varying(1000), "decided_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f644a99d2dfcff9facb08bd1697" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_appeal_decided" ON "appeal"  ("decided_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_appeal_created" ON "appeal"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_appeal_vacancy" ON "appeal"  ("vacancy_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_appeal_decision" ON "appeal"  ("decision_id") `);
    await queryRunner.query(`CREATE TYPE "public"."notice_category" AS ENUM('FEE_REQUEST', 'DOCUMENT_RETENTION', 'FAKE_EMPLOYER', 'TRAFFICKING_OR_SMUGGLING', 'DISCRIMINATION', 'MISLEADING_CONDITIONS', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."notice_status" AS ENUM('RECEIVED', 'ACTIONED', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "notice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "category" "public"."notice_category" NOT NULL, "status" "public"."notice_status" NOT NULL DEFAULT 'RECEIVED', "details" character varying(2000), "contact_email" character varying(254), "notifier_id" uuid, "notifier_key" character varying(80) NOT NULL, "trusted_flagger" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decision_id" uuid, CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_decided" ON "notice"  ("decided_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_notice_created" ON "notice"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_notice_notifier" ON "notice"  ("notifier_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_notice_vacancy_status" ON "notice"  ("vacancy_id", "status") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "trusted_flagger" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "moderation_decision" ADD CONSTRAINT "FK_53d4a611636be5fa02646540c1e" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_decision" ADD CONSTRAINT "FK_f89354d39cd4312d5619d933917" FOREIGN KEY ("employer_id") REFERENCES "employer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_decision" ADD CONSTRAINT "FK_277281436424b1fe8b115a04c1c" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appeal" ADD CONSTRAINT "FK_b57052b233bb980862b3f2dc5fd" FOREIGN KEY ("decision_id") REFERENCES "moderation_decision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appeal" ADD CONSTRAINT "FK_d88d5e4e3ac84059cda6268c469" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appeal" ADD CONSTRAINT "FK_a4504c69a3790ad7b5639082086" FOREIGN KEY ("appellant_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appeal" ADD CONSTRAINT "FK_8e9febf785d475f87581edae5f7" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notice" ADD CONSTRAINT "FK_fd9201741d747f5a816f95b897f" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notice" ADD CONSTRAINT "FK_9dbfa53641fab8c6f1d74dd8958" FOREIGN KEY ("notifier_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notice" ADD CONSTRAINT "FK_36367480257c78b638afbfd960b" FOREIGN KEY ("decision_id") REFERENCES "moderation_decision"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Written by hand: reports become notices of category OTHER (their reporter counted by the same
    // digest the service uses); vacancies held for review or removed before decisions were recorded
    // get one, so their owners see a statement of reasons and may appeal. Then the old table goes.
    await queryRunner.query(`INSERT INTO "notice" ("vacancy_id", "category", "status", "details", "notifier_id", "notifier_key", "trusted_flagger", "created_at", "decided_at")
      SELECT r."vacancy_id", 'OTHER',
        (CASE v."status" WHEN 'IN_REVIEW' THEN 'RECEIVED' WHEN 'REMOVED' THEN 'ACTIONED' ELSE 'REJECTED' END)::"public"."notice_status",
        r."reason", u."id",
        translate(rtrim(encode(sha256(convert_to('user:' || coalesce(r."reporter_id"::text, r."id"::text), 'UTF8')), 'base64'), '='), '+/', '-_'),
        false, r."created_at", CASE WHEN v."status" = 'IN_REVIEW' THEN NULL ELSE greatest(v."updated_at", r."created_at") END
      FROM "vacancy_report" r JOIN "vacancy" v ON v."id" = r."vacancy_id" LEFT JOIN "users" u ON u."id" = r."reporter_id"`);
    await queryRunner.query(`INSERT INTO "moderation_decision" ("vacancy_id", "employer_id", "kind", "basis", "ground_type", "ground", "facts", "codes", "automated", "decided_at")
      SELECT v."id", v."employer_id", 'VISIBILITY_RESTRICTED',
        (CASE WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(v."screening_flags") f WHERE f->>'code' <> 'REPORTED')
          THEN 'SCREENING' ELSE 'NOTICES' END)::"public"."moderation_decision_basis",
        'TERMS_OF_USE', 'Pathways rule P1 (a vacancy is hidden while a person checks it when screening or notices raise a risk).',
        left('Held for review before statements of reasons were recorded. Flags: '
          || coalesce((SELECT string_agg((f->>'code') || ': ' || (f->>'message'), ' | ') FROM jsonb_array_elements(v."screening_flags") f), 'none')
          || '. Nothing has been decided about it yet.', 6000),
        ARRAY(SELECT DISTINCT f->>'code' FROM jsonb_array_elements(v."screening_flags") f), true, v."updated_at"
      FROM "vacancy" v WHERE v."status" = 'IN_REVIEW'`);
    await queryRunner.query(`INSERT INTO "moderation_decision" ("vacancy_id", "employer_id", "kind", "basis", "ground_type", "ground", "facts", "codes", "automated", "decided_at")
      SELECT v."id", v."employer_id", 'REMOVED', 'OWN_INITIATIVE', 'TERMS_OF_USE',
        'Pathways rules for vacancies (the rule relied on was not recorded at the time).',
        left('Removed by an administrator before statements of reasons were recorded: ' || coalesce(v."review_reason", 'no reason recorded'), 6000),
        ARRAY(SELECT DISTINCT f->>'code' FROM jsonb_array_elements(v."screening_flags") f), false, v."updated_at"
      FROM "vacancy" v WHERE v."status" = 'REMOVED'`);
    await queryRunner.query(`DROP TABLE "vacancy_report"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "vacancy_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "reporter_id" uuid, "reason" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1601ac5eb8e106427c40a21fadb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "vacancy_report_once" ON "vacancy_report"  ("vacancy_id", "reporter_id") `);
    await queryRunner.query(`ALTER TABLE "vacancy_report" ADD CONSTRAINT "FK_e36f13f1931c58e5803ed212028" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "vacancy_report" ("vacancy_id", "reporter_id", "reason", "created_at")
      SELECT DISTINCT ON ("vacancy_id", "notifier_id") "vacancy_id", "notifier_id", left(coalesce("details", "category"::text), 1000), "created_at"
      FROM "notice" WHERE "notifier_id" IS NOT NULL ORDER BY "vacancy_id", "notifier_id", "created_at"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP CONSTRAINT "FK_36367480257c78b638afbfd960b"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP CONSTRAINT "FK_9dbfa53641fab8c6f1d74dd8958"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP CONSTRAINT "FK_fd9201741d747f5a816f95b897f"`);
    await queryRunner.query(`ALTER TABLE "appeal" DROP CONSTRAINT "FK_8e9febf785d475f87581edae5f7"`);
    await queryRunner.query(`ALTER TABLE "appeal" DROP CONSTRAINT "FK_a4504c69a3790ad7b5639082086"`);
    await queryRunner.query(`ALTER TABLE "appeal" DROP CONSTRAINT "FK_d88d5e4e3ac84059cda6268c469"`);
    await queryRunner.query(`ALTER TABLE "appeal" DROP CONSTRAINT "FK_b57052b233bb980862b3f2dc5fd"`);
    await queryRunner.query(`ALTER TABLE "moderation_decision" DROP CONSTRAINT "FK_277281436424b1fe8b115a04c1c"`);
    await queryRunner.query(`ALTER TABLE "moderation_decision" DROP CONSTRAINT "FK_f89354d39cd4312d5619d933917"`);
    await queryRunner.query(`ALTER TABLE "moderation_decision" DROP CONSTRAINT "FK_53d4a611636be5fa02646540c1e"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "trusted_flagger"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notice_vacancy_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notice_notifier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notice_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notice_decided"`);
    await queryRunner.query(`DROP TABLE "notice"`);
    await queryRunner.query(`DROP TYPE "public"."notice_status"`);
    await queryRunner.query(`DROP TYPE "public"."notice_category"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_appeal_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_appeal_vacancy"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_appeal_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_appeal_decided"`);
    await queryRunner.query(`DROP TABLE "appeal"`);
    await queryRunner.query(`DROP TYPE "public"."appeal_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_decision_vacancy"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_decision_employer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_decision_decided"`);
    await queryRunner.query(`DROP TABLE "moderation_decision"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_ground_type"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_decision_basis"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_decision_kind"`);
  }
}
