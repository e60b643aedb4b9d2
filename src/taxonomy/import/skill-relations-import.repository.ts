import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SkillHierarchyRow, SkillRelationRow } from 'src/taxonomy/import/taxonomy-data';
import { OccupationNeighbourRow } from 'src/taxonomy/import/skill-profiles';
import type { TableChanges } from 'src/taxonomy/import/taxonomy-import.repository';

type DeleteResult = [unknown[], number];
type Changes = Omit<TableChanges, 'kept'>;

const STAGE_BATCH = 10_000;

/** Wraps an `INSERT ... RETURNING (xmax = 0) AS inserted` so only the two counts come back. */
const counted = (insert: string) =>
  `WITH written AS (${insert})
   SELECT (count(*) FILTER (WHERE inserted))::int AS inserted, (count(*) FILTER (WHERE NOT inserted))::int AS updated
   FROM written`;

function upserted([counts]: { inserted: number; updated: number }[], deleted: DeleteResult): Changes {
  return { inserted: counts?.inserted ?? 0, updated: counts?.updated ?? 0, deleted: deleted[1] };
}

/**
 * The bulk statements of the import step that relates skills and occupations to each other
 * (skill hierarchy, skill-to-skill relations, transversal skills, occupation neighbours). Each table is made equal to the staged rows, touching only rows that differ,
 * so an import of the same data changes nothing.
 */
@Injectable()
export class SkillRelationsImportRepository {
  async counts(manager: EntityManager): Promise<{
    skillHierarchy: number;
    skillRelations: number;
    transversalSkills: number;
    occupationNeighbours: number;
  }> {
    const [row] = await manager.query<
      { skillHierarchy: number; skillRelations: number; transversalSkills: number; occupationNeighbours: number }[]
    >(
      `SELECT (SELECT count(*) FROM skill_hierarchy)::int AS "skillHierarchy",
              (SELECT count(*) FROM skill_relation)::int AS "skillRelations",
              (SELECT count(*) FROM skill WHERE transversal)::int AS "transversalSkills",
              (SELECT count(*) FROM occupation_neighbour)::int AS "occupationNeighbours"`,
    );
    return row!;
  }

  async replaceHierarchy(manager: EntityManager, rows: SkillHierarchyRow[]): Promise<Changes> {
    await manager.query(
      `CREATE TEMP TABLE staged_skill_hierarchy (skill_id uuid NOT NULL, broader_skill_id uuid NOT NULL) ON COMMIT DROP`,
    );
    for (let i = 0; i < rows.length; i += STAGE_BATCH) {
      const batch = rows.slice(i, i + STAGE_BATCH);
      await manager.query(
        `INSERT INTO staged_skill_hierarchy (skill_id, broader_skill_id)
         SELECT s.id, b.id FROM unnest($1::text[], $2::text[]) AS r(s, b)
         JOIN skill s ON s.esco_uri = r.s JOIN skill b ON b.esco_uri = r.b`,
        [batch.map((r) => r.skillUri), batch.map((r) => r.broaderUri)],
      );
    }
    const deleted = await manager.query<DeleteResult>(
      `DELETE FROM skill_hierarchy h WHERE NOT EXISTS (SELECT 1 FROM staged_skill_hierarchy r
         WHERE r.skill_id = h.skill_id AND r.broader_skill_id = h.broader_skill_id)`,
    );
    const inserted = await manager.query<{ inserted: number; updated: number }[]>(
      counted(`INSERT INTO skill_hierarchy (skill_id, broader_skill_id)
       SELECT skill_id, broader_skill_id FROM staged_skill_hierarchy
       ON CONFLICT (skill_id, broader_skill_id) DO NOTHING
       RETURNING true AS inserted`),
    );
    return upserted(inserted, deleted);
  }

  async replaceRelations(manager: EntityManager, rows: SkillRelationRow[]): Promise<Changes> {
    await manager.query(
      `CREATE TEMP TABLE staged_skill_relation (skill_id uuid NOT NULL, related_skill_id uuid NOT NULL,
         relation_type varchar(9) NOT NULL) ON COMMIT DROP`,
    );
    for (let i = 0; i < rows.length; i += STAGE_BATCH) {
      const batch = rows.slice(i, i + STAGE_BATCH);
      await manager.query(
        `INSERT INTO staged_skill_relation (skill_id, related_skill_id, relation_type)
         SELECT s.id, o.id, r.t FROM unnest($1::text[], $2::text[], $3::text[]) AS r(s, o, t)
         JOIN skill s ON s.esco_uri = r.s JOIN skill o ON o.esco_uri = r.o`,
        [batch.map((r) => r.skillUri), batch.map((r) => r.relatedUri), batch.map((r) => r.relationType)],
      );
    }
    const deleted = await manager.query<DeleteResult>(
      `DELETE FROM skill_relation x WHERE NOT EXISTS (SELECT 1 FROM staged_skill_relation r
         WHERE r.skill_id = x.skill_id AND r.related_skill_id = x.related_skill_id)`,
    );
    const changed = await manager.query<{ inserted: number; updated: number }[]>(
      counted(`INSERT INTO skill_relation (skill_id, related_skill_id, relation_type)
       SELECT skill_id, related_skill_id, relation_type FROM staged_skill_relation
       ON CONFLICT (skill_id, related_skill_id) DO UPDATE SET relation_type = EXCLUDED.relation_type
       WHERE skill_relation.relation_type IS DISTINCT FROM EXCLUDED.relation_type
       RETURNING (xmax = 0) AS inserted`),
    );
    return upserted(changed, deleted);
  }

  /** Marks exactly `uris` as transversal; returns how many skills changed. */
  async setTransversal(manager: EntityManager, uris: string[]): Promise<number> {
    const result = await manager.query<DeleteResult>(
      `UPDATE skill SET transversal = (esco_uri = ANY($1::text[]))
       WHERE transversal IS DISTINCT FROM (esco_uri = ANY($1::text[]))`,
      [uris],
    );
    return result[1];
  }

  async transversalUris(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ uri: string }[]>(`SELECT esco_uri AS uri FROM skill WHERE transversal`);
    return rows.map((r) => r.uri);
  }

  async replaceNeighbours(manager: EntityManager, rows: OccupationNeighbourRow[]): Promise<Changes> {
    await manager.query(
      `CREATE TEMP TABLE staged_occupation_neighbour (occupation_id uuid NOT NULL, neighbour_id uuid NOT NULL,
         similarity real NOT NULL) ON COMMIT DROP`,
    );
    for (let i = 0; i < rows.length; i += STAGE_BATCH) {
      const batch = rows.slice(i, i + STAGE_BATCH);
      await manager.query(
        `INSERT INTO staged_occupation_neighbour (occupation_id, neighbour_id, similarity)
         SELECT o.id, n.id, r.v FROM unnest($1::text[], $2::text[], $3::real[]) AS r(o, n, v)
         JOIN occupation o ON o.esco_uri = r.o JOIN occupation n ON n.esco_uri = r.n`,
        [batch.map((r) => r.occupationUri), batch.map((r) => r.neighbourUri), batch.map((r) => r.similarity)],
      );
    }
    await manager.query(`CREATE INDEX ON staged_occupation_neighbour (occupation_id, neighbour_id)`);
    const deleted = await manager.query<DeleteResult>(
      `DELETE FROM occupation_neighbour x WHERE NOT EXISTS (SELECT 1 FROM staged_occupation_neighbour r
         WHERE r.occupation_id = x.occupation_id AND r.neighbour_id = x.neighbour_id)`,
    );
    const changed = await manager.query<{ inserted: number; updated: number }[]>(
      counted(`INSERT INTO occupation_neighbour (occupation_id, neighbour_id, similarity)
       SELECT occupation_id, neighbour_id, similarity FROM staged_occupation_neighbour
       ON CONFLICT (occupation_id, neighbour_id) DO UPDATE SET similarity = EXCLUDED.similarity
       WHERE occupation_neighbour.similarity IS DISTINCT FROM EXCLUDED.similarity
       RETURNING (xmax = 0) AS inserted`),
    );
    return upserted(changed, deleted);
  }

  async analyze(manager: EntityManager): Promise<void> {
    await manager.query(`ANALYZE skill_hierarchy, skill_relation, occupation_neighbour`);
  }
}
