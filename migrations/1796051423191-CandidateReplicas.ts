import { MigrationInterface, QueryRunner } from 'typeorm';

export class CandidateReplicas1796051423191 implements MigrationInterface {
  name = 'CandidateReplicas1796051423191';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_candidate_removal" ("id" uuid NOT NULL, "removed_xid" bigint NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_719481cafaebf9ae3d42bdd5673" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "search_candidate_removal_xid" ON "search_candidate_removal"  ("removed_xid") `);
    await queryRunner.query(`ALTER TABLE "search_candidate" ADD "changed_xid" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "search_candidate_changed" ON "search_candidate"  ("changed_xid") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."search_candidate_changed"`);
    await queryRunner.query(`ALTER TABLE "search_candidate" DROP COLUMN "changed_xid"`);
    await queryRunner.query(`DROP INDEX "public"."search_candidate_removal_xid"`);
    await queryRunner.query(`DROP TABLE "search_candidate_removal"`);
  }
}
