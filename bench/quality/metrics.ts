/**
 * Ranking metrics over graded relevance (2 = same occupation, 1 = same ISCO unit group,
 * 0 = other). `ranking` is a list of candidate ids, best first; `grades` holds the true
 * grade of every candidate in the set (missing ids count as 0).
 */
export interface QueryMetrics {
  ndcg10: number;
  recall50: number;
  precision10: number;
  mrr: number;
  /** How many of the top 10 are partly relevant (grade 1) and irrelevant (grade 0). */
  gradeOneInTop10: number;
  gradeZeroInTop10: number;
}

const discount = (rank: number): number => 1 / Math.log2(rank + 1);

/** DCG with linear gains (the grade itself) and the standard 1 / log2(rank + 1) discount. */
function dcg(gains: readonly number[], k: number): number {
  let total = 0;
  for (let i = 0; i < Math.min(k, gains.length); i += 1) total += gains[i]! * discount(i + 1);
  return total;
}

export function queryMetrics(ranking: readonly string[], grades: ReadonlyMap<string, number>): QueryMetrics {
  const gains = ranking.map((id) => grades.get(id) ?? 0);
  const ideal = [...grades.values()].sort((a, b) => b - a);
  const idealDcg = dcg(ideal, 10);
  const relevant = ideal.filter((g) => g === 2).length;
  const top10 = gains.slice(0, 10);
  const first = gains.indexOf(2);
  return {
    ndcg10: idealDcg === 0 ? 0 : dcg(gains, 10) / idealDcg,
    recall50: relevant === 0 ? 0 : gains.slice(0, 50).filter((g) => g === 2).length / relevant,
    precision10: top10.filter((g) => g === 2).length / 10,
    mrr: first < 0 ? 0 : 1 / (first + 1),
    gradeOneInTop10: top10.filter((g) => g === 1).length,
    gradeZeroInTop10: top10.filter((g) => g === 0).length + Math.max(0, 10 - top10.length),
  };
}

export function meanMetrics(all: readonly QueryMetrics[]): QueryMetrics {
  const mean = (key: keyof QueryMetrics) =>
    Number((all.reduce((sum, m) => sum + m[key], 0) / Math.max(all.length, 1)).toFixed(4));
  return {
    ndcg10: mean('ndcg10'),
    recall50: mean('recall50'),
    precision10: mean('precision10'),
    mrr: mean('mrr'),
    gradeOneInTop10: mean('gradeOneInTop10'),
    gradeZeroInTop10: mean('gradeZeroInTop10'),
  };
}
