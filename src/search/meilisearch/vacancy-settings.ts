import type { Settings } from 'meilisearch';

/** The vacancy index: text in title and description; coded fields only to filter, never to search. */
export const VACANCY_SETTINGS: Settings = {
  searchableAttributes: ['title', 'description'],
  filterableAttributes: [
    'memberState',
    'iscoPrefixes',
    'iscoUnit',
    'occupationId',
    'occupationNum',
    'programmeId',
    'employerId',
    'minEqfLevel',
    'essentialSkillNums',
    'optionalSkillNums',
  ],
  sortableAttributes: ['publishedAt'],
  pagination: { maxTotalHits: 20_000 },
  typoTolerance: { enabled: true, disableOnAttributes: ['memberState', 'iscoPrefixes', 'occupationId', 'programmeId'] },
};

/** ISCO prefixes of a 4-digit code, so a filter on "72" or "7212" is an equality test. */
export function iscoPrefixes(code: string): string[] {
  return [1, 2, 3, 4].filter((n) => code.length >= n).map((n) => code.slice(0, n));
}
