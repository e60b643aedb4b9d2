import 'reflect-metadata';
import { toMatchCandidate, toMatchVacancy } from 'src/matching/document-facts';
import { passesHardFilters } from 'src/matching/hard-filters';
import { MatchRanker } from 'src/matching/match-ranker';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared } from 'src/matching/scoring';
import { requirementCodes } from 'src/search/language-codes';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { SeededRandom } from './seeded-random';
import { benchmark, BenchApp, importEscoInto, round } from './match/bench-app';
import { percentile } from './report';
import { insertVacancies } from './match/vacancies';
import { generateCandidate, insertCandidates, loadOccupations } from './match/world';

/**
 * `npm run bench:match`: p50 / p95 latency of the two-stage match (first 20) over 200
 * vacancies at 10k, 100k and 1M generated candidates on the real engine, against a naive
 * scan that scores every candidate passing the hard filters.
 */
const SIZES = (process.env.MATCH_BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const VACANCIES = Number(process.env.MATCH_BENCH_VACANCIES ?? 200);
const NAIVE_QUERIES: Record<number, number> = { 10_000: 20, 100_000: 10, 1_000_000: 3 };
const BATCH = 5_000;
const SEED = 20261129;

async function measure(bench: BenchApp): Promise<object> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`Engine: ${bench.config.search.engine} on ${bench.engineLabel}`);
  let started = performance.now();
  await importEscoInto(bench.app);
  log(`Imported ESCO in ${round((performance.now() - started) / 1000, 1)} s`);

  const random = new SeededRandom(SEED);
  const occupations = (await loadOccupations(bench.dataSource)).filter((o) => o.essential.length >= 3);
  const { ids: vacancyIds } = await insertVacancies(bench.dataSource, random, occupations, VACANCIES);
  const engine = bench.app.get<SearchEngine>(SEARCH_ENGINE);
  const ranker = bench.app.get(MatchRanker);
  const vacancies = bench.app.get(VacanciesRepository);

  const results: { candidates: number; p50Ms: number; p95Ms: number; [key: string]: number }[] = [];
  let population = 0;
  for (const size of SIZES) {
    started = performance.now();
    while (population < size) {
      const batch = Array.from({ length: Math.min(BATCH, size - population) }, () =>
        generateCandidate(random, occupations),
      );
      await insertCandidates(bench.dataSource, batch);
      await engine.upsertCandidates(batch);
      population += batch.length;
      if (population % 50_000 === 0 || population === size) log(`  ${population} candidates`);
    }
    await bench.dataSource.query('ANALYZE');
    const generationSeconds = (performance.now() - started) / 1000;

    for (const id of vacancyIds.slice(0, 10)) await ranker.rankCandidates(id, { offset: 0, first: 20 });
    const timings: number[] = [];
    let retrieved = 0;
    for (const id of vacancyIds) {
      const t0 = performance.now();
      const page = await ranker.rankCandidates(id, { offset: 0, first: 20 });
      timings.push(performance.now() - t0);
      retrieved += page.total;
    }
    timings.sort((a, b) => a - b);

    const naive: number[] = [];
    for (const id of vacancyIds.slice(0, NAIVE_QUERIES[size] ?? 3)) {
      const t0 = performance.now();
      const vacancy = toMatchVacancy((await vacancies.factsById(id))!);
      const prepared = prepareVacancy(vacancy);
      const codes = requirementCodes(vacancy.languageRequirements);
      // Every candidate the hard filters let through, scored one by one.
      const rows = await bench.dataSource.query<
        { id: string; profile: any; skill_nums: number[]; destinations: string[]; highest_eqf: number | null }[]
      >(
        `SELECT id, profile, skill_nums, destinations, highest_eqf FROM search_candidate
         WHERE (cardinality(destinations) = 0 OR 'DE' = ANY(destinations)) AND language_codes @> $1::int[]`,
        [codes],
      );
      const scored = rows.flatMap((r) => {
        const candidate = toMatchCandidate({
          id: r.id,
          citizenship: '',
          residenceCountry: '',
          destinations: r.destinations,
          languages: r.profile.languages.map((l: { l: string; v: string }) => ({ language: l.l, level: l.v })),
          highestEqf: r.highest_eqf,
          yearsOfExperience: 0,
          skillNums: r.skill_nums,
          desired: r.profile.desired.map((d: { o: number; i: string }) => ({ num: d.o, iscoCode: d.i })),
          experience: r.profile.experience.map((e: { o: number; i: string; y: number }) => ({
            num: e.o,
            iscoCode: e.i,
            years: e.y,
          })),
          credentials: [],
          availableFrom: null,
        });
        if (!passesHardFilters(vacancy, candidate)) return [];
        return [{ id: r.id, score: scorePrepared(prepared, candidate).score }];
      });
      scored.sort(compareMatches);
      naive.push(performance.now() - t0);
    }
    naive.sort((a, b) => a - b);

    const row = {
      candidates: size,
      generationSeconds: round(generationSeconds, 1),
      queries: timings.length,
      p50Ms: round(percentile(timings, 50)),
      p95Ms: round(percentile(timings, 95)),
      maxMs: round(timings.at(-1) ?? NaN),
      meanMatchingCandidates: Math.round(retrieved / timings.length),
      naiveQueries: naive.length,
      naiveP50Ms: round(percentile(naive, 50)),
      naiveOverPipelineP50: round(percentile(naive, 50) / percentile(timings, 50), 1),
    };
    results.push(row);
    log(
      `${size.toLocaleString('en')} candidates: p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms; naive scan p50 ${row.naiveP50Ms} ms (${row.naiveOverPipelineP50}x)`,
    );
  }

  const growth = results.slice(1).map((r, i) => ({
    from: results[i]!.candidates,
    to: r.candidates,
    p95Factor: round(r.p95Ms / results[i]!.p95Ms, 2),
  }));
  return {
    benchmark: 'match',
    date: new Date().toISOString(),
    engine: `${bench.config.search.engine} (${bench.engineLabel})`,
    seed: SEED,
    vacancies: VACANCIES,
    retrievalLimit: bench.config.matching.retrievalLimit,
    results,
    growth,
  };
}

benchmark('match', measure);
