import { MigrationInterface, QueryRunner } from 'typeorm';

/** The extensions every later migration and the Postgres search adapter rely on. */
export class Init1764385200000 implements MigrationInterface {
  name = 'Init1764385200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pgcrypto"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pg_trgm"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "unaccent"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "intarray"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS "intarray"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS "unaccent"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS "pg_trgm"`);
  }
}
