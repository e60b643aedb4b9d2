import { DataSource } from 'typeorm';
import type { MatchWeights } from 'src/config/match-weights';
import { toMatchCandidate } from 'src/matching/document-facts';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared } from 'src/matching/scoring';
import type { SkillGraph } from 'src/matching/skill-graph';
import type { MatchVacancy } from 'src/matching/types';
import { orTsQuery } from 'src/search/query-text';
import type { CandidateDocument } from 'src/search/search-engine';

/**
 * The scorer over every eligible candidate with no retrieval bound: what Pathways would
 * rank if stage one kept everyone. Not a baseline; it isolates what retrieval costs.
 */
export function scoreAll(
  vacancy: MatchVacancy,
  eligible: readonly CandidateDocument[],
  weights: MatchWeights,
  graph: SkillGraph,
  k: number,
): string[] {
  const prepared = prepareVacancy(vacancy, graph);
  return eligible
    .map((document) => ({ id: document.id, score: scorePrepared(prepared, toMatchCandidate(document), weights).score }))
    .sort(compareMatches)
    .slice(0, k)
    .map((r) => r.id);
}

/**
 * Baseline "keyword search": one English full-text document per candidate, the preferred
 * labels of their skills, with a GIN index, as a keyword engine would hold it.
 */
export async function buildKeywordIndex(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DROP TABLE IF EXISTS bench_keyword_candidate`);
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
 * Eligible candidates ranked by ts_rank for an OR query of every word of the vacancy's
 * skill labels (essential and optional alike: a keyword engine does not know the
 * difference), ties by id.
 */
export async function keywordSearch(
  dataSource: DataSource,
  skillLabels: readonly string[],
  eligibleIds: readonly string[],
  k: number,
): Promise<string[]> {
  const query = orTsQuery(skillLabels.join(' '));
  if (query === null) return [];
  const rows = await dataSource.query<{ id: string }[]>(
    `SELECT c.id FROM bench_keyword_candidate c, to_tsquery('english', $1) q
     WHERE c.document @@ q AND c.id = ANY($2::uuid[]) ORDER BY ts_rank(c.document, q) DESC, c.id LIMIT ${Math.trunc(k)}`,
    [query, eligibleIds],
  );
  return rows.map((r) => r.id);
}
