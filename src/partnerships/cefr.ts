/** Common European Framework of Reference for Languages levels, lowest first. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** A language a candidate speaks; `language` is ISO 639-1, lower case. */
export interface LanguageLevel {
  language: string;
  level: CefrLevel;
}

/** A language a programme or vacancy asks for, at `minLevel` or above. */
export interface LanguageRequirement {
  language: string;
  minLevel: CefrLevel;
}

const RANK: Readonly<Record<CefrLevel, number>> = { A1: 0, A2: 1, B1: 2, B2: 3, C1: 4, C2: 5 };

/** Position of a level in A1 < A2 < B1 < B2 < C1 < C2, from 0. */
export function cefrRank(level: CefrLevel): number {
  return RANK[level];
}

export function cefrAtLeast(level: CefrLevel, min: CefrLevel): boolean {
  return RANK[level] >= RANK[min];
}

/**
 * The best level a candidate states for a language, or null. Profiles should hold one
 * entry per language, but taking the best keeps a duplicate from failing a requirement.
 */
export function bestLevel(languages: readonly LanguageLevel[], language: string): CefrLevel | null {
  let best: CefrLevel | null = null;
  for (const entry of languages) {
    if (entry.language === language && (best === null || RANK[entry.level] > RANK[best])) best = entry.level;
  }
  return best;
}
