import 'reflect-metadata';
import { loadavg } from 'node:os';
import { QueryRunner } from 'typeorm';
import { AuthService } from 'src/auth/auth.service';
import { Role } from 'src/auth/role';
import { runSeed } from 'src/seed/seed';
import { BenchApp, benchmark, round } from './match/bench-app';
import { percentile } from './report';

/**
 * `npm run bench:abuse`: the attacks the hardening pass measured, against the real server
 * with its default limits (one trusted proxy hop, so requests can come from many addresses):
 * a 40-guess login burst, two thousand aliased searches, a registration flood from one
 * address and from many, 200 aliased sign-ups, and an exhausted connection pool.
 */
const PASSWORD = 'correct horse battery staple';

interface Answer {
  status: number;
  code: string;
  limit?: string;
  ms: number;
}

async function measure(bench: BenchApp): Promise<object> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await runSeed(bench.app);
  await bench.app.listen(0, '127.0.0.1');
  const address = bench.app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const send = async (query: string, variables: Record<string, unknown>, ip: string): Promise<Answer> => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions: { code: string; limit?: string } }[] };
    const first = body.errors?.[0]?.extensions;
    return {
      status: response.status,
      code: first?.code ?? 'OK',
      limit: first?.limit,
      ms: performance.now() - started,
    };
  };
  const LOGIN = `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
  const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
  const auth = bench.app.get(AuthService);
  /** How many answers of each code (and limit, for refusals). */
  const tally = (answers: Answer[]) =>
    answers.reduce<Record<string, number>>((all, a) => {
      const key = a.limit ? `${a.code} (${a.limit})` : a.code;
      return { ...all, [key]: (all[key] ?? 0) + 1 };
    }, {});

  // 1. Forty guesses at once for one account, the right password among them.
  const victim = await auth.createUser('victim@example.org', PASSWORD, Role.CANDIDATE, null);
  let started = performance.now();
  const burst = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      send(LOGIN, { e: victim.email, p: i === 37 ? PASSWORD : `guess number ${i}` }, '198.51.100.1'),
    ),
  );
  const burstResult = {
    attempts: 40,
    answers: tally(burst),
    passwordsChecked: burst.filter((a) => a.code !== 'RATE_LIMITED').length,
    ms: Math.round(performance.now() - started),
    loadAverage: round(loadavg()[0]!),
  };
  log(`login burst: ${JSON.stringify(burstResult)}`);

  // 2. Two thousand aliased searches in one anonymous request, and ten such requests at once.
  const aliased = `query($q:String){${Array.from({ length: 2000 }, (_, i) => `s${i}:occupations(search:$q,first:1){totalCount}`).join(' ')}}`;
  const one = await send(aliased, { q: 'welder' }, '198.51.100.2');
  started = performance.now();
  const ten = await Promise.all(
    Array.from({ length: 10 }, (_, i) => send(aliased, { q: 'nurse' }, `198.51.100.${10 + i}`)),
  );
  const healthStarted = performance.now();
  const health = await fetch(`${base}/health`);
  const aliasResult = {
    one: { status: one.status, code: one.code, limit: one.limit, ms: round(one.ms, 1) },
    tenAtOnce: { answers: tally(ten), ms: Math.round(performance.now() - started) },
    healthAfter: { status: health.status, ms: round(performance.now() - healthStarted, 1) },
    loadAverage: round(loadavg()[0]!),
  };
  log(`aliased searches: ${JSON.stringify(aliasResult)}`);

  // 3. Registration floods, while an ordinary reader and an ordinary login are timed.
  await auth.createUser('ordinary@example.org', PASSWORD, Role.EMPLOYER, null);
  const flood = async (addresses: (i: number) => string, label: string) => {
    const ordinary = { query: [] as number[], login: [] as number[] };
    let flooding = true;
    const observer = (async () => {
      while (flooding) {
        ordinary.query.push((await send('{ occupations(first: 5) { totalCount } }', {}, '192.0.2.200')).ms);
        ordinary.login.push((await send(LOGIN, { e: 'ordinary@example.org', p: PASSWORD }, '192.0.2.201')).ms);
        // Well under the anonymous request limit of the observer's address.
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const floodStarted = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        send(
          REGISTER,
          { input: { email: `${label}-${i}@example.org`, password: PASSWORD, role: 'CANDIDATE' } },
          addresses(i),
        ),
      ),
    );
    const ms = Math.round(performance.now() - floodStarted);
    flooding = false;
    await observer;
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    return {
      registrations: 300,
      answers: tally(answers),
      ms,
      ordinaryQueryMs: {
        p50: round(percentile(sorted(ordinary.query), 50), 1),
        max: round(Math.max(...ordinary.query), 1),
      },
      ordinaryLoginMs: {
        p50: round(percentile(sorted(ordinary.login), 50), 1),
        max: round(Math.max(...ordinary.login), 1),
      },
      loadAverage: round(loadavg()[0]!),
    };
  };
  const fromOne = await flood(() => '203.0.113.1', 'one');
  log(`registration flood from one address: ${JSON.stringify(fromOne)}`);
  const fromMany = await flood((i) => `10.${Math.floor(i / 250)}.${i % 250}.1`, 'many');
  log(`registration flood from 300 addresses: ${JSON.stringify(fromMany)}`);

  // 4. Two hundred aliased sign-ups in one request.
  const signUps = `mutation { ${Array.from(
    { length: 200 },
    (_, i) =>
      `r${i}: register(input: { email: "alias-${i}@example.org", password: "${PASSWORD}", role: CANDIDATE }) { accessToken }`,
  ).join(' ')} }`;
  const aliasedSignUps = await send(signUps, {}, '203.0.113.50');
  const made = await bench.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM users WHERE email LIKE 'alias-%'`,
  );
  const signUpResult = { ...aliasedSignUps, ms: round(aliasedSignUps.ms, 1), accountsCreated: made[0]!.n };
  log(`200 aliased sign-ups: ${JSON.stringify(signUpResult)}`);

  // 5. Every pooled connection taken: what a request and /health answer.
  const held: QueryRunner[] = [];
  for (let i = 0; i < bench.config.database.poolSize; i += 1) {
    const runner = bench.dataSource.createQueryRunner();
    await runner.connect();
    held.push(runner);
  }
  const starved = await send('{ occupations(first: 1) { totalCount } }', {}, '198.51.100.99');
  const starvedHealthStarted = performance.now();
  const starvedHealth = await fetch(`${base}/health`);
  const poolResult = {
    request: { ...starved, ms: round(starved.ms, 1) },
    health: { status: starvedHealth.status, ms: round(performance.now() - starvedHealthStarted, 1) },
  };
  for (const runner of held) await runner.release();
  log(`exhausted pool: ${JSON.stringify(poolResult)}`);

  return {
    benchmark: 'abuse',
    date: new Date().toISOString(),
    database: bench.engineLabel,
    limits: {
      loginMaxAttempts: bench.config.auth.loginMaxAttempts,
      registrationMaxPerIp: bench.config.auth.registrationMaxPerIp,
      passwordHashConcurrency: bench.config.auth.hashConcurrency,
      maxAliases: bench.config.graphql.maxAliases,
      maxMutations: bench.config.graphql.maxMutations,
      poolSize: bench.config.database.poolSize,
      acquireTimeoutMs: bench.config.database.acquireTimeoutMs,
    },
    loginBurst: burstResult,
    aliasedSearches: aliasResult,
    registrationFloodOneAddress: fromOne,
    registrationFloodManyAddresses: fromMany,
    aliasedSignUps: signUpResult,
    exhaustedPool: poolResult,
  };
}

benchmark('abuse', measure, { LOG_LEVEL: 'error', TRUST_PROXY_HOPS: '1' });
