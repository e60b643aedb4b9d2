import 'reflect-metadata';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { toMatchCandidate, toMatchVacancy } from 'src/matching/document-facts';
import { passesHardFilters } from 'src/matching/hard-filters';
import { CandidatePool } from 'src/matching/candidate-pool';
import { exactTop } from 'src/matching/exact-top';
import { exactVacancies } from 'src/matching/exact-vacancies';
import { MatchRanker } from 'src/matching/match-ranker';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared, sharesEvidence } from 'src/matching/scoring';
import { PROGRAMME_ELIGIBILITY, type ProgrammeEligibility } from 'src/matching/programme-eligibility';
import type { SkillGraph } from 'src/matching/skill-graph';
import { SkillGraphProvider } from 'src/matching/skill-graph.provider';
import type { MatchCandidate } from 'src/matching/types';
import { VacancyPool } from 'src/matching/vacancy-pool';
import { requirementCodes } from 'src/search/language-codes';
import type { CandidateIndexProfile } from 'src/search/postgres/search-candidate.entity';
import { CandidateDocument, SEARCH_ENGINE, SearchEngine, type VacancyDocument } from 'src/search/search-engine';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { SeededRandom } from './seeded-random';
import { benchmark, BenchApp, importEscoInto, round } from './match/bench-app';
import { percentile } from './report';
import { insertProgramme, insertVacancies, insertVacancyPopulation } from './match/vacancies';
import { generateCandidate, insertCandidates, loadOccupations } from './match/world';

/**
 * `npm run bench:match`: at 10k, 100k and 1M generated candidates, p50 / p95 latency of
 * matchingCandidates (first 20, no totalCount) over 200 vacancies at the service, and
 * recall@20 against the exhaustive ranking (the same scorer over every candidate that passes
 * the hard filters, read from PostgreSQL) for 20 of them, with that scan's own latency; then
 * partnershipMatches for a programme of 50 vacancies, and matchingVacancies (first 20, no
 * totalCount) over 100,000 published vacancies for 100 candidates, with recall@20 against the
 * exhaustive ranking for 20 of them and the bounded retrieval of before as the baseline.
 */
const SIZES = (process.env.MATCH_BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const VACANCIES = Number(process.env.MATCH_BENCH_VACANCIES ?? 200);
const RECALL_VACANCIES = Number(process.env.MATCH_BENCH_RECALL_VACANCIES ?? 20);
const PROGRAMME_VACANCIES = 50;
const PROGRAMME_RUNS = 20;
const VACANCY_POPULATION = Number(process.env.MATCH_BENCH_VACANCY_POPULATION ?? 100_000);
const VACANCY_QUERIES = 100;
const BATCH = 5_000;
const SEED = 20261129;

const log = (line: string) => process.stderr.write(`${line}\n`);
const load = () => round(loadavg()[0]!, 2);

function summary(timings: number[]): { p50Ms: number; p95Ms: number; maxMs: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1)!) };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await run();
  return { ms: performance.now() - t0, result };
}

/**
 * The exhaustive ranking: every candidate of search_candidate that passes the destination,
 * language and EQF filters in SQL, read in pages, checked and scored one by one.
 */
async function exhaustiveTop(
  dataSource: DataSource,
  graphs: SkillGraphProvider,
  vacancies: VacanciesRepository,
  vacancyId: string,
  weights: BenchApp['config']['matching']['weights'],
): Promise<{ id: string; score: number }[]> {
  const vacancy = toMatchVacancy((await vacancies.factsById(vacancyId))!);
  const prepared = prepareVacancy(vacancy, await graphs.graph());
  const top: { id: string; score: number }[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await dataSource.query<
      {
        id: string;
        profile: CandidateIndexProfile;
        skill_nums: number[];
        destinations: string[];
        highest_eqf: number | null;
      }[]
    >(
      `SELECT id, profile, skill_nums, destinations, highest_eqf FROM search_candidate
       WHERE id > $1 AND (cardinality(destinations) = 0 OR $2::char(2) = ANY(destinations))
         AND language_codes @> $3::int[] AND ($4::int IS NULL OR highest_eqf >= $4::int)
       ORDER BY id LIMIT 50000`,
      [after, vacancy.memberState, requirementCodes(vacancy.languageRequirements), vacancy.minEqfLevel],
    );
    for (const r of rows) {
      const candidate: MatchCandidate = {
        desiredOccupations: r.profile.desired.map((d) => ({ num: d.o, iscoCode: d.i })),
        experience: r.profile.experience.map((e) => ({ num: e.o, iscoCode: e.i, years: e.y })),
        skillNums: r.skill_nums,
        languages: r.profile.languages.map((l) => ({ language: l.l, level: l.v })),
        highestEqfLevel: r.highest_eqf,
        preferredDestinations: r.destinations,
        credentials: [],
      };
      if (!passesHardFilters(vacancy, candidate) || !sharesEvidence(prepared, candidate)) continue;
      const score = scorePrepared(prepared, candidate, weights).score;
      if (top.length >= 21 && compareMatches({ id: r.id, score }, top[20]!) >= 0) continue;
      top.push({ id: r.id, score });
      top.sort(compareMatches);
      top.length = Math.min(top.length, 21);
    }
    if (rows.length < 50000) break;
    after = rows.at(-1)!.id;
  }
  return top.slice(0, 20);
}

/**
 * The exhaustive ranking of vacancies for a candidate: every row of search_vacancy, read in
 * pages, checked (hard filters, programme eligibility as the database decides it, shared
 * evidence) and scored one by one.
 */
async function exhaustiveVacancies(
  dataSource: DataSource,
  bench: BenchApp,
  document: CandidateDocument,
  graph: SkillGraph,
): Promise<{ id: string; score: number }[]> {
  const candidate = toMatchCandidate(document);
  const eligibility = bench.app.get<ProgrammeEligibility>(PROGRAMME_ELIGIBILITY);
  const top: { id: string; score: number }[] = [];
  const eligible = new Map<string, boolean>();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await dataSource.query<(Omit<VacancyDocument, 'publishedAt'> & { id: string })[]>(
      `SELECT id, occupation_num AS "occupationNum", isco_code AS "iscoCode", member_state AS "memberState",
         programme_id AS "programmeId", essential_skill_nums AS "essentialSkillNums",
         optional_skill_nums AS "optionalSkillNums", language_requirements AS "languageRequirements",
         min_eqf_level AS "minEqfLevel", min_experience_years AS "minExperienceYears"
       FROM search_vacancy WHERE id > $1 ORDER BY id LIMIT 20000`,
      [after],
    );
    for (const r of rows) {
      const prepared = prepareVacancy(
        toMatchVacancy({ ...r, employerId: '', title: '', description: '', occupationId: '' }),
        graph,
      );
      let eligibleForProgramme: boolean | undefined;
      if (r.programmeId) {
        if (!eligible.has(r.programmeId)) {
          const answer = await eligibility.programmesFor(document.id, [r.programmeId]);
          eligible.set(r.programmeId, answer.has(r.programmeId));
        }
        eligibleForProgramme = eligible.get(r.programmeId);
      }
      if (!passesHardFilters(prepared.vacancy, { ...candidate, eligibleForProgramme })) continue;
      if (!sharesEvidence(prepared, candidate)) continue;
      const score = scorePrepared(prepared, candidate, bench.config.matching.weights).score;
      if (top.length >= 21 && compareMatches({ id: r.id, score }, top[20]!) >= 0) continue;
      top.push({ id: r.id, score });
      top.sort(compareMatches);
      top.length = Math.min(top.length, 21);
    }
    if (rows.length < 20000) break;
    after = rows.at(-1)!.id;
  }
  return top.slice(0, 20);
}

async function measure(bench: BenchApp): Promise<object> {
  log(`Engine: ${bench.config.search.engine} on ${bench.engineLabel}`);
  let started = performance.now();
  await importEscoInto(bench.app);
  log(`Imported ESCO in ${round((performance.now() - started) / 1000, 1)} s`);

  const random = new SeededRandom(SEED);
  const occupations = (await loadOccupations(bench.dataSource)).filter((o) => o.essential.length >= 3);
  const { ids: vacancyIds } = await insertVacancies(bench.dataSource, random, occupations, VACANCIES);
  const programmeId = await insertProgramme(bench.dataSource, ['MA', 'TN', 'EG', 'NG']);
  const { ids: programmeVacancies } = await insertVacancies(
    bench.dataSource,
    random,
    occupations,
    PROGRAMME_VACANCIES,
    programmeId,
  );
  const engine = bench.app.get<SearchEngine>(SEARCH_ENGINE);
  const vacancies = bench.app.get(VacanciesRepository);
  await engine.upsertVacancies(await vacancies.indexable(programmeVacancies));
  const ranker = bench.app.get(MatchRanker);
  const pool = bench.app.get(CandidatePool);
  const graphs = bench.app.get(SkillGraphProvider);
  const weights = bench.config.matching.weights;

  const results: Record<string, number>[] = [];
  const partnership: Record<string, number>[] = [];
  const someCandidates: CandidateDocument[] = [];
  let population = 0;
  for (const size of SIZES) {
    started = performance.now();
    while (population < size) {
      const batch = Array.from({ length: Math.min(BATCH, size - population) }, () =>
        generateCandidate(random, occupations),
      );
      if (someCandidates.length < VACANCY_QUERIES) someCandidates.push(...batch.slice(0, VACANCY_QUERIES));
      await insertCandidates(bench.dataSource, batch);
      await engine.upsertCandidates(batch);
      population += batch.length;
      if (population % 100_000 === 0 || population === size) log(`  ${population} candidates`);
    }
    await bench.dataSource.query('ANALYZE');
    const generationSeconds = (performance.now() - started) / 1000;

    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const loaded = await timed(() => pool.reload());
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const report = pool.report();
    log(
      `  replica loaded in ${round(loaded.ms / 1000, 1)} s, ${round(report.typedArrayBytes / 2 ** 20, 1)} MiB typed arrays`,
    );

    for (const id of vacancyIds.slice(0, 10))
      await ranker.rankCandidates(id, { offset: 0, first: 20, withTotal: false });
    const loadBefore = load();
    const timings: number[] = [];
    for (const id of vacancyIds) {
      timings.push((await timed(() => ranker.rankCandidates(id, { offset: 0, first: 20, withTotal: false }))).ms);
    }
    // The in-memory search alone, without the database's round trips.
    const store = await pool.current();
    const graph = await graphs.graph();
    const searches: number[] = [];
    let drawn = 0;
    let scored = 0;
    for (const id of vacancyIds.slice(0, 50)) {
      const prepared = prepareVacancy(toMatchVacancy((await vacancies.factsById(id))!), graph);
      const t0 = performance.now();
      const result = exactTop(store, prepared, { k: 21, weights });
      searches.push(performance.now() - t0);
      drawn += result.touched;
      scored += result.scored;
    }
    const counted: number[] = [];
    for (const id of vacancyIds.slice(0, 50)) {
      counted.push((await timed(() => ranker.rankCandidates(id, { offset: 0, first: 20 }))).ms);
    }

    let recall = 0;
    const exhaustive: number[] = [];
    let worst = 20;
    for (const id of vacancyIds.slice(0, RECALL_VACANCIES)) {
      const scan = await timed(() => exhaustiveTop(bench.dataSource, graphs, vacancies, id, weights));
      exhaustive.push(scan.ms);
      const page = await ranker.rankCandidates(id, { offset: 0, first: 20, withTotal: false });
      const returned = new Set(page.rows.slice(0, 20).map((r) => r.item));
      const expected = scan.result;
      const hits = expected.filter((r) => returned.has(r.id)).length;
      worst = Math.min(worst, hits);
      recall += expected.length === 0 ? 1 : hits / expected.length;
    }

    const pairs: number[] = [];
    for (let i = 0; i < PROGRAMME_RUNS; i += 1) {
      pairs.push(
        (await timed(() => ranker.programmePairs(programmeId, { offset: 0, first: 20, withTotal: false }))).ms,
      );
    }

    const row = {
      candidates: size,
      ...summary(timings),
      recallAt20: round(recall / RECALL_VACANCIES, 4),
      worstHitsOf20: worst,
      exhaustiveP50Ms: summary(exhaustive).p50Ms,
      withTotalCountP50Ms: summary(counted).p50Ms,
      searchP50Ms: summary(searches).p50Ms,
      searchP95Ms: summary(searches).p95Ms,
      meanBounded: Math.round(drawn / searches.length),
      meanScored: Math.round(scored / searches.length),
      queries: timings.length,
      recallQueries: RECALL_VACANCIES,
      generationSeconds: round(generationSeconds, 1),
      replicaLoadSeconds: round(loaded.ms / 1000, 1),
      replicaTypedArrayMiB: round(report.typedArrayBytes / 2 ** 20, 1),
      replicaHeapMiB: round((heapAfter - heapBefore) / 2 ** 20, 1),
      rssMiB: round(process.memoryUsage().rss / 2 ** 20, 0),
      loadAverage: [loadBefore, load()],
    };
    results.push(row as unknown as Record<string, number>);
    const pairRow = {
      candidates: size,
      programmeVacancies: PROGRAMME_VACANCIES,
      runs: PROGRAMME_RUNS,
      ...summary(pairs),
    };
    partnership.push(pairRow);
    log(
      `${size.toLocaleString('en')} candidates: p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms, recall@20 ${row.recallAt20} ` +
        `(worst ${worst}/20); in memory p50 ${row.searchP50Ms} ms, p95 ${row.searchP95Ms} ms, ` +
        `${row.meanBounded} bounded, ${row.meanScored} scored; exhaustive p50 ${row.exhaustiveP50Ms} ms; with totalCount p50 ${row.withTotalCountP50Ms} ms; ` +
        `partnershipMatches p50 ${pairRow.p50Ms} ms, p95 ${pairRow.p95Ms} ms; load ${row.loadAverage.join(' ')}`,
    );
  }

  // matchingVacancies: published vacancies from the candidates' side.
  if (VACANCY_POPULATION === 0)
    return { benchmark: 'match', date: new Date().toISOString(), results, partnershipMatches: partnership };
  started = performance.now();
  await insertVacancyPopulation(bench.dataSource, engine, vacancies, occupations, VACANCY_POPULATION);
  await bench.dataSource.query('ANALYZE');
  log(`  ${VACANCY_POPULATION} vacancies in ${round((performance.now() - started) / 1000, 1)} s`);
  const vacancyPool = bench.app.get(VacancyPool);
  global.gc?.();
  const vacancyHeapBefore = process.memoryUsage().heapUsed;
  const vacancyLoaded = await timed(() => vacancyPool.reload());
  global.gc?.();
  const vacancyHeapAfter = process.memoryUsage().heapUsed;
  const vacancyReport = vacancyPool.report();
  log(
    `  vacancy replica loaded in ${round(vacancyLoaded.ms / 1000, 1)} s, ` +
      `${round(vacancyReport.typedArrayBytes / 2 ** 20, 1)} MiB typed arrays`,
  );
  const first20 = { offset: 0, first: 20, withTotal: false };
  // The bounded retrieval the Meilisearch engine still uses, through PostgreSQL: the baseline.
  const bounded = (d: CandidateDocument) => ranker.vacanciesFor(d, first20, null);
  for (const d of someCandidates.slice(0, 10)) {
    await ranker.vacanciesFor(d, first20);
    await bounded(d);
  }
  const vacancyLoad = load();
  const vacancyTimings: number[] = [];
  for (const d of someCandidates) vacancyTimings.push((await timed(() => ranker.vacanciesFor(d, first20))).ms);
  const boundedTimings: number[] = [];
  for (const d of someCandidates) boundedTimings.push((await timed(() => bounded(d))).ms);
  const withTotal: number[] = [];
  for (const d of someCandidates.slice(0, 50)) {
    withTotal.push((await timed(() => ranker.vacanciesFor(d, { offset: 0, first: 20 }))).ms);
  }
  // The in-memory search alone, without the database's round trips.
  const vacancyStore = await vacancyPool.current();
  const graph = await graphs.graph();
  const vacancySearches: number[] = [];
  let vacanciesBounded = 0;
  let vacanciesScored = 0;
  for (const d of someCandidates.slice(0, 50)) {
    const t0 = performance.now();
    const result = exactVacancies(vacancyStore, toMatchCandidate(d), graph, { k: 21, weights });
    vacancySearches.push(performance.now() - t0);
    vacanciesBounded += result.touched;
    vacanciesScored += result.scored;
  }
  let vacancyRecall = 0;
  let boundedRecall = 0;
  let vacancyWorst = 20;
  const vacancyExhaustive: number[] = [];
  const recallCandidates = someCandidates.slice(0, RECALL_VACANCIES);
  for (const d of recallCandidates) {
    const scan = await timed(() => exhaustiveVacancies(bench.dataSource, bench, d, graph));
    vacancyExhaustive.push(scan.ms);
    const recallOf = (page: { rows: { item: string }[] }) => {
      const returned = new Set(page.rows.slice(0, 20).map((r) => r.item));
      const hits = scan.result.filter((r) => returned.has(r.id)).length;
      return { hits, recall: scan.result.length === 0 ? 1 : hits / scan.result.length };
    };
    const exact = recallOf(await ranker.vacanciesFor(d, first20));
    vacancyWorst = Math.min(vacancyWorst, exact.hits);
    vacancyRecall += exact.recall;
    boundedRecall += recallOf(await bounded(d)).recall;
  }
  const matchingVacancies = {
    vacancies: VACANCY_POPULATION + VACANCIES + PROGRAMME_VACANCIES,
    queries: vacancyTimings.length,
    ...summary(vacancyTimings),
    recallAt20: round(vacancyRecall / recallCandidates.length, 4),
    worstHitsOf20: vacancyWorst,
    recallQueries: recallCandidates.length,
    exhaustiveP50Ms: summary(vacancyExhaustive).p50Ms,
    withTotalCountP50Ms: summary(withTotal).p50Ms,
    searchP50Ms: summary(vacancySearches).p50Ms,
    searchP95Ms: summary(vacancySearches).p95Ms,
    meanBounded: Math.round(vacanciesBounded / vacancySearches.length),
    meanScored: Math.round(vacanciesScored / vacancySearches.length),
    boundedRetrieval: {
      ...summary(boundedTimings),
      recallAt20: round(boundedRecall / recallCandidates.length, 4),
    },
    replicaLoadSeconds: round(vacancyLoaded.ms / 1000, 1),
    replicaTypedArrayMiB: round(vacancyReport.typedArrayBytes / 2 ** 20, 1),
    replicaHeapMiB: round((vacancyHeapAfter - vacancyHeapBefore) / 2 ** 20, 1),
    rssMiB: round(process.memoryUsage().rss / 2 ** 20, 0),
    loadAverage: [vacancyLoad, load()],
  };
  log(
    `matchingVacancies over ${matchingVacancies.vacancies} vacancies: p50 ${matchingVacancies.p50Ms} ms, ` +
      `p95 ${matchingVacancies.p95Ms} ms, recall@20 ${matchingVacancies.recallAt20} (worst ${vacancyWorst}/20); ` +
      `in memory p50 ${matchingVacancies.searchP50Ms} ms, p95 ${matchingVacancies.searchP95Ms} ms, ` +
      `${matchingVacancies.meanBounded} bounded, ${matchingVacancies.meanScored} scored; ` +
      `exhaustive p50 ${matchingVacancies.exhaustiveP50Ms} ms; with totalCount p50 ${matchingVacancies.withTotalCountP50Ms} ms; ` +
      `bounded retrieval p50 ${matchingVacancies.boundedRetrieval.p50Ms} ms, p95 ${matchingVacancies.boundedRetrieval.p95Ms} ms, ` +
      `recall@20 ${matchingVacancies.boundedRetrieval.recallAt20}; load ${matchingVacancies.loadAverage.join(' ')}`,
  );

  return {
    benchmark: 'match',
    date: new Date().toISOString(),
    engine: `${bench.config.search.engine} (${bench.engineLabel})`,
    seed: SEED,
    vacancies: VACANCIES,
    results,
    partnershipMatches: partnership,
    matchingVacancies,
  };
}

benchmark('match', measure);
