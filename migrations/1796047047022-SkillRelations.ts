import { MigrationInterface, QueryRunner } from 'typeorm';

export class SkillRelations1796047047022 implements MigrationInterface {
  name = 'SkillRelations1796047047022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "occupation_neighbour" ("occupation_id" uuid NOT NULL, "neighbour_id" uuid NOT NULL, "similarity" real NOT NULL, CONSTRAINT "PK_3e0d8312c951839fac39f27733e" PRIMARY KEY ("occupation_id", "neighbour_id"))`);
    await queryRunner.query(`CREATE TABLE "skill_hierarchy" ("skill_id" uuid NOT NULL, "broader_skill_id" uuid NOT NULL, CONSTRAINT "PK_e42e3d4f9c06b47f915e5897b52" PRIMARY KEY ("skill_id", "broader_skill_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b040faa21b0bcaaf4dad1d9e17" ON "skill_hierarchy"  ("broader_skill_id") `);
    await queryRunner.query(`CREATE TABLE "skill_relation" ("skill_id" uuid NOT NULL, "related_skill_id" uuid NOT NULL, "relation_type" character varying(9) NOT NULL, CONSTRAINT "PK_7f2f922163a45eea2e15f1a63ec" PRIMARY KEY ("skill_id", "related_skill_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_88bc9f2642daa9d4bfd736f417" ON "skill_relation"  ("related_skill_id") `);
    await queryRunner.query(`ALTER TABLE "skill" ADD "transversal" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "skill" ADD "specificity" real NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" ADD "skill_hierarchy" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" ADD "skill_relations" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" ADD "transversal_skills" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" ADD "occupation_neighbours" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "occupation_neighbour" ADD CONSTRAINT "FK_11480c88689c560b49471a82d0f" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "occupation_neighbour" ADD CONSTRAINT "FK_8745044bbba09eab7982aaa39be" FOREIGN KEY ("neighbour_id") REFERENCES "occupation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_hierarchy" ADD CONSTRAINT "FK_7fd8df1f28ad6c48186ad4f72f7" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_hierarchy" ADD CONSTRAINT "FK_b040faa21b0bcaaf4dad1d9e17c" FOREIGN KEY ("broader_skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_relation" ADD CONSTRAINT "FK_61a880f86d4e72fc918fa600a52" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_relation" ADD CONSTRAINT "FK_88bc9f2642daa9d4bfd736f4174" FOREIGN KEY ("related_skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_relation" DROP CONSTRAINT "FK_88bc9f2642daa9d4bfd736f4174"`);
    await queryRunner.query(`ALTER TABLE "skill_relation" DROP CONSTRAINT "FK_61a880f86d4e72fc918fa600a52"`);
    await queryRunner.query(`ALTER TABLE "skill_hierarchy" DROP CONSTRAINT "FK_b040faa21b0bcaaf4dad1d9e17c"`);
    await queryRunner.query(`ALTER TABLE "skill_hierarchy" DROP CONSTRAINT "FK_7fd8df1f28ad6c48186ad4f72f7"`);
    await queryRunner.query(`ALTER TABLE "occupation_neighbour" DROP CONSTRAINT "FK_8745044bbba09eab7982aaa39be"`);
    await queryRunner.query(`ALTER TABLE "occupation_neighbour" DROP CONSTRAINT "FK_11480c88689c560b49471a82d0f"`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" DROP COLUMN "occupation_neighbours"`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" DROP COLUMN "transversal_skills"`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" DROP COLUMN "skill_relations"`);
    await queryRunner.query(`ALTER TABLE "taxonomy_import" DROP COLUMN "skill_hierarchy"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP COLUMN "specificity"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP COLUMN "transversal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88bc9f2642daa9d4bfd736f417"`);
    await queryRunner.query(`DROP TABLE "skill_relation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b040faa21b0bcaaf4dad1d9e17"`);
    await queryRunner.query(`DROP TABLE "skill_hierarchy"`);
    await queryRunner.query(`DROP TABLE "occupation_neighbour"`);
  }
}
