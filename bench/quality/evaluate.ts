import { DataSource } from 'typeorm';
import { CandidateDocumentsRepository } from 'src/candidates/candidate-documents.repository';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { AppConfig } from 'src/config/config';
import { toMatchCandidate, toMatchVacancy } from 'src/matching/document-facts';
import { passesHardFilters } from 'src/matching/hard-filters';
import { CandidatePool } from 'src/matching/candidate-pool';
import { VacancyPool } from 'src/matching/vacancy-pool';
import { MatchRanker } from 'src/matching/match-ranker';
import { SkillGraph } from 'src/matching/skill-graph';
import { SkillGraphProvider } from 'src/matching/skill-graph.provider';
import { PostgresSearchEngine } from 'src/search/postgres/postgres-search.engine';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { Bm25Index, collectionIdf, occupationIdf, weightedOverlap, type BaselineCandidate } from './baselines';
import { relevance, type LabelledSet, type TaxonomyOccupation } from './labelled-set';
import { meanMetrics, queryMetrics, type QueryMetrics } from './metrics';
import { buildKeywordIndex, keywordSearch, scoreAll } from './rankers';

/** Ranks kept per vacancy: enough for recall@50. */
const DEPTH = 50;

export const RANKERS = {
  pathways: 'Pathways (MatchRanker.rankCandidates: index retrieval, then the scorer)',
  pathwaysLimit50: 'Pathways with MATCH_RETRIEVAL_LIMIT=50, the smallest allowed (diagnostic: a binding bound)',
  scorerFullScan: 'Scorer alone over every eligible candidate (no retrieval bound; diagnostic)',
  bm25: 'Baseline: Okapi BM25 (k1 1.2, b 0.75) of the vacancy skill-label words over candidate skill labels',
  idfCandidates: 'Baseline: IDF-weighted count of shared skills, IDF over the candidates',
  idfOccupations: 'Baseline: IDF-weighted count of shared skills, IDF over ESCO occupations',
  count: 'Baseline: plain count of shared skills',
  keyword: 'Baseline: keyword search (PostgreSQL ts_rank of an OR query of skill-label words)',
} as const;
export type Ranker = keyof typeof RANKERS;
export const BASELINES: readonly Ranker[] = ['bm25', 'idfCandidates', 'idfOccupations', 'count', 'keyword'];

export type Figures = QueryMetrics & { ineligibleShown: number; msPerVacancy: number };

export interface SetResult {
  documents: number;
  retrieval: { limit: number; meanTotal: number; maxTotal: number };
  eligiblePerVacancy: number;
  relevantEligiblePerVacancy: number;
  figures: Record<Ranker, Figures>;
  /** By the ISCO-08 major group (first digit) of the vacancy's occupation. */
  byMajorGroup: Record<string, { vacancies: number } & Record<Ranker, QueryMetrics>>;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * Indexes the set's candidates as the application does, then ranks every vacancy's
 * candidates with Pathways and each baseline, behind the same hard filters, and measures.
 */
export async function evaluateSet(
  dataSource: DataSource,
  set: LabelledSet,
  occupations: readonly TaxonomyOccupation[],
  lexemes: ReadonlyMap<number, ReadonlyMap<string, number>>,
  labels: ReadonlyMap<number, string>,
  config: AppConfig,
): Promise<SetResult> {
  const engine = new PostgresSearchEngine(dataSource);
  const candidateDocuments = new CandidateDocumentsRepository(dataSource);
  const vacancies = new VacanciesRepository(dataSource);
  const documents = await candidateDocuments.indexable(null);
  await engine.replaceCandidates(documents);
  await dataSource.query(`ANALYZE search_candidate`);
  await buildKeywordIndex(dataSource);
  const taxonomy = new TaxonomyRepository(dataSource);
  const graph = new SkillGraph(await taxonomy.skillGraph());
  const pool = new CandidatePool(dataSource, engine, config);
  const vacancyPool = new VacancyPool(dataSource, engine, config);
  const ranker = (settings: AppConfig) =>
    new MatchRanker(
      vacancies,
      candidateDocuments,
      new CandidatesRepository(dataSource),
      new SkillGraphProvider(taxonomy),
      engine,
      settings,
      pool,
      vacancyPool,
      null,
    );
  const matching = ranker(config);
  const matchingLimit50 = ranker({ ...config, matching: { ...config.matching, retrievalLimit: 50 } });

  const asBaseline: BaselineCandidate[] = documents.map((d) => ({ id: d.id, skillNums: d.skillNums }));
  const idfCandidates = collectionIdf(asBaseline);
  const idfOccupations = occupationIdf(occupations);
  const bm25 = new Bm25Index(asBaseline, lexemes);
  const generated = new Map(set.candidates.map((c) => [c.id, c]));

  const perRanker = Object.fromEntries(Object.keys(RANKERS).map((r) => [r, [] as QueryMetrics[]])) as Record<
    Ranker,
    QueryMetrics[]
  >;
  const elapsed = Object.fromEntries(Object.keys(RANKERS).map((r) => [r, [] as number[]])) as Record<Ranker, number[]>;
  const ineligible = Object.fromEntries(Object.keys(RANKERS).map((r) => [r, 0])) as Record<Ranker, number>;
  const groups = new Map<string, Record<Ranker, QueryMetrics[]>>();
  const retrieved: number[] = [];
  const eligibleCounts: number[] = [];
  const relevantCounts: number[] = [];

  for (const gv of set.vacancies) {
    const vacancy = toMatchVacancy((await vacancies.factsById(gv.id))!);
    const eligible = documents.filter((d) => passesHardFilters(vacancy, toMatchCandidate(d)));
    const eligibleIds = new Set(eligible.map((d) => d.id));
    // Only eligible candidates can be shown: the ideal ranking is made of them alone.
    const grades = new Map(eligible.map((d) => [d.id, relevance(gv, generated.get(d.id)!)]));
    eligibleCounts.push(eligible.length);
    relevantCounts.push([...grades.values()].filter((g) => g === 2).length);
    const required = [...vacancy.essentialSkillNums, ...vacancy.optionalSkillNums];
    const eligibleBaseline = asBaseline.filter((c) => eligibleIds.has(c.id));

    const runs: Record<Ranker, () => Promise<string[]> | string[]> = {
      pathways: async () => {
        const page = await matching.rankCandidates(gv.id, { offset: 0, first: DEPTH });
        retrieved.push(page.total);
        return page.rows.slice(0, DEPTH).map((r) => r.item);
      },
      pathwaysLimit50: async () =>
        (await matchingLimit50.rankCandidates(gv.id, { offset: 0, first: DEPTH })).rows
          .slice(0, DEPTH)
          .map((r) => r.item),
      scorerFullScan: () => scoreAll(vacancy, eligible, config.matching.weights, graph, DEPTH),
      bm25: () => bm25.rank(required, (id) => eligibleIds.has(id), DEPTH),
      idfCandidates: () => weightedOverlap(required, eligibleBaseline, idfCandidates, DEPTH),
      idfOccupations: () => weightedOverlap(required, eligibleBaseline, idfOccupations, DEPTH),
      count: () => weightedOverlap(required, eligibleBaseline, () => 1, DEPTH),
      keyword: () =>
        keywordSearch(
          dataSource,
          required.map((n) => labels.get(n)!),
          [...eligibleIds],
          DEPTH,
        ),
    };
    const group = gv.occupation.iscoCode.slice(0, 1);
    if (!groups.has(group)) {
      groups.set(
        group,
        Object.fromEntries(Object.keys(RANKERS).map((r) => [r, [] as QueryMetrics[]])) as Record<
          Ranker,
          QueryMetrics[]
        >,
      );
    }
    for (const name of Object.keys(RANKERS) as Ranker[]) {
      const started = performance.now();
      const ranking = await runs[name]();
      elapsed[name].push(performance.now() - started);
      ineligible[name] += ranking.filter((id) => !eligibleIds.has(id)).length;
      const metrics = queryMetrics(ranking, grades);
      perRanker[name].push(metrics);
      groups.get(group)![name].push(metrics);
    }
  }

  const figures = Object.fromEntries(
    (Object.keys(RANKERS) as Ranker[]).map((name) => [
      name,
      {
        ...meanMetrics(perRanker[name]),
        ineligibleShown: ineligible[name],
        msPerVacancy: Number(mean(elapsed[name]).toFixed(2)),
      },
    ]),
  ) as Record<Ranker, Figures>;
  const byMajorGroup = Object.fromEntries(
    [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, metrics]) => [
        group,
        {
          vacancies: metrics.pathways.length,
          ...Object.fromEntries(Object.entries(metrics).map(([name, list]) => [name, meanMetrics(list)])),
        },
      ]),
  ) as SetResult['byMajorGroup'];
  return {
    documents: documents.length,
    retrieval: {
      limit: config.matching.retrievalLimit,
      meanTotal: Math.round(mean(retrieved)),
      maxTotal: Math.max(...retrieved),
    },
    eligiblePerVacancy: Number(mean(eligibleCounts).toFixed(1)),
    relevantEligiblePerVacancy: Number(mean(relevantCounts).toFixed(2)),
    figures,
    byMajorGroup,
  };
}
