import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConceptKind, LanguageLabels } from 'src/taxonomy/import/esco-languages';

export interface LabelChanges {
  inserted: number;
  updated: number;
  deleted: number;
}

/** Per language, how many concepts have labels in it. */
export type LanguageCounts = Record<string, { occupations: number; skills: number }>;

const TABLES: Record<ConceptKind, { table: string; key: string; concept: string }> = {
  occupation: { table: 'occupation_label', key: 'occupation_id', concept: 'occupation' },
  skill: { table: 'skill_label', key: 'skill_id', concept: 'skill' },
};

const SPLIT = (column: string) =>
  `CASE WHEN ${column} = '' THEN '{}'::text[] ELSE string_to_array(${column}, E'\\n') END`;

/** The bulk statements of the per-language label step of an import: set-based, batched. */
@Injectable()
export class LanguageLabelsRepository {
  /** Upserts one batch of a language's labels, matched to concepts by URI. */
  async upsert(
    manager: EntityManager,
    labels: Pick<LanguageLabels, 'kind' | 'language' | 'rows'>,
  ): Promise<Pick<LabelChanges, 'inserted' | 'updated'>> {
    const { table, key, concept } = TABLES[labels.kind];
    const rows = labels.rows;
    const result: { inserted: boolean }[] = await manager.query(
      `INSERT INTO ${table} (${key}, language, preferred_label, alt_labels, hidden_labels)
       SELECT c.id, $1, x.l, ${SPLIT('x.a')}, ${SPLIT('x.h')}
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS x(u, l, a, h)
       JOIN ${concept} c ON c.esco_uri = x.u
       ON CONFLICT (${key}, language) DO UPDATE SET preferred_label = EXCLUDED.preferred_label,
         alt_labels = EXCLUDED.alt_labels, hidden_labels = EXCLUDED.hidden_labels
       WHERE (${table}.preferred_label, ${table}.alt_labels, ${table}.hidden_labels)
         IS DISTINCT FROM (EXCLUDED.preferred_label, EXCLUDED.alt_labels, EXCLUDED.hidden_labels)
       RETURNING (xmax = 0) AS inserted`,
      [
        labels.language,
        rows.map((r) => r.uri),
        rows.map((r) => r.preferredLabel),
        rows.map((r) => r.altLabels.join('\n')),
        rows.map((r) => r.hiddenLabels.join('\n')),
      ],
    );
    const inserted = result.filter((r) => r.inserted).length;
    return { inserted, updated: result.length - inserted };
  }

  /** Deletes a language's labels of concepts its new file no longer names. */
  async deleteMissing(manager: EntityManager, kind: ConceptKind, language: string, keep: string[]): Promise<number> {
    const { table, key, concept } = TABLES[kind];
    const [, deleted] = await manager.query<[unknown[], number]>(
      `DELETE FROM ${table} l USING ${concept} c
       WHERE l.${key} = c.id AND l.language = $1 AND c.esco_uri NOT IN (SELECT unnest($2::text[]))`,
      [language, keep],
    );
    return deleted;
  }

  async counts(manager: EntityManager): Promise<LanguageCounts> {
    const rows = await manager.query<{ language: string; kind: ConceptKind; n: number }[]>(
      `SELECT language, 'occupation' AS kind, count(*)::int AS n FROM occupation_label GROUP BY language
       UNION ALL SELECT language, 'skill', count(*)::int FROM skill_label GROUP BY language
       ORDER BY 1`,
    );
    const counts: LanguageCounts = {};
    for (const row of rows) {
      const entry = (counts[row.language] ??= { occupations: 0, skills: 0 });
      if (row.kind === 'occupation') entry.occupations = row.n;
      else entry.skills = row.n;
    }
    return counts;
  }
}
