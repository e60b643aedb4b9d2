import type { Settings } from 'meilisearch';
import { CandidateDocument, VacancyDocument } from 'src/search/search-engine';
import { candidateLanguageCodes, requirementCodes } from 'src/search/language-codes';
import { iscoPrefixes } from 'src/search/meilisearch/vacancy-settings';

/**
 * The candidate index holds codes only: nothing in it is searchable text, everything is a
 * filter. Meilisearch cannot rank by array overlap (its ranking rules score query words),
 * so it returns the filtered set and the scorer ranks it.
 */
export const CANDIDATE_SETTINGS: Settings = {
  searchableAttributes: [],
  filterableAttributes: [
    'anyDestination',
    'destinations',
    'languageCodes',
    'highestEqf',
    'skillNums',
    'iscoUnits',
    'occupationNums',
  ],
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: 20_000 },
};

export function candidateDocument(d: CandidateDocument): Record<string, unknown> {
  const occupations = [...d.desired, ...d.experience];
  return {
    ...d,
    anyDestination: d.destinations.length === 0,
    languageCodes: candidateLanguageCodes(d.languages),
    iscoUnits: [...new Set(occupations.map((o) => Number(o.iscoCode)))],
    occupationNums: [...new Set(occupations.map((o) => o.num))],
  };
}

export function fromCandidateDocument(hit: Record<string, unknown>): CandidateDocument {
  const { anyDestination: _a, languageCodes: _l, iscoUnits: _i, occupationNums: _o, ...document } = hit;
  return document as unknown as CandidateDocument;
}

export function vacancyDocument(d: VacancyDocument): Record<string, unknown> {
  return {
    ...d,
    iscoPrefixes: iscoPrefixes(d.iscoCode),
    iscoUnit: Number(d.iscoCode),
    publishedAt: d.publishedAt.getTime(),
    requiredLanguageCodes: requirementCodes(d.languageRequirements),
  };
}

export function fromVacancyDocument(hit: Record<string, unknown>): VacancyDocument {
  const { iscoPrefixes: _p, iscoUnit: _u, requiredLanguageCodes: _r, publishedAt, ...document } = hit;
  return { ...(document as unknown as VacancyDocument), publishedAt: new Date(publishedAt as number) };
}
