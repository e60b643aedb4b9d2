import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxHistory1795924813404 implements MigrationInterface {
  name = 'OutboxHistory1795924813404';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_outbox" ADD "processed_at" TIMESTAMP WITH TIME ZONE`);
    // Applied rows now stay a day for reindex replay; the worker only ever looks for unapplied ones.
    await queryRunner.query(`DROP INDEX "public"."search_outbox_ready"`);
    await queryRunner.query(`CREATE INDEX "search_outbox_ready" ON "search_outbox" ("available_at", "id") WHERE "processed_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."search_outbox_ready"`);
    await queryRunner.query(`CREATE INDEX "search_outbox_ready" ON "search_outbox" ("available_at", "id")`);
    await queryRunner.query(`ALTER TABLE "search_outbox" DROP COLUMN "processed_at"`);
  }
}
