/** A ranked result: `id` is the candidate's (or, ranking vacancies for a candidate, the vacancy's). */
export interface RankedMatch {
  score: number;
  id: string;
}

/**
 * Score descending, then id ascending by code unit, which for lower-case UUIDs is the
 * order PostgreSQL sorts uuid columns in, so keyset cursors agree with this order.
 */
export function compareMatches(a: RankedMatch, b: RankedMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
