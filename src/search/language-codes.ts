import ISO6391 from 'iso-639-1';
import { cefrRank, type LanguageLevel, type LanguageRequirement } from 'src/reference/cefr';

const LANGUAGES: string[] = ISO6391.getAllCodes().slice().sort();
const LANGUAGE_NUMBER = new Map<string, number>(LANGUAGES.map((code, i) => [code, i + 1]));

/** One integer per language and CEFR rank (1 to 6, so 8 slots per language leave room). */
function code(language: string, rank: number): number | undefined {
  const n = LANGUAGE_NUMBER.get(language);
  return n === undefined ? undefined : n * 8 + rank;
}

/**
 * A candidate's languages as integers, one per level each language satisfies (B2 German
 * also counts as A1, A2, B1 and B2), so "German B1 or better" is one array-overlap test
 * that a GIN index answers.
 */
export function candidateLanguageCodes(languages: readonly LanguageLevel[]): number[] {
  const codes = new Set<number>();
  for (const { language, level } of languages) {
    for (let r = 1; r <= cefrRank(level); r += 1) {
      const c = code(language, r);
      if (c !== undefined) codes.add(c);
    }
  }
  return [...codes].sort((a, b) => a - b);
}

/** The codes a vacancy's requirements need: a candidate meets them all when their codes contain these. */
export function requirementCodes(requirements: readonly LanguageRequirement[]): number[] {
  return requirements.map((r) => code(r.language, cefrRank(r.minLevel))).filter((c): c is number => c !== undefined);
}
