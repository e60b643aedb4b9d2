import { createHash } from 'node:crypto';
import { LabelInput, LabelKind } from 'src/search/labels/label-index';
import { labelVariants } from 'src/search/labels/label-text';
import { foldedWords } from 'src/search/text/fold';

/**
 * Development and evaluation sets built from ESCO itself, without leakage: per language,
 * one alternative label of each occupation is taken out of the index and used as the query.
 * Occupations are split in two halves by a hash of their URI: `dev` (used to choose the
 * scoring parameters) and `test` (only ever reported).
 */
export type Half = 'dev' | 'test';

export interface ConceptLabelsByLanguage {
  uri: string;
  /** language -> labels of that language */
  labels: Map<string, { kind: LabelKind; text: string }[]>;
}

export interface HeldOutQuery {
  concept: number;
  language: string;
  text: string;
  half: Half;
}

function hash(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}

export function halfOf(uri: string): Half {
  return hash(`half:${uri}`) % 2 === 0 ? 'dev' : 'test';
}

const key = (text: string) => foldedWords(text).join(' ');

/**
 * Picks the held-out label per concept and language (an alternative label, or a hidden one
 * when `kinds` allows, whose words differ from every label left in the index) and returns
 * the queries and the labels to index.
 */
export function holdOut(
  concepts: ConceptLabelsByLanguage[],
  languages: ReadonlySet<string>,
  kinds: readonly LabelKind[] = ['alt'],
): { queries: HeldOutQuery[]; index: LabelInput[] } {
  const queries: HeldOutQuery[] = [];
  const index: LabelInput[] = [];
  concepts.forEach((concept, c) => {
    for (const [language, labels] of concept.labels) {
      let held = -1;
      if (languages.has(language)) {
        const options = labels
          .map((l, i) => ({ ...l, i }))
          .filter((l) => kinds.includes(l.kind))
          .filter((l) => {
            const rest = new Set(labels.filter((o, j) => j !== l.i).flatMap((o) => labelVariants(o.text).map(key)));
            return labelVariants(l.text).every((v) => !rest.has(key(v)));
          });
        if (options.length > 0) {
          const pick = options[hash(`${concept.uri}:${language}`) % options.length]!;
          held = pick.i;
          queries.push({ concept: c, language, text: pick.text, half: halfOf(concept.uri) });
        }
      }
      labels.forEach((l, i) => {
        if (i !== held) index.push({ concept: c, language, kind: l.kind, text: l.text });
      });
    }
  });
  return { queries, index };
}
