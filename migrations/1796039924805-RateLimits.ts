import { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1796039924805 implements MigrationInterface {
  name = 'RateLimits1796039924805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limit_counter" ("key" character varying(80) NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5bfa3ad3fe33321b1d17eae4746" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_counter_window" ON "rate_limit_counter"  ("window_ends_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_rate_limit_counter_window"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
  }
}
