import { MigrationInterface, QueryRunner } from 'typeorm';

export class VacancyReplicas1796060486054 implements MigrationInterface {
  name = 'VacancyReplicas1796060486054';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_vacancy_removal" ("id" uuid NOT NULL, "removed_xid" bigint NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19f33dab10073cc3a723d7bb033" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "search_vacancy_removal_xid" ON "search_vacancy_removal"  ("removed_xid") `);
    await queryRunner.query(`ALTER TABLE "search_vacancy" ADD "changed_xid" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "search_vacancy_changed" ON "search_vacancy"  ("changed_xid") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."search_vacancy_changed"`);
    await queryRunner.query(`ALTER TABLE "search_vacancy" DROP COLUMN "changed_xid"`);
    await queryRunner.query(`DROP INDEX "public"."search_vacancy_removal_xid"`);
    await queryRunner.query(`DROP TABLE "search_vacancy_removal"`);
  }
}
