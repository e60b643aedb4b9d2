import { DataSource } from 'typeorm';
import { toMatchCandidate } from 'src/matching/document-facts';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared } from 'src/matching/scoring';
import type { MatchVacancy } from 'src/matching/types';
import type { MatchWeights } from 'src/config/match-weights';
import { orTsQuery } from 'src/search/query-text';
import type { CandidateDocument } from 'src/search/search-engine';

/**
 * The scorer over every indexed candidate with no retrieval bound: what Pathways would
 * rank if stage one kept everyone. Not a baseline; it isolates what retrieval costs.
 */
export function scoreAll(
  vacancy: MatchVacancy,
  documents: readonly CandidateDocument[],
  weights: MatchWeights,
  k: number,
): string[] {
  const prepared = prepareVacancy(vacancy);
  const ranked: { id: string; score: number }[] = [];
  for (const document of documents) {
    const candidate = toMatchCandidate(document);
    if (!passesHardFilters(vacancy, candidate)) continue;
    ranked.push({ id: document.id, score: scorePrepared(prepared, candidate, weights).score });
  }
  return ranked
    .sort(compareMatches)
    .slice(0, k)
    .map((r) => r.id);
}

/** Baseline: candidates by the raw number of the vacancy's skills they hold, ties by id. */
export function overlapCount(vacancy: MatchVacancy, documents: readonly CandidateDocument[], k: number): string[] {
  const wanted = new Set([...vacancy.essentialSkillNums, ...vacancy.optionalSkillNums]);
  const ranked: { id: string; score: number }[] = [];
  for (const document of documents) {
    let shared = 0;
    for (const num of new Set(document.skillNums)) if (wanted.has(num)) shared += 1;
    if (shared > 0) ranked.push({ id: document.id, score: shared });
  }
  return ranked
    .sort(compareMatches)
    .slice(0, k)
    .map((r) => r.id);
}

/**
 * Baseline "keyword search": one English full-text document per candidate, the preferred
 * labels of their skills, with a GIN index, as a keyword engine would hold it.
 */
export async function buildKeywordIndex(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `CREATE TABLE bench_keyword_candidate AS
     SELECT p.id, to_tsvector('english', string_agg(k.preferred_label, ' . ' ORDER BY s.position)) AS document
     FROM candidate_profile p JOIN candidate_skill s ON s.profile_id = p.id JOIN skill k ON k.id = s.skill_id
     WHERE p.visible GROUP BY p.id`,
  );
  await dataSource.query(
    `CREATE INDEX bench_keyword_candidate_document ON bench_keyword_candidate USING gin (document)`,
  );
  await dataSource.query(`ANALYZE bench_keyword_candidate`);
}

/**
 * Matching candidates ranked by ts_rank for an OR query of every word of the vacancy's
 * skill labels (essential and optional alike: a keyword engine does not know the
 * difference), ties by id.
 */
export async function keywordSearch(
  dataSource: DataSource,
  skillLabels: readonly string[],
  k: number,
): Promise<string[]> {
  const query = orTsQuery(skillLabels.join(' '));
  if (query === null) return [];
  const rows = await dataSource.query<{ id: string }[]>(
    `SELECT c.id FROM bench_keyword_candidate c, to_tsquery('english', $1) q
     WHERE c.document @@ q ORDER BY ts_rank(c.document, q) DESC, c.id LIMIT ${Math.trunc(k)}`,
    [query],
  );
  return rows.map((r) => r.id);
}
