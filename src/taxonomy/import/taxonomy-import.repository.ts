import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TaxonomyImportEntity } from 'src/taxonomy/taxonomy-import.entity';
import {
  iscoLevel,
  iscoParent,
  IscoGroupRow,
  OccupationRow,
  RelationRow,
  SkillRow,
} from 'src/taxonomy/import/taxonomy-data';

export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
  /** Concepts missing from the new release but kept because other records point at them. */
  kept: number;
}

export const NO_CHANGES: TableChanges = { inserted: 0, updated: 0, deleted: 0, kept: 0 };

/** TypeORM answers a DELETE with its returned rows and the affected row count. */
type DeleteResult = [unknown[], number];

const LABEL_SEPARATOR = '\n';

/** Label arrays travel as one newline-joined string each, since unnest flattens 2-D arrays. */
function joinLabels(labels: string[]): string {
  return labels.join(LABEL_SEPARATOR);
}

const SPLIT = (column: string) =>
  `CASE WHEN ${column} = '' THEN '{}'::text[] ELSE string_to_array(${column}, E'\\n') END`;

function countUpserts(rows: { inserted: boolean }[]): Pick<TableChanges, 'inserted' | 'updated'> {
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}

/** The bulk statements of a taxonomy import: set-based, batched, never row by row. */
@Injectable()
export class TaxonomyImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises imports (and seeds) across processes for the length of the transaction. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pathways.taxonomy'))`);
  }

  async latestImport(manager?: EntityManager): Promise<TaxonomyImportEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(TaxonomyImportEntity)
      .findOne({ where: {}, order: { importedAt: 'DESC' } });
  }

  async counts(
    manager?: EntityManager,
  ): Promise<{ iscoGroups: number; occupations: number; skills: number; relations: number }> {
    const [row] = await (manager ?? this.dataSource.manager).query<
      { iscoGroups: number; occupations: number; skills: number; relations: number }[]
    >(
      `SELECT (SELECT count(*) FROM isco_group)::int AS "iscoGroups", (SELECT count(*) FROM occupation)::int AS occupations,
              (SELECT count(*) FROM skill)::int AS skills, (SELECT count(*) FROM occupation_skill)::int AS relations`,
    );
    return row!;
  }

  async upsertIscoGroups(manager: EntityManager, rows: IscoGroupRow[]): Promise<{ inserted: boolean }[]> {
    return manager.query(
      `INSERT INTO isco_group (code, uri, label, level, parent_code)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::smallint[], $5::varchar[])
       ON CONFLICT (code) DO UPDATE SET uri = EXCLUDED.uri, label = EXCLUDED.label, level = EXCLUDED.level,
         parent_code = EXCLUDED.parent_code
       WHERE (isco_group.uri, isco_group.label, isco_group.level, isco_group.parent_code)
         IS DISTINCT FROM (EXCLUDED.uri, EXCLUDED.label, EXCLUDED.level, EXCLUDED.parent_code)
       RETURNING (xmax = 0) AS inserted`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.uri),
        rows.map((r) => r.label),
        rows.map((r) => iscoLevel(r.code)),
        rows.map((r) => iscoParent(r.code)),
      ],
    );
  }

  async upsertOccupations(
    manager: EntityManager,
    rows: OccupationRow[],
  ): Promise<Pick<TableChanges, 'inserted' | 'updated'>> {
    const result: { inserted: boolean }[] = await manager.query(
      `INSERT INTO occupation (esco_uri, isco_code, esco_code, preferred_label, alt_labels, hidden_labels, description)
       SELECT u, i, c, l, ${SPLIT('a')}, ${SPLIT('h')}, d
       FROM unnest($1::text[], $2::varchar[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(u, i, c, l, a, h, d)
       ON CONFLICT (esco_uri) DO UPDATE SET isco_code = EXCLUDED.isco_code, esco_code = EXCLUDED.esco_code,
         preferred_label = EXCLUDED.preferred_label, alt_labels = EXCLUDED.alt_labels,
         hidden_labels = EXCLUDED.hidden_labels, description = EXCLUDED.description
       WHERE (occupation.isco_code, occupation.esco_code, occupation.preferred_label, occupation.alt_labels,
              occupation.hidden_labels, occupation.description)
         IS DISTINCT FROM (EXCLUDED.isco_code, EXCLUDED.esco_code, EXCLUDED.preferred_label, EXCLUDED.alt_labels,
              EXCLUDED.hidden_labels, EXCLUDED.description)
       RETURNING (xmax = 0) AS inserted`,
      [
        rows.map((r) => r.uri),
        rows.map((r) => r.iscoCode),
        rows.map((r) => r.escoCode),
        rows.map((r) => r.preferredLabel),
        rows.map((r) => joinLabels(r.altLabels)),
        rows.map((r) => joinLabels(r.hiddenLabels)),
        rows.map((r) => r.description),
      ],
    );
    return countUpserts(result);
  }

  /**
   * Upserts skills with their specificity (derived from the whole import, see
   * skill-profiles.ts), written in the same statement so each skill row is written once.
   */
  async upsertSkills(
    manager: EntityManager,
    rows: SkillRow[],
    specificity: ReadonlyMap<string, number>,
  ): Promise<Pick<TableChanges, 'inserted' | 'updated'>> {
    const result: { inserted: boolean }[] = await manager.query(
      `INSERT INTO skill (esco_uri, skill_type, reuse_level, preferred_label, alt_labels, hidden_labels, description,
         specificity)
       SELECT u, t, r, l, ${SPLIT('a')}, ${SPLIT('h')}, d, s
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::real[])
         AS x(u, t, r, l, a, h, d, s)
       ON CONFLICT (esco_uri) DO UPDATE SET skill_type = EXCLUDED.skill_type, reuse_level = EXCLUDED.reuse_level,
         preferred_label = EXCLUDED.preferred_label, alt_labels = EXCLUDED.alt_labels,
         hidden_labels = EXCLUDED.hidden_labels, description = EXCLUDED.description, specificity = EXCLUDED.specificity
       WHERE (skill.skill_type, skill.reuse_level, skill.preferred_label, skill.alt_labels, skill.hidden_labels,
              skill.description, skill.specificity)
         IS DISTINCT FROM (EXCLUDED.skill_type, EXCLUDED.reuse_level, EXCLUDED.preferred_label, EXCLUDED.alt_labels,
              EXCLUDED.hidden_labels, EXCLUDED.description, EXCLUDED.specificity)
       RETURNING (xmax = 0) AS inserted`,
      [
        rows.map((r) => r.uri),
        rows.map((r) => r.skillType),
        rows.map((r) => r.reuseLevel),
        rows.map((r) => r.preferredLabel),
        rows.map((r) => joinLabels(r.altLabels)),
        rows.map((r) => joinLabels(r.hiddenLabels)),
        rows.map((r) => r.description),
        rows.map((r) => specificity.get(r.uri) ?? 1),
      ],
    );
    return countUpserts(result);
  }

  /**
   * Deletes rows whose key is not in `keep`, except those other tables still reference
   * (later features point at occupations and skills by id); returns deleted and kept counts.
   */
  async deleteMissing(
    manager: EntityManager,
    table: 'occupation' | 'skill' | 'isco_group',
    keyColumn: string,
    keep: string[],
    ownReferences: string[],
  ): Promise<Pick<TableChanges, 'deleted' | 'kept'>> {
    const refs: { tbl: string; col: string; refcol: string }[] = await manager.query(
      `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col, ra.attname AS refcol
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND c.confrelid = $1::regclass AND c.conrelid::regclass::text <> ALL($2::text[])`,
      [table, ownReferences],
    );
    const referenced = refs
      .map((r) => `EXISTS (SELECT 1 FROM ${r.tbl} ref WHERE ref."${r.col}" = t."${r.refcol}")`)
      .join(' OR ');
    const missing = `t.${keyColumn} NOT IN (SELECT unnest($1::text[]))`;
    const [kept] = referenced
      ? await manager.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM ${table} t WHERE ${missing} AND (${referenced})`,
          [keep],
        )
      : [{ n: 0 }];
    const deleted = await manager.query<DeleteResult>(
      `DELETE FROM ${table} t WHERE ${missing}${referenced ? ` AND NOT (${referenced})` : ''}`,
      [keep],
    );
    return { deleted: deleted[1], kept: kept?.n ?? 0 };
  }

  async createRelationStage(manager: EntityManager): Promise<void> {
    await manager.query(
      `CREATE TEMP TABLE staged_relation (occupation_id uuid NOT NULL, skill_id uuid NOT NULL, relation_type varchar(9) NOT NULL)
       ON COMMIT DROP`,
    );
  }

  async stageRelations(manager: EntityManager, rows: RelationRow[]): Promise<void> {
    await manager.query(
      `INSERT INTO staged_relation (occupation_id, skill_id, relation_type)
       SELECT o.id, s.id, r.t FROM unnest($1::text[], $2::text[], $3::text[]) AS r(o, s, t)
       JOIN occupation o ON o.esco_uri = r.o JOIN skill s ON s.esco_uri = r.s`,
      [rows.map((r) => r.occupationUri), rows.map((r) => r.skillUri), rows.map((r) => r.relationType)],
    );
  }

  /** Makes occupation_skill equal to the staged relations, touching only rows that differ. */
  async mergeRelations(manager: EntityManager): Promise<Omit<TableChanges, 'kept'>> {
    await manager.query(`CREATE INDEX ON staged_relation (occupation_id, skill_id)`);
    await manager.query(`ANALYZE staged_relation`);
    const deleted = await manager.query<DeleteResult>(
      `DELETE FROM occupation_skill os WHERE NOT EXISTS
         (SELECT 1 FROM staged_relation r WHERE r.occupation_id = os.occupation_id AND r.skill_id = os.skill_id)`,
    );
    const upserted: { inserted: boolean }[] = await manager.query(
      `INSERT INTO occupation_skill (occupation_id, skill_id, relation_type)
       SELECT occupation_id, skill_id, relation_type FROM staged_relation
       ON CONFLICT (occupation_id, skill_id) DO UPDATE SET relation_type = EXCLUDED.relation_type
       WHERE occupation_skill.relation_type IS DISTINCT FROM EXCLUDED.relation_type
       RETURNING (xmax = 0) AS inserted`,
    );
    return { ...countUpserts(upserted), deleted: deleted[1] };
  }

  /** Fresh planner statistics after a bulk load, so searches pick the GIN indexes. */
  async analyze(): Promise<void> {
    await this.dataSource.query(`ANALYZE isco_group, occupation, skill, occupation_skill`);
  }

  async record(manager: EntityManager, record: Omit<TaxonomyImportEntity, 'id' | 'importedAt'>): Promise<void> {
    await manager
      .getRepository(TaxonomyImportEntity)
      .save(manager.getRepository(TaxonomyImportEntity).create(record as TaxonomyImportEntity));
  }
}
