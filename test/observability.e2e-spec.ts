import { randomBytes, randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from 'src/auth/role';
import type { Pool } from 'pg';
import { HEALTH_DATABASE } from 'src/database/database.module';
import { TRACING } from 'src/observability/observability.tokens';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, occupationId, searchSettled, seedDemo } from './setup/flows';
import { parseExposition, Sample, valueOf } from './support/prometheus-text';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const GRAPHQL_COUNT = 'pathways_graphql_request_duration_seconds_count';

async function scrape(t: TestApp, token?: string): Promise<Sample[]> {
  const response = await fetch(`${t.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parseExposition(await response.text());
}

describe('metrics and health', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.auth.loginMaxAttempts = 2;
    });
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts what real requests did: logins by outcome, sign-ups, outbox rows, screening flags, search calls', async () => {
    const before = await scrape(t);
    const email = `metrics-${randomUUID()}@example.org`;
    const password = 'a long enough secret';
    expect((await t.gql(REGISTER, { input: { email, password, role: 'CANDIDATE' } })).errors).toBeUndefined();
    expect((await t.gql(LOGIN, { email, password })).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const refused = await t.gql(LOGIN, { email, password: 'not the password' });
      expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(LOGIN, { email, password });
    expect(limited.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');

    // Verifying an employer writes an outbox row, which the worker applies to the search index.
    const acme = await employer(t, admin);
    await searchSettled(t);

    const draft = await t.gql(
      `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
      {
        input: {
          title: 'Welder for shipyard work',
          description: 'Welders wanted in Kiel. Candidates must pay a placement fee of 1500 EUR before departure.',
          occupationId: await occupationId(t, 'welder'),
          memberState: 'DE',
          city: 'Kiel',
          positions: 1,
        },
      },
      acme.token,
    );
    expect(draft.errors).toBeUndefined();
    const published = await t.gql(
      `mutation ($id: ID!) { publishVacancy(id: $id) { status } }`,
      { id: draft.data!.createVacancy.id },
      acme.token,
    );
    expect(published.data?.publishVacancy.status).toBe('IN_REVIEW');
    const search = await t.gql(`{ occupations(search: "welder", first: 3) { totalCount } }`);
    expect(search.errors).toBeUndefined();
    await searchSettled(t);

    const after = await scrape(t);
    const moved = (name: string, labels: Record<string, string>) =>
      (valueOf(after, name, labels) ?? 0) - (valueOf(before, name, labels) ?? 0);

    expect(moved('pathways_logins_total', { outcome: 'ok' })).toBe(1);
    expect(moved('pathways_logins_total', { outcome: 'refused' })).toBe(2);
    expect(moved('pathways_logins_total', { outcome: 'rate_limited' })).toBe(1);
    expect(moved('pathways_registrations_total', { role: 'CANDIDATE' })).toBe(1);
    expect(moved('pathways_outbox_rows_processed_total', { topic: 'employer', result: 'applied' })).toBeGreaterThan(0);
    expect(moved('pathways_screening_flags_total', { code: 'FEE_REQUEST' })).toBe(1);
    expect(
      moved('pathways_search_request_duration_seconds_count', { adapter: 'postgres', operation: 'searchOccupations' }),
    ).toBe(1);

    // The GraphQL histogram: by root field and outcome code.
    expect(moved(GRAPHQL_COUNT, { type: 'mutation', operation: 'login', outcome: 'OK' })).toBe(1);
    expect(moved(GRAPHQL_COUNT, { type: 'mutation', operation: 'login', outcome: 'UNAUTHENTICATED' })).toBe(2);
    expect(moved(GRAPHQL_COUNT, { type: 'mutation', operation: 'login', outcome: 'RATE_LIMITED' })).toBe(1);
    expect(moved(GRAPHQL_COUNT, { type: 'query', operation: 'occupations', outcome: 'OK' })).toBe(1);
    const buckets = after.filter(
      (s) => s.name === 'pathways_graphql_request_duration_seconds_bucket' && s.labels.operation === 'login',
    );
    expect(buckets.some((s) => s.labels.le === '+Inf')).toBe(true);

    // Gauges read at scrape time: the pool (DB_POOL_SIZE=5 in tests), the outbox, the process.
    expect(valueOf(after, 'pathways_db_pool_size')).toBe(5);
    expect(valueOf(after, 'pathways_db_pool_in_use')).toBeGreaterThanOrEqual(0);
    expect(valueOf(after, 'pathways_db_pool_waiting')).toBe(0);
    expect(valueOf(after, 'pathways_outbox_rows', { state: 'ready' })).toBe(0);
    expect(valueOf(after, 'pathways_outbox_rows', { state: 'failing' })).toBe(0);
    expect(valueOf(after, 'pathways_outbox_lag_seconds')).toBe(0);
    expect(valueOf(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(valueOf(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('reports outbox backlog and lag while rows wait', async () => {
    await searchSettled(t);
    // Rows written straight into the table, as a change would; the worker cannot lease rows
    // that are not yet due, so they stay put while we look.
    await t.dataSource.query(
      `INSERT INTO search_outbox (topic, entity_id, created_at, available_at, last_error)
       VALUES ('candidate', $1, now() - interval '90 seconds', now() + interval '1 hour', 'engine down'),
              ('candidate', $2, now() - interval '30 seconds', now() + interval '1 hour', NULL)`,
      [randomUUID(), randomUUID()],
    );
    try {
      const samples = await scrape(t);
      expect(valueOf(samples, 'pathways_outbox_rows', { state: 'failing' })).toBe(1);
      expect(valueOf(samples, 'pathways_outbox_rows', { state: 'ready' })).toBe(1);
      // Neither is due yet, so the worker is not behind.
      expect(valueOf(samples, 'pathways_outbox_lag_seconds')).toBe(0);

      await t.dataSource.query(`UPDATE search_outbox SET available_at = now() + interval '1 hour'
        WHERE processed_at IS NULL AND last_error IS NULL`);
      await t.dataSource
        .query(`UPDATE search_outbox SET available_at = now() - interval '1 minute', leased_until = now() + interval '1 hour'
        WHERE processed_at IS NULL AND last_error IS NOT NULL`);
      const lagging = await scrape(t);
      expect(valueOf(lagging, 'pathways_outbox_rows', { state: 'leased' })).toBe(1);
      expect(valueOf(lagging, 'pathways_outbox_lag_seconds')).toBeGreaterThanOrEqual(89);

      const health = await fetch(`${t.url}/health`);
      const body = (await health.json()) as { outbox: { leased: number; lagSeconds: number } };
      expect(body.outbox.leased).toBe(1);
      expect(body.outbox.lagSeconds).toBeGreaterThanOrEqual(89);
    } finally {
      await t.dataSource.query(`DELETE FROM search_outbox WHERE processed_at IS NULL`);
    }
  });

  it('keeps operation labels to the schema however clients name their operations', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const rootFields = new Set([
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
      '(multiple)',
      '(introspection)',
      '(typename)',
      '(invalid)',
    ]);
    const random = () => `x${randomBytes(6).toString('hex')}`;
    const sent: string[] = [];
    for (let i = 0; i < 30; i++) {
      const name = random();
      sent.push(name);
      await t.gql(`query ${name} { about { name } }`);
    }
    for (let i = 0; i < 15; i++) {
      const field = random();
      sent.push(field);
      expect((await t.gql(`query ${random()} { ${field} }`)).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    for (let i = 0; i < 5; i++) {
      const junk = random();
      sent.push(junk);
      await t.gql(`${junk} {{{`);
    }

    const response = await fetch(`${t.url}/metrics`);
    const text = await response.text();
    for (const name of sent) expect(text).not.toContain(name);
    const series = parseExposition(text).filter((s) => s.name === GRAPHQL_COUNT);
    for (const s of series) expect(rootFields).toContain(s.labels.operation);
    expect(valueOf(series, GRAPHQL_COUNT, { operation: 'about' })).toBe(30);
    expect(valueOf(series, GRAPHQL_COUNT, { operation: '(invalid)', outcome: 'BAD_USER_INPUT' })).toBe(20);
    // Fifty differently named requests made two series, not fifty.
    expect(series.filter((s) => ['about', '(invalid)'].includes(s.labels.operation!)).length).toBe(2);
  });

  it('reports each dependency with its latency and the outbox, and answers liveness alone', async () => {
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as {
      status: string;
      checks: Record<string, { status: string; latencyMs: number }>;
      outbox: { ready: number; leased: number; failing: number; lagSeconds: number };
    };
    expect(body.status).toBe('ok');
    expect(body.checks.database).toEqual({ status: 'up', latencyMs: expect.any(Number) });
    expect(body.outbox).toEqual({ ready: 0, leased: 0, failing: 0, lagSeconds: 0 });

    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
  });
});

describe('/metrics with a token', () => {
  const token = randomBytes(24).toString('hex');
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.observability.metrics.token = token;
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers only the bearer of the token', async () => {
    const none = await fetch(`${t.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect(await none.text()).not.toContain('pathways_');
    const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token.slice(1)}x` } });
    expect(wrong.status).toBe(401);
    const basic = await fetch(`${t.url}/metrics`, { headers: { authorization: `Basic ${token}` } });
    expect(basic.status).toBe(401);
    const samples = await scrape(t, token);
    expect(valueOf(samples, 'pathways_db_pool_size')).toBe(5);
  });
});

describe('with metrics off and no OTLP endpoint', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.observability.metrics.enabled = false;
      config.health.timeoutMs = 300;
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves no /metrics, starts no tracing and loads no tracing SDK', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    expect(t.config.observability.tracing).toBeUndefined();
    expect(t.app.get(TRACING)).toBeNull();
    expect(t.dataSource.subscribers).toHaveLength(0);
    // @opentelemetry/api registers its globals here once anything is set up.
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('opentelemetry.js.api.1')]).toBeUndefined();
    expect((await t.gql(`{ about { name } }`)).data?.about.name).toBe('Pathways');
  });

  it('answers /health/live without the database, while /health reports it down', async () => {
    // The main pool is gone and the one health connection is held: no dependency can answer.
    await t.app.get(OutboxWorker).beforeApplicationShutdown();
    await t.dataSource.destroy();
    const held = await t.app.get<Pool>(HEALTH_DATABASE).connect();
    try {
      const live = await fetch(`${t.url}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      const health = await fetch(`${t.url}/health`);
      expect(health.status).toBe(503);
      const body = (await health.json()) as { checks: { database: { status: string } }; outbox: { error: string } };
      expect(body.checks.database.status).toBe('down');
      expect(body.outbox.error).toEqual(expect.any(String));
    } finally {
      held.release();
    }
  });
});
