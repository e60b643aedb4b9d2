import 'reflect-metadata';
import autocannon from 'autocannon';
import { TokenService } from 'src/auth/token.service';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { SeededRandom } from './seeded-random';
import { benchmark, BenchApp, importEscoInto, round } from './match/bench-app';
import { insertVacancies } from './match/vacancies';
import { generateCandidate, insertCandidates, loadOccupations } from './match/world';

/**
 * `npm run bench:load`: GraphQL `matchingCandidates` (first 20) over HTTP against 100,000
 * generated candidates, 20 vacancies in turn, at 10 and then 50 concurrent connections.
 */
const CANDIDATES = Number(process.env.LOAD_BENCH_CANDIDATES ?? 100_000);
const SECONDS = Number(process.env.LOAD_BENCH_SECONDS ?? 20);
const QUERY = `query ($id: ID!) { matchingCandidates(vacancyId: $id, first: 20) {
  totalCount edges { node { score candidate { id } breakdown { essentialSkills } matchedSkills { id } } } } }`;

async function measure(bench: BenchApp): Promise<object> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await importEscoInto(bench.app);
  const random = new SeededRandom(20261130);
  const occupations = (await loadOccupations(bench.dataSource)).filter((o) => o.essential.length >= 3);
  const { ids, ownerId } = await insertVacancies(bench.dataSource, random, occupations, 20);
  const engine = bench.app.get<SearchEngine>(SEARCH_ENGINE);
  for (let n = 0; n < CANDIDATES; n += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, CANDIDATES - n) }, () => generateCandidate(random, occupations));
    await insertCandidates(bench.dataSource, batch);
    await engine.upsertCandidates(batch);
  }
  await bench.dataSource.query('ANALYZE');
  log(`${CANDIDATES} candidates on ${bench.engineLabel}`);

  await bench.app.listen(0, '127.0.0.1');
  const address = bench.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const token = bench.app.get(TokenService).sign(ownerId, Date.now(), 3600);
  const probe = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, variables: { id: ids[0] } }),
  });
  const answer = (await probe.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`matchingCandidates failed: ${JSON.stringify(answer.errors)}`);
  let turn = 0;
  const runs = [];
  for (const connections of [10, 50]) {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/graphql`,
      connections,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ query: QUERY, variables: { id: ids[turn++ % ids.length] } }),
          }),
        },
      ],
    });
    const run = {
      connections,
      seconds: SECONDS,
      requests: result.requests.total,
      requestsPerSecond: round(result.requests.average, 1),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
    runs.push(run);
    log(
      `${connections} connections: ${run.requestsPerSecond} req/s, p50 ${run.latencyP50Ms} ms, p99 ${run.latencyP99Ms} ms, errors ${run.errors}`,
    );
  }
  return {
    benchmark: 'load',
    date: new Date().toISOString(),
    engine: bench.engineLabel,
    candidates: CANDIDATES,
    runs,
  };
}

benchmark('load', measure, { LOG_LEVEL: 'error' });
