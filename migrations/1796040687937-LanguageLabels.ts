import { MigrationInterface, QueryRunner } from 'typeorm';

export class LanguageLabels1796040687937 implements MigrationInterface {
  name = 'LanguageLabels1796040687937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "occupation_label" ("occupation_id" uuid NOT NULL, "language" character varying(3) NOT NULL, "preferred_label" text NOT NULL, "alt_labels" text array NOT NULL DEFAULT '{}', "hidden_labels" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_fed2bc467031681bb944a9f0372" PRIMARY KEY ("occupation_id", "language"))`);
    await queryRunner.query(`CREATE INDEX "occupation_label_language" ON "occupation_label"  ("language") `);
    await queryRunner.query(`CREATE TABLE "skill_label" ("skill_id" uuid NOT NULL, "language" character varying(3) NOT NULL, "preferred_label" text NOT NULL, "alt_labels" text array NOT NULL DEFAULT '{}', "hidden_labels" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_439a7365a63d9f91eca7dd64c60" PRIMARY KEY ("skill_id", "language"))`);
    await queryRunner.query(`CREATE INDEX "skill_label_language" ON "skill_label"  ("language") `);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" ADD "languages" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "occupation_label" ADD CONSTRAINT "FK_5db7338a2a5602ac132e5c0b444" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_label" ADD CONSTRAINT "FK_e9f70ce640a8bdc749fb238badb" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_label" DROP CONSTRAINT "FK_e9f70ce640a8bdc749fb238badb"`);
    await queryRunner.query(`ALTER TABLE "occupation_label" DROP CONSTRAINT "FK_5db7338a2a5602ac132e5c0b444"`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" DROP COLUMN "languages"`);
    await queryRunner.query(`DROP INDEX "public"."skill_label_language"`);
    await queryRunner.query(`DROP TABLE "skill_label"`);
    await queryRunner.query(`DROP INDEX "public"."occupation_label_language"`);
    await queryRunner.query(`DROP TABLE "occupation_label"`);
  }
}
