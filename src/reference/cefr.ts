/**
 * Common European Framework of Reference for Languages, lowest first: the one vocabulary
 * of language levels (inputs, entities, eligibility, scoring and the search indexes).
 * Plain values, so rule files import it without a framework; the GraphQL enum is
 * registered in reference-enums.ts.
 */
export const CefrLevel = {
  A1: 'A1',
  A2: 'A2',
  B1: 'B1',
  B2: 'B2',
  C1: 'C1',
  C2: 'C2',
} as const;

export type CefrLevel = (typeof CefrLevel)[keyof typeof CefrLevel];

export const CEFR_LEVELS: readonly CefrLevel[] = Object.values(CefrLevel);

/** A language someone speaks; `language` is ISO 639-1, lower case. */
export interface LanguageLevel {
  language: string;
  level: CefrLevel;
}

/** A language a programme or vacancy asks for, at `minLevel` or above. */
export interface LanguageRequirement {
  language: string;
  minLevel: CefrLevel;
}

const RANK: Readonly<Record<CefrLevel, number>> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };

/** 1 for A1 up to 6 for C2. */
export function cefrRank(level: CefrLevel): number {
  return RANK[level];
}

/** Negative when `a` is below `b`, zero when equal, positive when above. */
export function compareCefr(a: CefrLevel, b: CefrLevel): number {
  return RANK[a] - RANK[b];
}

/** Whether `actual` is at least `required`. */
export function meetsCefr(actual: CefrLevel, required: CefrLevel): boolean {
  return RANK[actual] >= RANK[required];
}

/**
 * The best level someone states for a language, or null. Profiles should hold one entry
 * per language, but taking the best keeps a duplicate from failing a requirement.
 */
export function bestLevel(languages: readonly LanguageLevel[], language: string): CefrLevel | null {
  let best: CefrLevel | null = null;
  for (const entry of languages) {
    if (entry.language === language && (best === null || RANK[entry.level] > RANK[best])) best = entry.level;
  }
  return best;
}
