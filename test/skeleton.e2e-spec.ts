import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { schemaFileContent } from 'src/graphql/schema-file';
import { pendingSchemaChanges } from 'src/database/scratch-database';
import { startTestApp, TestApp } from './setup/test-app';

describe('service skeleton over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers a GraphQL query', async () => {
    const result = await t.gql('{ __typename about { name } }');
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ __typename: 'Query', about: { name: 'Pathways' } });
  });

  it('echoes or issues a request id', async () => {
    const response = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const other = await fetch(`${t.url}/health`);
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports database health', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(body.status).toBe('ok');
    expect(body.checks.database?.status).toBe('up');
  });

  it('answers malformed JSON with a clean BAD_USER_INPUT error', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(/not valid JSON/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js/);
  });

  it('answers a query syntax error with BAD_USER_INPUT', async () => {
    const result = await t.gql('{ about { name ');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('refuses an unknown field with BAD_USER_INPUT', async () => {
    const result = await t.gql('{ noSuchField }');
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }';
    const result = await t.gql(deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/nested 11 levels deep; the limit is 10/);
  });

  it('refuses a body larger than the limit', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('blocks a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('keeps schema.gql in step with the code', () => {
    const committed = readFileSync('schema.gql', 'utf8');
    const current = schemaFileContent(t.app.get(GraphQLSchemaHost).schema);
    if (committed !== current) {
      throw new Error('schema.gql is out of date: run `npm run schema:generate` and commit it');
    }
  });

  it('has a migration for every entity change', async () => {
    const changes = await pendingSchemaChanges(t.dataSource);
    expect(changes.up).toEqual([]);
  });
});
