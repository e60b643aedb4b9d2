import { MigrationInterface, QueryRunner } from 'typeorm';

export class Taxonomy1795921514385 implements MigrationInterface {
  name = 'Taxonomy1795921514385';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "isco_group" ("code" character varying(4) NOT NULL, "uri" text NOT NULL, "label" text NOT NULL, "level" smallint NOT NULL, "parent_code" character varying(4), CONSTRAINT "UQ_9f7c015072d605bd3ee917d52fb" UNIQUE ("uri"), CONSTRAINT "PK_a44beeaf4f48cb003b559cc09ff" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e6dff13fae55e9db06a955907a" ON "isco_group"  ("parent_code") `);
    await queryRunner.query(
      `CREATE TABLE "shortage_occupation" ("member_state" character varying(2) NOT NULL, "year" smallint NOT NULL, "isco_code" character varying(4) NOT NULL, CONSTRAINT "PK_5f157915f98cd06f5e61f1c1b91" PRIMARY KEY ("member_state", "year", "isco_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f10dfbca792886523983a0d2e0" ON "shortage_occupation"  ("isco_code", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "occupation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "esco_uri" text NOT NULL, "isco_code" character varying(4) NOT NULL, "esco_code" text, "preferred_label" text NOT NULL, "alt_labels" text array NOT NULL DEFAULT '{}', "hidden_labels" text array NOT NULL DEFAULT '{}', "description" text, CONSTRAINT "UQ_53afce35652e3cc2337d923997a" UNIQUE ("esco_uri"), CONSTRAINT "PK_07cfcefef555693d96dce8805c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7da941b374b44e2150147ee9f0" ON "occupation"  ("isco_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_a0cceb80ca69f1ee0391d2db55" ON "occupation"  ("esco_code") `);
    await queryRunner.query(`CREATE INDEX "occupation_label_order" ON "occupation" ("preferred_label", "id") `);
    await queryRunner.query(
      `CREATE TABLE "skill" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "esco_uri" text NOT NULL, "skill_type" text, "reuse_level" text, "preferred_label" text NOT NULL, "alt_labels" text array NOT NULL DEFAULT '{}', "hidden_labels" text array NOT NULL DEFAULT '{}', "description" text, CONSTRAINT "UQ_e7a0fc96ca51c055bc6810bdabc" UNIQUE ("esco_uri"), CONSTRAINT "PK_a0d33334424e64fb78dc3ce7196" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "skill_label_order" ON "skill" ("preferred_label", "id") `);
    await queryRunner.query(
      `CREATE TABLE "occupation_skill" ("occupation_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "relation_type" character varying(9) NOT NULL, CONSTRAINT "PK_867fc3a1e2d2ac5bed411887a99" PRIMARY KEY ("occupation_id", "skill_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_67d6851171702542b60b42b2c1" ON "occupation_skill"  ("skill_id") `);
    await queryRunner.query(
      `CREATE TABLE "taxonomy_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "esco_version" text NOT NULL, "source_checksum" text NOT NULL, "source" text NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "isco_groups" integer NOT NULL, "occupations" integer NOT NULL, "skills" integer NOT NULL, "relations" integer NOT NULL, "changes" jsonb NOT NULL, "duration_ms" integer NOT NULL, CONSTRAINT "PK_a65023cccafe8bfabce183f4787" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "shortage_occupation" ADD CONSTRAINT "FK_02f01315fab1812a3ef2a8ffee8" FOREIGN KEY ("isco_code") REFERENCES "isco_group"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation" ADD CONSTRAINT "FK_7da941b374b44e2150147ee9f0f" FOREIGN KEY ("isco_code") REFERENCES "isco_group"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_skill" ADD CONSTRAINT "FK_9d5e716600e43bc52db032044ad" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_skill" ADD CONSTRAINT "FK_67d6851171702542b60b42b2c1f" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Search (src/search/postgres): accent- and case-folded label text with trigram and
    // full-text GIN indexes. unaccent() is only STABLE, so an IMMUTABLE wrapper with a fixed
    // dictionary makes it usable in index expressions.
    await queryRunner.query(
      `CREATE FUNCTION pathways_norm(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION pathways_labels(text, text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT public.pathways_norm(coalesce($1, '') || ' ' || coalesce(array_to_string($2, ' '), '')) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "occupation_labels_trgm" ON "occupation" USING gin (public.pathways_labels(preferred_label, alt_labels || hidden_labels) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "occupation_labels_fts" ON "occupation" USING gin (to_tsvector('english'::regconfig, public.pathways_labels(preferred_label, alt_labels || hidden_labels)))`,
    );
    await queryRunner.query(
      `CREATE INDEX "skill_labels_trgm" ON "skill" USING gin (public.pathways_labels(preferred_label, alt_labels) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "skill_labels_fts" ON "skill" USING gin (to_tsvector('english'::regconfig, public.pathways_labels(preferred_label, alt_labels)))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "skill_labels_fts"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "skill_labels_trgm"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "occupation_labels_fts"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "occupation_labels_trgm"`);
    await queryRunner.query(`ALTER TABLE "occupation_skill" DROP CONSTRAINT "FK_67d6851171702542b60b42b2c1f"`);
    await queryRunner.query(`ALTER TABLE "occupation_skill" DROP CONSTRAINT "FK_9d5e716600e43bc52db032044ad"`);
    await queryRunner.query(`ALTER TABLE "occupation" DROP CONSTRAINT "FK_7da941b374b44e2150147ee9f0f"`);
    await queryRunner.query(`ALTER TABLE "shortage_occupation" DROP CONSTRAINT "FK_02f01315fab1812a3ef2a8ffee8"`);
    await queryRunner.query(`DROP TABLE "taxonomy_import"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67d6851171702542b60b42b2c1"`);
    await queryRunner.query(`DROP TABLE "occupation_skill"`);
    await queryRunner.query(`DROP INDEX "public"."skill_label_order"`);
    await queryRunner.query(`DROP TABLE "skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0cceb80ca69f1ee0391d2db55"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7da941b374b44e2150147ee9f0"`);
    await queryRunner.query(`DROP INDEX "public"."occupation_label_order"`);
    await queryRunner.query(`DROP TABLE "occupation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f10dfbca792886523983a0d2e0"`);
    await queryRunner.query(`DROP TABLE "shortage_occupation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6dff13fae55e9db06a955907a"`);
    await queryRunner.query(`DROP TABLE "isco_group"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS pathways_labels(text, text[])`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS pathways_norm(text)`);
  }
}
