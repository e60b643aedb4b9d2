import { DataSource } from 'typeorm';
import { LabelInput, LabelKind } from 'src/search/labels/label-index';
import { OccupationLabels, SkillLabels } from 'src/search/labels/taxonomy-model';

interface ConceptRow {
  id: string;
  preferred: string;
  alt: string[];
  hidden: string[];
  /** [language, preferred, alt, hidden] per other language. */
  languages: [string, string, string[], string[]][];
}

function labelsOf(rows: ConceptRow[], describe?: (row: ConceptRow, concept: number) => string | null): LabelInput[] {
  const labels: LabelInput[] = [];
  const push = (concept: number, language: string, kind: LabelKind, text: string) =>
    labels.push({ concept, language, kind, text });
  rows.forEach((row, concept) => {
    push(concept, 'en', 'preferred', row.preferred);
    for (const text of row.alt) push(concept, 'en', 'alt', text);
    for (const text of row.hidden) push(concept, 'en', 'hidden', text);
    for (const [language, preferred, alt, hidden] of row.languages) {
      push(concept, language, 'preferred', preferred);
      for (const text of alt) push(concept, language, 'alt', text);
      for (const text of hidden) push(concept, language, 'hidden', text);
    }
    const description = describe?.(row, concept);
    if (description) push(concept, 'en', 'description', description);
  });
  return labels;
}

const LANGUAGES = (table: string, key: string) =>
  `coalesce((SELECT json_agg(json_build_array(l.language, l.preferred_label, l.alt_labels, l.hidden_labels) ORDER BY l.language)
             FROM ${table} l WHERE l.${key} = c.id), '[]'::json) AS languages`;

/** Reads every label of the taxonomy, in every language, for the in-memory title and skill model. */
export class TaxonomyLabelsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Changes whenever an import (or the demo seed) changed the taxonomy or its labels. */
  async version(): Promise<string> {
    const [row] = await this.dataSource.query<{ v: string }[]>(
      `SELECT concat_ws(':', (SELECT id::text FROM taxonomy_import ORDER BY imported_at DESC LIMIT 1),
         (SELECT count(*) FROM occupation), (SELECT count(*) FROM skill),
         (SELECT count(*) FROM occupation_label), (SELECT count(*) FROM skill_label)) AS v`,
    );
    return row?.v ?? '';
  }

  async occupations(): Promise<OccupationLabels> {
    const rows = await this.dataSource.query<(ConceptRow & { iscoCode: string })[]>(
      `SELECT c.id, c.isco_code AS "iscoCode", c.preferred_label AS preferred, c.alt_labels AS alt,
              c.hidden_labels AS hidden, ${LANGUAGES('occupation_label', 'occupation_id')}
       FROM occupation c ORDER BY c.num`,
    );
    return { ids: rows.map((r) => r.id), iscoCodes: rows.map((r) => r.iscoCode), labels: labelsOf(rows) };
  }

  async skills(): Promise<SkillLabels> {
    const rows = await this.dataSource.query<(ConceptRow & { description: string | null; uses: number })[]>(
      `SELECT c.id, c.preferred_label AS preferred, c.alt_labels AS alt, c.hidden_labels AS hidden,
              c.description, (SELECT count(*)::int FROM occupation_skill os WHERE os.skill_id = c.id) AS uses,
              ${LANGUAGES('skill_label', 'skill_id')}
       FROM skill c ORDER BY c.num`,
    );
    const max = Math.log1p(Math.max(1, ...rows.map((r) => r.uses)));
    return {
      ids: rows.map((r) => r.id),
      prior: Float32Array.from(rows, (r) => Math.log1p(r.uses) / max),
      labels: labelsOf(rows, (row) => (row as ConceptRow & { description: string | null }).description),
    };
  }
}
