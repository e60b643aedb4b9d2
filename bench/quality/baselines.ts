import { DataSource } from 'typeorm';

/**
 * Baselines ranked in the same run over the same candidates as Pathways, behind the same
 * hard filters (a baseline showing an ineligible candidate would only lose, and unfairly):
 * the plain count of shared skills, the IDF-weighted count (IDF over the candidates, as a
 * search engine computes it, and over ESCO occupations, as Pathways' specificity does), and
 * BM25 over the words of the skills' labels. Ties by id, as in Pathways.
 */
export interface BaselineCandidate {
  id: string;
  skillNums: readonly number[];
}

export type Ranking = string[];

const byScoreThenId = (a: { id: string; score: number }, b: { id: string; score: number }) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function top(scored: { id: string; score: number }[], k: number): Ranking {
  return scored
    .filter((s) => s.score > 0)
    .sort(byScoreThenId)
    .slice(0, k)
    .map((s) => s.id);
}

/** Sum of `weight(skill)` over the vacancy's skills a candidate holds. */
export function weightedOverlap(
  vacancySkills: readonly number[],
  candidates: readonly BaselineCandidate[],
  weight: (skill: number) => number,
  k: number,
): Ranking {
  const wanted = new Set(vacancySkills);
  return top(
    candidates.map((c) => {
      let score = 0;
      for (const s of new Set(c.skillNums)) if (wanted.has(s)) score += weight(s);
      return { id: c.id, score };
    }),
    k,
  );
}

/** ln(N / df) over the candidate collection: the classic inverse document frequency. */
export function collectionIdf(candidates: readonly BaselineCandidate[]): (skill: number) => number {
  const df = new Map<number, number>();
  for (const c of candidates) for (const s of new Set(c.skillNums)) df.set(s, (df.get(s) ?? 0) + 1);
  const n = candidates.length;
  return (skill) => Math.log(n / (df.get(skill) ?? 1));
}

/** ln(N / n) over ESCO occupations: how many of them list the skill. */
export function occupationIdf(
  occupations: readonly { essential: readonly number[]; optional: readonly number[] }[],
): (skill: number) => number {
  const listed = new Map<number, number>();
  for (const o of occupations) for (const s of [...o.essential, ...o.optional]) listed.set(s, (listed.get(s) ?? 0) + 1);
  const n = occupations.length;
  return (skill) => Math.log(n / (listed.get(skill) ?? 1));
}

/** The English full-text lexemes of every skill's preferred label, with their counts. */
export async function skillLexemes(dataSource: DataSource): Promise<Map<number, Map<string, number>>> {
  const rows = await dataSource.query<{ num: number; lexeme: string; n: number }[]>(
    `SELECT k.num, t.lexeme, cardinality(t.positions)::int AS n
     FROM skill k, unnest(to_tsvector('english', k.preferred_label)) AS t`,
  );
  const lexemes = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const terms = lexemes.get(r.num) ?? new Map<string, number>();
    terms.set(r.lexeme, r.n);
    lexemes.set(r.num, terms);
  }
  return lexemes;
}

/**
 * Okapi BM25 (k1 1.2, b 0.75) of the vacancy's skill-label words over each candidate's
 * document, the labels of the skills it lists; each query word counted once.
 */
export class Bm25Index {
  private readonly documents: { id: string; terms: Map<string, number>; length: number }[];
  private readonly df = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    candidates: readonly BaselineCandidate[],
    private readonly lexemes: ReadonlyMap<number, ReadonlyMap<string, number>>,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.documents = candidates.map((c) => {
      const terms = new Map<string, number>();
      let length = 0;
      for (const s of new Set(c.skillNums)) {
        for (const [term, n] of lexemes.get(s) ?? []) {
          terms.set(term, (terms.get(term) ?? 0) + n);
          length += n;
        }
      }
      for (const term of terms.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      return { id: c.id, terms, length };
    });
    this.averageLength = this.documents.reduce((sum, d) => sum + d.length, 0) / Math.max(1, this.documents.length);
  }

  rank(vacancySkills: readonly number[], eligible: (id: string) => boolean, k: number): Ranking {
    const query = new Set<string>();
    for (const s of vacancySkills) for (const term of this.lexemes.get(s)?.keys() ?? []) query.add(term);
    const n = this.documents.length;
    const idf = new Map(
      [...query].map((t) => {
        const df = this.df.get(t) ?? 0;
        return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))];
      }),
    );
    const scored: { id: string; score: number }[] = [];
    for (const d of this.documents) {
      if (!eligible(d.id)) continue;
      let score = 0;
      const norm = this.k1 * (1 - this.b + (this.b * d.length) / this.averageLength);
      for (const t of query) {
        const tf = d.terms.get(t);
        if (tf) score += idf.get(t)! * ((tf * (this.k1 + 1)) / (tf + norm));
      }
      scored.push({ id: d.id, score });
    }
    return top(scored, k);
  }
}
