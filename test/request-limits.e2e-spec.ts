import { QueryRunner } from 'typeorm';
import { Role } from 'src/auth/role';
import { seedDemo } from './setup/flows';
import { GqlResult, startTestApp, TestApp } from './setup/test-app';
import { createUser } from './setup/users';

/** Written as compactly as an attacker would, so two thousand fit in the 100 kB body limit. */
const aliasedSearches = (n: number) =>
  `query($q:String){${Array.from({ length: n }, (_, i) => `s${i}:occupations(search:$q,first:1){totalCount}`).join(' ')}}`;

async function post(
  t: TestApp,
  query: string,
  headers: Record<string, string> = {},
): Promise<GqlResult & { elapsedMs: number }> {
  const started = performance.now();
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables: { q: 'welder' } }),
  });
  const body = (await response.json()) as object;
  return { ...body, status: response.status, headers: response.headers, elapsedMs: performance.now() - started };
}

describe('request limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.http.trustProxyHops = 1;
      config.anonymous.maxPerIp = 30;
    });
    await seedDemo(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('what one operation may ask for', () => {
    it('refuses two thousand aliased searches before running any', async () => {
      const result = await post(t, aliasedSearches(2000), { 'x-forwarded-for': '198.51.100.20' });
      expect(result.status).toBe(400);
      expect(result.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', limit: 'aliases', max: 20 } }),
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', limit: 'rootFields', max: 10 } }),
      ]);
      expect(result.data).toBeUndefined();
    });

    it('refuses more distinct root fields than GRAPHQL_MAX_ROOT_FIELDS', async () => {
      const eleven = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: about { name }`).join(' ')} }`;
      const result = await post(t, eleven, { 'x-forwarded-for': '198.51.100.21' });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'rootFields', max: 10 });
      const ten = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: about { name }`).join(' ')} }`;
      expect((await post(t, ten, { 'x-forwarded-for': '198.51.100.21' })).errors).toBeUndefined();
    });

    it('counts a fragment spread as often as it is used', async () => {
      const fragment = `fragment Two on Query { x: about { name } y: about { name } }`;
      const query = `{ ${Array.from({ length: 11 }, () => '...Two').join(' ')} } ${fragment}`;
      const result = await post(t, query, { 'x-forwarded-for': '198.51.100.22' });
      // Repeated spreads of one fragment merge into two root fields, but still name 22 aliases.
      expect(result.errors?.[0]?.extensions).toMatchObject({ limit: 'aliases' });
    });

    it('charges every database read whatever page size it asks for', async () => {
      const cheap = await startTestApp(
        (config) => {
          config.graphql.maxCost = 50;
          config.graphql.maxAliases = 10_000;
          config.graphql.maxRootFields = 10_000;
        },
        { sameDatabaseAs: t },
      );
      try {
        // A search costs its root read (10) plus one item's count (5): three fit under 50, four do not.
        expect((await post(cheap, aliasedSearches(3))).errors).toBeUndefined();
        const four = await post(cheap, aliasedSearches(4));
        expect(four.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost', cost: 60 });
        const flood = await post(cheap, aliasedSearches(2000));
        expect(flood.errors?.[0]?.extensions).toMatchObject({ limit: 'cost', cost: 30_000 });
      } finally {
        await cheap.close();
      }
    });
  });

  describe('anonymous request rate', () => {
    const ABOUT = '{ about { name } }';

    it('answers RATE_LIMITED with a retry hint once a client sends ANONYMOUS_MAX_PER_IP requests', async () => {
      const client = { 'x-forwarded-for': '203.0.113.30' };
      for (let i = 0; i < 30; i += 1) expect((await post(t, ABOUT, client)).status).toBe(200);
      const limited = await post(t, ABOUT, client);
      expect(limited.status).toBe(429);
      expect(limited.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'anonymous',
        retryAfterSeconds: expect.any(Number),
      });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

      // A made-up token is still anonymous; a real one is not limited here; another client is counted apart.
      expect((await post(t, ABOUT, { ...client, authorization: 'Bearer not.a.token' })).status).toBe(429);
      const user = await createUser(t, Role.CANDIDATE);
      const signedIn = await post(t, '{ me { id } }', { ...client, authorization: `Bearer ${user.token}` });
      expect(signedIn.data).toEqual({ me: { id: user.id } });
      expect((await post(t, ABOUT, { 'x-forwarded-for': '203.0.113.31' })).status).toBe(200);
    });
  });

  describe('an exhausted connection pool', () => {
    let pool: TestApp;
    const held: QueryRunner[] = [];

    /** Takes every connection of the instance's pool, as long-running requests would. */
    async function exhaust(app: TestApp): Promise<void> {
      for (let i = 0; i < app.config.database.poolSize; i += 1) {
        const runner = app.dataSource.createQueryRunner();
        await runner.connect();
        held.push(runner);
      }
    }

    beforeAll(async () => {
      pool = await startTestApp(
        (config) => {
          config.database.poolSize = 2;
          config.database.acquireTimeoutMs = 300;
        },
        { sameDatabaseAs: t },
      );
    });
    afterEach(async () => {
      for (const runner of held.splice(0)) await runner.release();
    });
    afterAll(async () => {
      await pool?.close();
    });

    it('answers RATE_LIMITED with a retry hint, never INTERNAL, and /health still answers', async () => {
      await exhaust(pool);
      const result = await post(pool, '{ occupations(first: 1) { totalCount } }');
      expect(result.errors).toEqual([
        expect.objectContaining({
          extensions: { code: 'RATE_LIMITED', limit: 'database', retryAfterSeconds: 1 },
        }),
      ]);
      expect(result.headers.get('retry-after')).toBe('1');

      const health = await fetch(`${pool.url}/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { checks: { database: { status: string } } }).checks.database.status).toBe('up');
    });

    it('stops waiting when the request runs out of its time budget', async () => {
      const budgeted = await startTestApp(
        (config) => {
          config.database.poolSize = 2;
          config.database.acquireTimeoutMs = 30_000;
          config.graphql.requestTimeoutMs = 300;
        },
        { sameDatabaseAs: t },
      );
      try {
        await exhaust(budgeted);
        const result = await post(budgeted, '{ occupations(first: 1) { totalCount } }');
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', limit: 'time', retryAfterSeconds: 1 });
      } finally {
        for (const runner of held.splice(0)) await runner.release();
        await budgeted.close();
      }
    });
  });
});
