import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestApp, TestApp } from './setup/test-app';
import { seedDemo } from './setup/flows';
import { OtlpReceiver, ReceivedSpan, startOtlpReceiver } from './support/otlp-receiver';

const SERVER = 2;
const CLIENT = 3;

/** Everything below `root` in its trace. */
function descendants(spans: ReceivedSpan[], root: ReceivedSpan): ReceivedSpan[] {
  const found: ReceivedSpan[] = [];
  let frontier = [root.spanId];
  while (frontier.length > 0) {
    const children = spans.filter((s) => s.traceId === root.traceId && frontier.includes(s.parentSpanId));
    found.push(...children);
    frontier = children.map((s) => s.spanId);
  }
  return found;
}

describe('tracing over OTLP', () => {
  let receiver: OtlpReceiver;
  let t: TestApp;
  const traceId = randomBytes(16).toString('hex');
  const callerSpanId = randomBytes(8).toString('hex');

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    t = await startTestApp((config) => {
      config.observability.tracing = {
        tracesUrl: `${receiver.url}/v1/traces`,
        serviceName: 'pathways-test',
        sampler: 'parentbased_always_on',
        samplerRatio: 1,
      };
    });
    await seedDemo(t);

    // A traced request continuing the caller's trace, one with a client error, and probes that stay untraced.
    const searched = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpanId}-01` },
      body: JSON.stringify({
        query: 'query ClientChosenName { vacancies(search: "welder", first: 2) { totalCount } }',
      }),
    });
    expect(((await searched.json()) as { errors?: unknown }).errors).toBeUndefined();
    const refused = await t.gql(
      `mutation { login(email: "nobody@example.org", password: "wrong password") { accessToken } }`,
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await fetch(`${t.url}/health`);
    await fetch(`${t.url}/health/live`);
    // Closing the application flushes the batch of spans to the receiver.
    await t.close();
    for (let i = 0; i < 50 && receiver.spans.length === 0; i++) await sleep(100);
  });
  afterAll(async () => {
    await receiver?.close();
  });

  it('POSTs OTLP/HTTP protobuf to the configured endpoint with the service name', () => {
    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(receiver.requests.every((r) => r.path === '/v1/traces' && r.contentType === 'application/x-protobuf')).toBe(
      true,
    );
    expect(new Set(receiver.spans.map((s) => s.serviceName))).toEqual(new Set(['pathways-test']));
  });

  it('exports a span for the GraphQL operation, in the caller’s trace, named from the schema', () => {
    const operation = receiver.spans.find((s) => s.name === 'query vacancies');
    expect(operation).toBeDefined();
    expect(operation!.kind).toBe(SERVER);
    expect(operation!.traceId).toBe(traceId);
    expect(operation!.parentSpanId).toBe(callerSpanId);
    expect(operation!.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'pathways.graphql.root_field': 'vacancies',
      'pathways.graphql.outcome': 'OK',
      'http.request.method': 'POST',
      'http.route': '/graphql',
      'http.response.status_code': 200,
    });
    expect(JSON.stringify(receiver.spans)).not.toContain('ClientChosenName');
  });

  it('exports the search call and its database statements as children of the operation', () => {
    const operation = receiver.spans.find((s) => s.name === 'query vacancies')!;
    const below = descendants(receiver.spans, operation);
    const search = below.find((s) => s.name === 'search searchVacancies');
    expect(search).toMatchObject({
      kind: CLIENT,
      attributes: { 'pathways.search.adapter': 'postgres', 'pathways.search.operation': 'searchVacancies' },
    });
    const statements = below.filter((s) => s.attributes['db.system.name'] === 'postgresql');
    expect(statements.length).toBeGreaterThan(0);
    expect(
      statements.some((s) => s.name === 'SELECT' && String(s.attributes['db.query.text']).includes('vacanc')),
    ).toBe(true);
    // The engine's own query runs inside the search span.
    expect(descendants(receiver.spans, search!).some((s) => s.attributes['db.system.name'] === 'postgresql')).toBe(
      true,
    );
  });

  it('records a refused login without marking it a fault, and never a statement’s values', () => {
    const login = receiver.spans.find((s) => s.name === 'mutation login');
    expect(login?.attributes['pathways.graphql.outcome']).toBe('UNAUTHENTICATED');
    expect(login?.status.code).toBe(0);
    const statements = descendants(receiver.spans, login!).filter(
      (s) => s.attributes['db.system.name'] === 'postgresql',
    );
    expect(statements.length).toBeGreaterThan(0);
    expect(JSON.stringify(receiver.spans)).not.toContain('nobody@example.org');
  });

  it('leaves health probes and background work untraced', () => {
    expect(receiver.spans.some((s) => String(s.attributes['url.path']).startsWith('/health'))).toBe(false);
    // Every span belongs to a request: the outbox worker's polls and the seed made none.
    const roots = receiver.spans.filter((s) => !receiver.spans.some((p) => p.spanId === s.parentSpanId));
    expect(roots.every((s) => s.kind === SERVER)).toBe(true);
  });
});
