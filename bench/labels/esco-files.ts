import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEsco } from 'src/taxonomy/import/esco-parse';
import { readEscoSource } from 'src/taxonomy/import/esco-source';
import { languageFileOf, parseLanguageFile } from 'src/taxonomy/import/esco-languages';
import { ConceptLabelsByLanguage } from './held-out';

export const I18N_DIR = join(process.cwd(), '../shared/data/esco-v1.1.1-i18n');
export const ESCO_DIR = join(process.cwd(), '../shared/data/esco-v1.1.1');

/** Occupations or skills with their labels in every language, straight from the CSV files. */
export function readConcepts(kind: 'occupation' | 'skill'): {
  concepts: ConceptLabelsByLanguage[];
  english: ReturnType<typeof parseEsco>['data'];
} {
  const { data } = parseEsco(readEscoSource([ESCO_DIR]));
  const rows = kind === 'occupation' ? data.occupations : data.skills;
  const byUri = new Map<string, ConceptLabelsByLanguage>();
  const concepts = rows.map((row) => {
    const concept: ConceptLabelsByLanguage = {
      uri: row.uri,
      labels: new Map([
        [
          'en',
          [
            { kind: 'preferred' as const, text: row.preferredLabel },
            ...row.altLabels.map((text) => ({ kind: 'alt' as const, text })),
            ...row.hiddenLabels.map((text) => ({ kind: 'hidden' as const, text })),
          ],
        ],
      ]),
    };
    byUri.set(row.uri, concept);
    return concept;
  });
  const known = new Set(byUri.keys());
  for (const name of readdirSync(I18N_DIR).sort()) {
    const file = languageFileOf(name);
    if (!file || file.kind !== kind) continue;
    const { labels } = parseLanguageFile({ ...file, name, content: readFileSync(join(I18N_DIR, name)) }, known);
    for (const row of labels.rows) {
      byUri
        .get(row.uri)!
        .labels.set(file.language, [
          { kind: 'preferred', text: row.preferredLabel },
          ...row.altLabels.map((text) => ({ kind: 'alt' as const, text })),
          ...row.hiddenLabels.map((text) => ({ kind: 'hidden' as const, text })),
        ]);
    }
  }
  return { concepts, english: data };
}
