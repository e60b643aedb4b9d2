import type { Breakdown, SkillMatch } from '../api/queries';
import { texts } from '../texts';
import { percent } from './names';

export const COMPONENTS: readonly (keyof Breakdown)[] = [
  'essentialSkills',
  'optionalSkills',
  'occupation',
  'experience',
  'languages',
  'qualification',
  'partnership',
];

export interface Explained {
  score: number;
  breakdown: Breakdown;
  matchedSkills: { label: string }[];
  missingEssentialSkills: { label: string }[];
  /** How each required skill was met; only the ones met by another skill than itself are worth saying. */
  skillMatches?: Pick<SkillMatch, 'relation' | 'credit' | 'required' | 'held'>[];
}

/**
 * A match's score in sentences: what the breakdown and the skills say, component by
 * component, then the strongest and weakest part. `withProgramme` leaves the credential
 * out when the vacancy has no programme (the API reports 0 and leaves its weight out).
 */
export function explainMatch(match: Explained, withProgramme = true): string[] {
  const e = texts.explain;
  const b = match.breakdown;
  const sentences = [
    e.score(percent(match.score)),
    e.essential(
      percent(b.essentialSkills),
      match.missingEssentialSkills.map((s) => s.label),
    ),
  ];
  if (match.matchedSkills.length > 0) sentences.push(e.matched(match.matchedSkills.map((s) => s.label)));
  for (const m of match.skillMatches ?? []) {
    if (m.relation !== 'EXACT') {
      sentences.push(
        e.partial(m.held.label, m.required.label, texts.relations[m.relation] ?? m.relation, percent(m.credit)),
      );
    }
  }
  sentences.push(e.occupation(b.occupation), e.experience(b.experience), e.languages(b.languages));
  sentences.push(e.qualification(b.qualification));
  if (withProgramme) sentences.push(e.partnership(b.partnership));
  const ranked = COMPONENTS.filter((c) => withProgramme || c !== 'partnership')
    .map((c) => ({ c, v: b[c] }))
    .sort((x, y) => y.v - x.v || COMPONENTS.indexOf(x.c) - COMPONENTS.indexOf(y.c));
  const strongest = ranked[0];
  const weakest = ranked[ranked.length - 1];
  if (strongest && weakest && strongest.v !== weakest.v) {
    sentences.push(e.strongest(texts.components[strongest.c]!, texts.components[weakest.c]!));
  }
  return sentences;
}
