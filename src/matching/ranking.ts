import type { MatchWeights } from 'src/config/match-weights';
import { passesHardFilters } from 'src/matching/hard-filters';
import { scorePrepared, type PreparedVacancy } from 'src/matching/scoring';
import type { MatchCandidate, MatchScore } from 'src/matching/types';

/** A ranked result: `id` is the candidate's (or, ranking vacancies for a candidate, the vacancy's). */
export interface RankedMatch {
  score: number;
  id: string;
}

/** Ascending by code unit, which for lower-case UUIDs is the order PostgreSQL sorts uuid columns in. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Score descending, then id ascending, so keyset cursors agree with this order. */
export function compareMatches(a: RankedMatch, b: RankedMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  return compareIds(a.id, b.id);
}

export interface Ranked<T> {
  item: T;
  match: MatchScore;
}

/** Rows `offset` to `offset + first` (one more than a page, to tell whether another follows). */
export interface RankedPage<T> {
  rows: Ranked<T>[];
  offset: number;
  /** How many match in all, as far as retrieval counted. */
  total: number;
}

/** One vacancy and one candidate to score; `item` is what the caller wants back. */
export interface Contender<T> {
  item: T;
  id: string;
  vacancy: PreparedVacancy;
  candidate: MatchCandidate;
  /** Whether the candidate is eligible for the vacancy's programme; unknown refuses a programme vacancy. */
  eligibleForProgramme?: boolean;
}

/**
 * The one ranking loop: every contender that passes the hard filters is scored, the lot is
 * sorted by compareMatches and one page is cut. Retrieval returned `retrieved` documents
 * and counted `total` matches; every document that is no contender, or fails here, comes
 * off that count.
 */
export function rankPage<T>(
  contenders: Iterable<Contender<T>>,
  retrieval: { retrieved: number; total: number },
  weights: MatchWeights,
  page: { offset: number; first: number },
): RankedPage<T> {
  const ranked: (Ranked<T> & RankedMatch)[] = [];
  for (const { item, id, vacancy, candidate, eligibleForProgramme } of contenders) {
    if (!passesHardFilters(vacancy.vacancy, { ...candidate, eligibleForProgramme })) continue;
    const match = scorePrepared(vacancy, candidate, weights);
    ranked.push({ item, match, id, score: match.score });
  }
  ranked.sort(compareMatches);
  const dropped = retrieval.retrieved - ranked.length;
  return {
    rows: ranked.slice(page.offset, page.offset + page.first + 1),
    offset: page.offset,
    total: Math.max(retrieval.total - dropped, ranked.length),
  };
}

export interface MatchPair {
  candidateId: string;
  vacancyId: string;
}

/** Pairs by score descending, then candidate id, then vacancy id. */
export function comparePairs(a: Ranked<MatchPair>, b: Ranked<MatchPair>): number {
  return (
    b.match.score - a.match.score ||
    compareIds(a.item.candidateId, b.item.candidateId) ||
    compareIds(a.item.vacancyId, b.item.vacancyId)
  );
}
