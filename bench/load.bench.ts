import 'reflect-metadata';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from 'src/app.factory';
import { TokenService } from 'src/auth/token.service';
import { CandidatePool } from 'src/matching/candidate-pool';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import type { LoadPass, LoadResult } from './load-generator';
import { metricsMicrosPerRequest } from './metrics-cost';
import { SeededRandom } from './seeded-random';
import { benchmark, BenchApp, importEscoInto, round } from './match/bench-app';
import { insertVacancies } from './match/vacancies';
import { generateCandidate, insertCandidates, loadOccupations } from './match/world';

/**
 * `npm run bench:load`: GraphQL `matchingCandidates` (first 20) over HTTP, 20 vacancies in
 * turn, at 100,000 and then 1,000,000 generated candidates, 10 connections; the load
 * generator runs in a process of its own. At the first size also: the same with
 * `totalCount`, 50 connections, and the cheapest query (`about`), each against an instance
 * with metrics off and one with metrics on, in the order off, on, on, off (what metrics cost).
 */
const SIZES = (process.env.LOAD_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.LOAD_BENCH_SECONDS ?? 20);
/** LOAD_BENCH_COMPARISONS=false skips the metrics comparisons (a quicker run of the sizes alone). */
const COMPARISONS = process.env.LOAD_BENCH_COMPARISONS !== 'false';
const WARMUP_SECONDS = Math.min(5, SECONDS);
const QUERY = `query ($id: ID!) { matchingCandidates(vacancyId: $id, first: 20) {
  edges { node { score candidate { id } breakdown { essentialSkills } matchedSkills { id } } } } }`;
const COUNTED = `query ($id: ID!) { matchingCandidates(vacancyId: $id, first: 20) {
  totalCount edges { node { score candidate { id } breakdown { essentialSkills } matchedSkills { id } } } } }`;

async function measure(bench: BenchApp): Promise<object> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await importEscoInto(bench.app);
  const random = new SeededRandom(20261130);
  const occupations = (await loadOccupations(bench.dataSource)).filter((o) => o.essential.length >= 3);
  const { ids, ownerId } = await insertVacancies(bench.dataSource, random, occupations, 20);
  const engine = bench.app.get<SearchEngine>(SEARCH_ENGINE);
  let population = 0;
  const grow = async (size: number) => {
    for (; population < size; population += 5_000) {
      const batch = Array.from({ length: Math.min(5_000, size - population) }, () =>
        generateCandidate(random, occupations),
      );
      await insertCandidates(bench.dataSource, batch);
      await engine.upsertCandidates(batch);
    }
    await bench.dataSource.query('ANALYZE');
    log(`${size} candidates on ${bench.engineLabel}`);
  };
  await grow(SIZES[0]!);

  const token = bench.app.get(TokenService).sign(ownerId, Date.now(), 3600);
  const matching = { name: 'matchingCandidates', query: QUERY, variables: ids.map((id) => ({ id })) };
  const counted = { name: 'matchingCandidates with totalCount', query: COUNTED, variables: ids.map((id) => ({ id })) };
  const about = { name: 'about', query: '{ about { name version } }', variables: [{}] };

  // Two instances of the application on the same database, one collecting metrics and one not.
  const apps = { off: await listening(bench, false), on: await listening(bench, true) };
  try {
    for (const app of Object.values(apps)) {
      const probe = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { id: ids[0] } }),
      });
      const answer = (await probe.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(`matchingCandidates failed: ${JSON.stringify(answer.errors)}`);
    }
    // Both instances compile their hot paths before anything is measured.
    for (const app of Object.values(apps)) {
      for (const workload of [matching, about]) await pass(app.url, token, workload, 10, 'on', WARMUP_SECONDS);
    }
    const runs: Run[] = [];
    const results: object[] = [];
    const measureSize = async (size: number) => {
      const run = await pass(apps.on.url, token, matching, 10, 'on');
      runs.push(run);
      const { requestsPerSecond, latencyP50Ms, latencyP99Ms, errors, loadAverage } = run;
      results.push({
        candidates: size,
        connections: 10,
        requestsPerSecond,
        latencyP50Ms,
        latencyP99Ms,
        errors,
        loadAverage,
      });
      log(
        `${size} candidates, 10 connections: ${requestsPerSecond} req/s, p50 ${latencyP50Ms} ms, p99 ${latencyP99Ms} ms, ` +
          `errors ${errors}, load ${loadAverage.join(' ')}`,
      );
    };
    await measureSize(SIZES[0]!);
    const comparisons = [];
    const metricsMicros = await metricsMicrosPerRequest(QUERY);
    log(`metrics work: ${round(metricsMicros, 2)} µs of CPU per request`);
    const workloads = [
      [matching, 10],
      [counted, 10],
      [matching, 50],
      [about, 10],
    ] as const;
    for (const [workload, connections] of COMPARISONS ? workloads : []) {
      // Off, on, on, off: a machine that gets busier or quieter during the passes favours neither.
      const pair: Record<'off' | 'on', Run[]> = { off: [], on: [] };
      for (const metrics of ['off', 'on', 'on', 'off'] as const) {
        const run = await pass(apps[metrics].url, token, workload, connections, metrics);
        pair[metrics].push(run);
        runs.push(run);
        log(
          `${workload.name}, ${connections} connections, metrics ${metrics}: ${run.requestsPerSecond} req/s, ` +
            `p50 ${run.latencyP50Ms} ms, p99 ${run.latencyP99Ms} ms, server CPU ${run.serverCpuMsPerRequest} ms/request, ` +
            `errors ${run.errors}, load ${run.loadAverage.join(' ')}`,
        );
      }
      const mean = (list: Run[], key: 'requestsPerSecond' | 'serverCpuMsPerRequest') =>
        list.reduce((sum, r) => sum + r[key], 0) / list.length;
      const off = mean(pair.off, 'requestsPerSecond');
      const on = mean(pair.on, 'requestsPerSecond');
      const comparison = {
        query: workload.name,
        connections,
        requestsPerSecondOff: round(off, 1),
        requestsPerSecondOn: round(on, 1),
        metricsCostPercent: round(((off - on) / off) * 100, 1),
        serverCpuMsPerRequestOff: round(mean(pair.off, 'serverCpuMsPerRequest'), 3),
        serverCpuMsPerRequestOn: round(mean(pair.on, 'serverCpuMsPerRequest'), 3),
        // What the in-process measurement makes of it: the metrics' CPU over a request's CPU.
        metricsCpuPercent: round((metricsMicros / 1000 / mean(pair.off, 'serverCpuMsPerRequest')) * 100, 2),
      };
      comparisons.push(comparison);
      log(
        `${workload.name}, ${connections} connections: metrics cost ${comparison.metricsCostPercent} % of throughput`,
      );
    }
    for (const size of SIZES.slice(1)) {
      await grow(size);
      // Both instances read the grown index afresh, as a new instance would at boot.
      for (const app of Object.values(apps)) await app.app.get(CandidatePool).reload();
      for (const app of Object.values(apps)) await pass(app.url, token, matching, 10, 'on', WARMUP_SECONDS);
      await measureSize(size);
    }
    return {
      benchmark: 'load',
      date: new Date().toISOString(),
      engine: bench.engineLabel,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
      seconds: SECONDS,
      results,
      metricsMicrosPerRequest: round(metricsMicros, 2),
      comparisons,
      runs,
    };
  } finally {
    await apps.off.app.close();
    await apps.on.app.close();
  }
}

interface Workload {
  name: string;
  query: string;
  variables: Record<string, unknown>[];
}

interface Run extends LoadResult {
  query: string;
  connections: number;
  metrics: 'off' | 'on';
  seconds: number;
  /** CPU time of the server process (both application instances) per request answered. */
  serverCpuMsPerRequest: number;
  /** 1-minute load average before and after the pass: the machine is shared. */
  loadAverage: [number, number];
}

/** Another instance of the application on the benchmark's database, with metrics on or off. */
async function listening(bench: BenchApp, metrics: boolean): Promise<{ app: NestExpressApplication; url: string }> {
  const config = {
    ...bench.config,
    observability: { ...bench.config.observability, metrics: { enabled: metrics } },
  };
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}` };
}

/** One pass of the load generator, forked into its own process, against `url`. */
async function pass(
  url: string,
  token: string,
  workload: Workload,
  connections: number,
  metrics: 'off' | 'on',
  seconds = SECONDS,
): Promise<Run> {
  const loadBefore = loadavg()[0]!;
  const cpuBefore = process.cpuUsage();
  const child = fork(join(__dirname, 'load-generator.js'), { stdio: 'inherit' });
  const request: LoadPass = {
    url: `${url}/graphql`,
    token,
    query: workload.query,
    variables: workload.variables,
    connections,
    seconds,
  };
  child.send(request);
  const [result] = (await once(child, 'message')) as [LoadResult];
  const cpu = process.cpuUsage(cpuBefore);
  return {
    query: workload.name,
    connections,
    metrics,
    seconds,
    ...result,
    requestsPerSecond: round(result.requestsPerSecond, 1),
    serverCpuMsPerRequest: round((cpu.user + cpu.system) / 1000 / Math.max(1, result.requests), 3),
    loadAverage: [round(loadBefore, 2), round(loadavg()[0]!, 2)],
  };
}

benchmark('load', measure, { LOG_LEVEL: 'error' });
