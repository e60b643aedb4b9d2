import 'reflect-metadata';
import { CandidateDocument } from 'src/search/search-engine';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { SeededRandom } from './seeded-random';
import { benchmark, BenchApp, importEscoInto, round } from './match/bench-app';
import { percentile } from './report';
import { generateCandidate, insertCandidates, loadOccupations } from './match/world';

/**
 * `npm run bench:index`: (1) indexing throughput — 100,000 real candidate profiles queued
 * in the outbox and drained through the production handler into the PostgreSQL engine;
 * (2) outbox lag — consent changes at a steady rate while the worker runs, lag measured
 * from each row's creation to its application.
 */
const CANDIDATES = Number(process.env.INDEX_BENCH_CANDIDATES ?? 100_000);
const WRITES_PER_SECOND = Number(process.env.INDEX_BENCH_RATE ?? 50);
const LOAD_SECONDS = Number(process.env.INDEX_BENCH_SECONDS ?? 20);

/** Profile lists as real rows: skills, languages and the desired occupation. */
async function insertProfileLists(bench: BenchApp, documents: CandidateDocument[]) {
  const rows = documents.map((d) => ({
    id: d.id,
    skills: d.skillNums,
    languages: d.languages,
    occupation: d.desired[0]!.num,
  }));
  const json = JSON.stringify(rows);
  await bench.dataSource.query(
    `INSERT INTO candidate_skill (profile_id, skill_id, position)
     SELECT r.id, k.id, (row_number() OVER (PARTITION BY r.id))::smallint
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, skills int[]) CROSS JOIN LATERAL unnest(r.skills) AS n JOIN skill k ON k.num = n`,
    [json],
  );
  await bench.dataSource.query(
    `INSERT INTO candidate_language (profile_id, language, level, position)
     SELECT r.id, l->>'language', (l->>'level')::candidate_language_level, (row_number() OVER (PARTITION BY r.id))::smallint
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, languages jsonb) CROSS JOIN LATERAL jsonb_array_elements(r.languages) l`,
    [json],
  );
  await bench.dataSource.query(
    `INSERT INTO candidate_desired_occupation (profile_id, occupation_id, position)
     SELECT r.id, o.id, 0 FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, occupation int) JOIN occupation o ON o.num = r.occupation`,
    [json],
  );
}

async function measure(bench: BenchApp): Promise<object> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await importEscoInto(bench.app);
  const random = new SeededRandom(20261131);
  const occupations = (await loadOccupations(bench.dataSource)).filter((o) => o.essential.length >= 3);
  const ids: string[] = [];
  for (let n = 0; n < CANDIDATES; n += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, CANDIDATES - n) }, () => generateCandidate(random, occupations));
    await insertCandidates(bench.dataSource, batch);
    await insertProfileLists(bench, batch);
    ids.push(...batch.map((d) => d.id));
  }
  await bench.dataSource.query('ANALYZE');
  log(`${CANDIDATES} profiles written on ${bench.engineLabel}`);

  // 1. Throughput: every profile queued, then drained through the real handler.
  await bench.dataSource.query(
    `INSERT INTO search_outbox (topic, entity_id) SELECT 'candidate', id FROM candidate_profile`,
  );
  const worker = bench.app.get(OutboxWorker);
  let started = performance.now();
  await worker.drain(3_600_000);
  const drainSeconds = (performance.now() - started) / 1000;
  const [{ indexed }] = await bench.dataSource.query<[{ indexed: number }]>(
    `SELECT count(*)::int AS indexed FROM search_candidate`,
  );
  const throughput = indexed / drainSeconds;
  log(`indexed ${indexed} candidates in ${round(drainSeconds, 1)} s: ${Math.round(throughput)} documents/s`);

  // 2. Lag under a steady write load, with the worker polling as in production.
  await bench.dataSource.query(`DELETE FROM search_outbox`);
  bench.config.search.outbox.worker = true;
  worker.onApplicationBootstrap();
  const interval = 1000 / WRITES_PER_SECOND;
  started = performance.now();
  let writes = 0;
  while (performance.now() - started < LOAD_SECONDS * 1000) {
    const id = ids[writes % ids.length]!;
    await bench.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE candidate_profile SET visible = NOT visible, updated_at = now() WHERE id = $1`, [id]);
      await manager.query(`INSERT INTO search_outbox (topic, entity_id) VALUES ('candidate', $1)`, [id]);
    });
    writes += 1;
    const next = started + writes * interval;
    const wait = next - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  for (let i = 0; i < 200; i += 1) {
    const [{ pending }] = await bench.dataSource.query<[{ pending: number }]>(
      `SELECT count(*)::int AS pending FROM search_outbox WHERE processed_at IS NULL`,
    );
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await worker.beforeApplicationShutdown();
  const lags = (
    await bench.dataSource.query<{ ms: number }[]>(
      `SELECT (extract(epoch FROM processed_at - created_at) * 1000)::float8 AS ms FROM search_outbox WHERE processed_at IS NOT NULL`,
    )
  )
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const lag = {
    writesPerSecond: round(writes / LOAD_SECONDS, 1),
    changes: lags.length,
    p50Ms: round(percentile(lags, 50)),
    p95Ms: round(percentile(lags, 95)),
    maxMs: round(lags.at(-1) ?? NaN),
    pollMs: bench.config.search.outbox.pollMs,
  };
  log(`lag at ${lag.writesPerSecond} writes/s: p50 ${lag.p50Ms} ms, p95 ${lag.p95Ms} ms, max ${lag.maxMs} ms`);

  return {
    benchmark: 'index',
    date: new Date().toISOString(),
    engine: `${bench.config.search.engine} (${bench.engineLabel})`,
    candidates: CANDIDATES,
    indexing: { documents: indexed, seconds: round(drainSeconds, 1), documentsPerSecond: Math.round(throughput) },
    lag,
  };
}

benchmark('index', measure);
