import { createHash } from 'node:crypto';
import { LabelInput } from 'src/search/labels/label-index';
import { TaxonomyData } from 'src/taxonomy/import/taxonomy-data';
import { ConceptLabelsByLanguage, Half, halfOf } from './held-out';

/**
 * Skill development and evaluation sets built from ESCO without leakage:
 * - `description`: the first sentence of a skill's description, that description left out of the index;
 * - `label`: an alternative label held out of the index, said in a short sentence;
 * - `occupation`: a sentence of an occupation's description, gold = the occupation's essential skills
 *   (occupation descriptions are never indexed).
 * Each query belongs to the dev or test half by a hash of the concept's URI.
 */
export interface SkillQuery {
  set: 'description' | 'label' | 'occupation';
  language: string;
  text: string;
  gold: number[];
  half: Half;
}

const TEMPLATES: Record<string, string[]> = {
  en: ['{x}', 'You will {x}.', 'Experience with {x} is an advantage.', 'Good knowledge of {x} required.'],
  fr: ['{x}', 'Vous devrez {x}.', 'Une expérience en {x} est un atout.', 'Bonne connaissance de {x} exigée.'],
  es: ['{x}', 'Deberá {x}.', 'Se valorará experiencia en {x}.', 'Buen conocimiento de {x}.'],
};

function hash(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}

function firstSentences(text: string, n: number): string[] {
  return (text.match(/[^.!?]+[.!?]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5)
    .slice(0, n);
}

export function skillSets(
  skills: ConceptLabelsByLanguage[],
  english: TaxonomyData,
): { queries: SkillQuery[]; index: LabelInput[]; prior: Float32Array } {
  const queries: SkillQuery[] = [];
  const index: LabelInput[] = [];
  const skillNumber = new Map(skills.map((s, i) => [s.uri, i]));
  const rows = new Map(english.skills.map((row) => [row.uri, row]));
  skills.forEach((concept, c) => {
    const row = rows.get(concept.uri);
    if (!row) return;
    const half = halfOf(concept.uri);
    const pick = hash(`skill:${concept.uri}`) % 10;
    const heldDescription = pick === 0 && row.description ? firstSentences(row.description, 1)[0] : undefined;
    if (heldDescription) queries.push({ set: 'description', language: 'en', text: heldDescription, gold: [c], half });
    else if (row.description) index.push({ concept: c, language: 'en', kind: 'description', text: row.description });
    for (const [language, labels] of concept.labels) {
      let held = -1;
      const alts = labels.map((l, i) => ({ ...l, i })).filter((l) => l.kind === 'alt');
      if (pick === 1 && alts.length > 0 && TEMPLATES[language]) {
        const alt = alts[hash(`${concept.uri}:${language}`) % alts.length]!;
        held = alt.i;
        const templates = TEMPLATES[language];
        const template = templates[hash(`t:${concept.uri}`) % templates.length]!;
        queries.push({ set: 'label', language, text: template.replace('{x}', alt.text), gold: [c], half });
      }
      labels.forEach((l, i) => {
        if (i !== held) index.push({ concept: c, language, kind: l.kind, text: l.text });
      });
    }
  });
  const essential = new Map<string, number[]>();
  const uses = new Float32Array(skills.length);
  for (const r of english.relations) {
    const s = skillNumber.get(r.skillUri);
    if (s === undefined) continue;
    uses[s]! += 1;
    if (r.relationType === 'essential') essential.set(r.occupationUri, [...(essential.get(r.occupationUri) ?? []), s]);
  }
  for (const occupation of english.occupations) {
    const gold = essential.get(occupation.uri) ?? [];
    if (gold.length === 0 || !occupation.description || hash(`occ:${occupation.uri}`) % 3 !== 0) continue;
    for (const text of firstSentences(occupation.description, 2)) {
      queries.push({ set: 'occupation', language: 'en', text, gold, half: halfOf(occupation.uri) });
    }
  }
  const max = Math.log1p(Math.max(...uses));
  const prior = uses.map((n) => Math.log1p(n) / max);
  return { queries, index, prior };
}
