import ISO6391 from 'iso-639-1';

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const LANGUAGES: string[] = ISO6391.getAllCodes().slice().sort();
const LANGUAGE_NUMBER = new Map<string, number>(LANGUAGES.map((code, i) => [code, i + 1]));

function code(language: string, rank: number): number | undefined {
  const n = LANGUAGE_NUMBER.get(language);
  return n === undefined ? undefined : n * 8 + rank;
}

/**
 * A candidate's languages as integers, one per level each language satisfies (B2 German
 * also counts as A1, A2, B1 and B2), so "German B1 or better" is one array-overlap test
 * that a GIN index answers.
 */
export function candidateLanguageCodes(languages: { language: string; level: string }[]): number[] {
  const codes = new Set<number>();
  for (const { language, level } of languages) {
    const rank = LEVELS.indexOf(level as (typeof LEVELS)[number]) + 1;
    for (let r = 1; r <= rank; r += 1) {
      const c = code(language, r);
      if (c !== undefined) codes.add(c);
    }
  }
  return [...codes].sort((a, b) => a - b);
}

/** The single code a requirement needs: a candidate meets it when their codes contain it. */
export function requirementCode(language: string, minLevel: string): number | undefined {
  return code(language, LEVELS.indexOf(minLevel as (typeof LEVELS)[number]) + 1);
}
