import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { CandidateDocumentsRepository } from 'src/candidates/candidate-documents.repository';
import { AppConfig, loadConfig } from 'src/config/config';
import { withScratchDatabase } from 'src/database/scratch-database';
import { toMatchCandidate, toMatchVacancy } from 'src/matching/document-facts';
import { passesHardFilters } from 'src/matching/hard-filters';
import { MatchRanker } from 'src/matching/match-ranker';
import { PostgresSearchEngine } from 'src/search/postgres/postgres-search.engine';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { importEsco } from './bench-support';
import { percentile, run, writeResult } from './report';
import { insertLabelledSet, readOccupations, skillLabels } from './quality/database';
import { DEFAULT_GENERATION, generateLabelledSet, relevance, type LabelledSet } from './quality/labelled-set';
import { meanMetrics, queryMetrics, type QueryMetrics } from './quality/metrics';
import { buildKeywordIndex, keywordSearch, overlapCount, scoreAll } from './quality/rankers';

// Ranking quality of matchingCandidates on a labelled set generated from the real ESCO
// v1.1.1 data, against two baselines in the same run; see README, "Matching quality".
const SEED = 20260811;
const SETTINGS = { seed: SEED, ...DEFAULT_GENERATION };
/** Ranks kept per vacancy: enough for recall@50. */
const DEPTH = 50;

const RANKERS = {
  pathways: 'Pathways (MatchRanker.rankCandidates: index retrieval, then the scorer)',
  pathwaysLimit50:
    'Pathways with MATCH_RETRIEVAL_LIMIT=50, the smallest allowed (diagnostic: a binding retrieval bound)',
  scorerFullScan: 'Scorer alone over every candidate (no retrieval bound; diagnostic)',
  keyword: 'Keyword search (ts_rank of vacancy skill-label words over candidate skill labels)',
  overlap: 'Skill overlap count (shared skills, ties by id)',
} as const;
type Ranker = keyof typeof RANKERS;

const seconds = (ms: number): number => Number((ms / 1000).toFixed(2));

/** Only the matching settings (MATCH_*) of the environment: weights and retrieval limit as deployed. */
function matchingConfig() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('MATCH_')));
  return loadConfig(env);
}

async function measure(dataSource: DataSource, engineTarget: string) {
  const timings: Record<string, number> = {};
  const clock = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[name] = seconds(performance.now() - started);
    }
  };

  const { report } = await clock('importEsco', () => importEsco(dataSource));
  console.log(
    `imported ESCO ${report.version}: ${report.counts.occupations} occupations, ${report.counts.skills} skills, ` +
      `${report.counts.relations} relations (${timings.importEsco} s)`,
  );

  const occupations = await readOccupations(dataSource);
  const set: LabelledSet = generateLabelledSet(occupations, SETTINGS);
  await clock('insertLabelledSet', () => insertLabelledSet(dataSource, set));

  const config = matchingConfig();
  const engine = new PostgresSearchEngine(dataSource);
  const candidateDocuments = new CandidateDocumentsRepository(dataSource);
  const vacancies = new VacanciesRepository(dataSource);
  const documents = await clock('indexCandidates', async () => {
    const all = await candidateDocuments.indexable(null);
    await engine.replaceCandidates(all);
    await dataSource.query(`ANALYZE search_candidate`);
    return all;
  });
  const ranker = (settings: AppConfig) =>
    new MatchRanker(vacancies, candidateDocuments, new TaxonomyRepository(dataSource), engine, settings, null);
  const matching = ranker(config);
  const matchingLimit50 = ranker({ ...config, matching: { ...config.matching, retrievalLimit: 50 } });
  await clock('keywordIndex', () => buildKeywordIndex(dataSource));
  const labels = await skillLabels(dataSource);
  const byId = new Map(set.candidates.map((c) => [c.id, c]));

  const perRanker: Record<Ranker, QueryMetrics[]> = {
    pathways: [],
    pathwaysLimit50: [],
    scorerFullScan: [],
    keyword: [],
    overlap: [],
  };
  const elapsed: Record<Ranker, number[]> = {
    pathways: [],
    pathwaysLimit50: [],
    scorerFullScan: [],
    keyword: [],
    overlap: [],
  };
  const retrieved: number[] = [];
  let failingHardFilters = 0;

  for (const generated of set.vacancies) {
    const grades = new Map(set.candidates.map((c) => [c.id, relevance(generated, c)]));
    const vacancy = toMatchVacancy((await vacancies.factsById(generated.id))!);
    const rankings = {} as Record<Ranker, string[]>;

    let started = performance.now();
    const page = await matching.rankCandidates(generated.id, { offset: 0, first: DEPTH });
    elapsed.pathways.push(performance.now() - started);
    rankings.pathways = page.rows.slice(0, DEPTH).map((r) => r.item);
    retrieved.push(page.total);

    started = performance.now();
    const bounded = await matchingLimit50.rankCandidates(generated.id, { offset: 0, first: DEPTH });
    elapsed.pathwaysLimit50.push(performance.now() - started);
    rankings.pathwaysLimit50 = bounded.rows.slice(0, DEPTH).map((r) => r.item);

    started = performance.now();
    rankings.scorerFullScan = scoreAll(vacancy, documents, config.matching.weights, DEPTH);
    elapsed.scorerFullScan.push(performance.now() - started);

    started = performance.now();
    const vacancyLabels = [...vacancy.essentialSkillNums, ...vacancy.optionalSkillNums].map((n) => labels.get(n)!);
    rankings.keyword = await keywordSearch(dataSource, vacancyLabels, DEPTH);
    elapsed.keyword.push(performance.now() - started);

    started = performance.now();
    rankings.overlap = overlapCount(vacancy, documents, DEPTH);
    elapsed.overlap.push(performance.now() - started);

    for (const document of documents)
      if (!passesHardFilters(vacancy, toMatchCandidate(document))) failingHardFilters += 1;
    for (const ranker of Object.keys(RANKERS) as Ranker[])
      perRanker[ranker].push(queryMetrics(rankings[ranker], grades));
  }
  for (const document of documents) {
    if (!byId.has(document.id)) throw new Error(`Indexed candidate ${document.id} is not in the labelled set`);
  }

  const gradeOne = set.vacancies.map((v) => set.candidates.filter((c) => relevance(v, c) === 1).length);
  return {
    engineTarget,
    config,
    set,
    documents: documents.length,
    timings,
    figures: Object.fromEntries(
      (Object.keys(RANKERS) as Ranker[]).map((ranker) => [
        ranker,
        {
          description: RANKERS[ranker],
          ...meanMetrics(perRanker[ranker]),
          msPerVacancy: {
            mean: Number((elapsed[ranker].reduce((a, b) => a + b, 0) / elapsed[ranker].length).toFixed(2)),
            p95: Number(
              percentile(
                [...elapsed[ranker]].sort((a, b) => a - b),
                95,
              ).toFixed(2),
            ),
          },
        },
      ]),
    ) as Record<Ranker, QueryMetrics & { description: string; msPerVacancy: { mean: number; p95: number } }>,
    retrieval: {
      limit: config.matching.retrievalLimit,
      meanTotal: Math.round(retrieved.reduce((a, b) => a + b, 0) / retrieved.length),
      maxTotal: Math.max(...retrieved),
    },
    gradeOnePerVacancy: {
      mean: Number((gradeOne.reduce((a, b) => a + b, 0) / gradeOne.length).toFixed(2)),
      max: Math.max(...gradeOne),
    },
    failingHardFilters,
  };
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const engineTarget = serverUrl ? 'postgresql (DATABASE_URL)' : 'embedded PGlite (set DATABASE_URL for a real server)';
  console.log(`quality benchmark on ${engineTarget}, seed ${SEED}`);
  const started = performance.now();
  const result = await withScratchDatabase(serverUrl, async (dataSource) => {
    const [row] = await dataSource.query<{ version: string }[]>(`SELECT current_setting('server_version') AS version`);
    return { serverVersion: row!.version, ...(await measure(dataSource, engineTarget)) };
  });
  const totalSeconds = seconds(performance.now() - started);
  const { set, config, figures } = result;

  const output = {
    benchmark: 'quality',
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: cpus().length, loadAverage1m: Number(loadavg()[0]!.toFixed(2)) },
    engine: { search: 'postgres', database: result.engineTarget, serverVersion: result.serverVersion },
    pipeline:
      'pathways = MatchRanker.rankCandidates(vacancyId, { offset: 0, first: 50 }) called for real: candidate_profile rows indexed ' +
      'with CandidateDocumentsRepository.indexable + PostgresSearchEngine.replaceCandidates, retrieval through ' +
      'retrieveCandidates, then passesHardFilters and scorePrepared',
    seed: SEED,
    generation: SETTINGS,
    sizes: {
      vacancies: set.vacancies.length,
      candidates: set.candidates.length,
      indexedCandidates: result.documents,
      relevantPerVacancy: SETTINGS.candidatesPerOccupation,
      partlyRelevantPerVacancy: result.gradeOnePerVacancy,
      meanVacancySkills: Number(
        (
          set.vacancies.reduce((s, v) => s + v.occupation.essential.length + v.occupation.optional.length, 0) /
          set.vacancies.length
        ).toFixed(1),
      ),
      meanCandidateSkills: Number(
        (set.candidates.reduce((s, c) => s + c.skillNums.length, 0) / set.candidates.length).toFixed(1),
      ),
    },
    filters:
      'Vacancies: member state DE, no language requirement, no minimum EQF or experience, no programme. ' +
      'Candidates: destinations empty or including DE. So every candidate passes every hard filter and the ' +
      'figures measure ranking only.',
    candidateVacancyPairsFailingHardFilters: result.failingHardFilters,
    relevance: 'grade 2: generated from the vacancy occupation; 1: same ISCO-08 unit group; 0: otherwise',
    metrics:
      'nDCG@10 with linear gains (the grade) and 1/log2(rank+1) discount, ideal from the true grades of all ' +
      'candidates; recall@50, precision@10 and MRR count grade 2 only; means over vacancies',
    weights: config.matching.weights,
    retrieval: result.retrieval,
    timingsSeconds: { ...result.timings, total: totalSeconds },
    figures,
  };
  writeResult('quality', output);

  console.log(
    `${set.vacancies.length} vacancies x ${set.candidates.length} candidates; retrieval limit ${result.retrieval.limit}, ` +
      `mean retrieved ${result.retrieval.meanTotal}; candidate-vacancy pairs failing hard filters: ${result.failingHardFilters}`,
  );
  console.log(
    `${'ranking'.padEnd(17)} ${'nDCG@10'.padStart(8)} ${'recall@50'.padStart(10)} ${'P@10'.padStart(7)} ${'MRR'.padStart(7)} ${'ms/vacancy'.padStart(11)}`,
  );
  for (const [name, f] of Object.entries(figures)) {
    console.log(
      `${name.padEnd(17)} ${f.ndcg10.toFixed(4).padStart(8)} ${f.recall50.toFixed(4).padStart(10)} ` +
        `${f.precision10.toFixed(4).padStart(7)} ${f.mrr.toFixed(4).padStart(7)} ${f.msPerVacancy.mean.toFixed(2).padStart(11)}`,
    );
  }
  console.log(`total ${totalSeconds} s (import ${result.timings.importEsco} s)`);
}

run(main);
