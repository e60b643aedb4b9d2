import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLSchema, OperationTypeNode } from 'graphql';
import { Role } from 'src/auth/role';
import { employer, occupationId, seedDemo, TestEmployer } from './setup/flows';
import { GqlResult, startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';

/**
 * Every `extensions.fields` path starts with the name of an argument of the field that
 * failed (`input.password`, `vacancyId`, `after`), whichever layer refused it: the input
 * validation of the argument types, a service's own check, a domain rule, a cursor.
 */
describe('error field paths', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let admin: TestUser;
  let candidate: TestUser;
  let owner: TestEmployer;
  let welderId: string;

  /** The offending paths of the first error, each checked against the root field's arguments. */
  function pathsOf(result: GqlResult, operation: OperationTypeNode, field: string): string[] {
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.code).toMatch(/BAD_USER_INPUT|CONFLICT/);
    const paths = ((extensions?.fields ?? []) as { path: string }[]).map((f) => f.path);
    expect(paths.length).toBeGreaterThan(0);
    const root = operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
    const args = root!.getFields()[field]!.args.map((a) => a.name);
    for (const path of paths) expect(args).toContain(path.split('.')[0]);
    return paths;
  }

  beforeAll(async () => {
    t = await startTestApp();
    schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    candidate = await createUser(t, Role.CANDIDATE);
    owner = await employer(t, admin);
    welderId = await occupationId(t, 'welder');
  });
  afterAll(async () => {
    await t?.close();
  });

  const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
  const PROFILE = `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`;
  const VACANCY = `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`;

  it('argument validation: input.email, input.languages.0.language', async () => {
    const email = await t.gql(REGISTER, {
      input: { email: 'nope', password: 'long enough secret', role: 'CANDIDATE' },
    });
    expect(pathsOf(email, OperationTypeNode.MUTATION, 'register')).toEqual(['input.email']);
    const level = await t.gql(
      PROFILE,
      {
        input: {
          fullName: 'Amina',
          citizenship: 'MA',
          residenceCountry: 'MA',
          birthDate: '1990-01-01',
          languages: [{ language: 'klingon', level: 'B1' }],
        },
      },
      candidate.token,
    );
    expect(pathsOf(level, OperationTypeNode.MUTATION, 'saveCandidateProfile')).toEqual(['input.languages.0.language']);
  });

  it('a service check: input.password, input.email (taken)', async () => {
    const weak = await t.gql(REGISTER, { input: { email: 'a@example.org', password: 'short', role: 'CANDIDATE' } });
    expect(pathsOf(weak, OperationTypeNode.MUTATION, 'register')).toEqual(['input.password']);
    const input = { email: 'taken@example.org', password: 'long enough secret', role: 'CANDIDATE' };
    await t.gql(REGISTER, { input });
    const taken = await t.gql(REGISTER, { input });
    expect(pathsOf(taken, OperationTypeNode.MUTATION, 'register')).toEqual(['input.email']);
  });

  it('a domain rule: input.citizenship, input.salary.max, id', async () => {
    const eu = await t.gql(
      PROFILE,
      { input: { fullName: 'Jan', citizenship: 'DE', residenceCountry: 'MA', birthDate: '1990-01-01' } },
      candidate.token,
    );
    expect(pathsOf(eu, OperationTypeNode.MUTATION, 'saveCandidateProfile')).toEqual(['input.citizenship']);
    const base = {
      title: 'Welder',
      description: 'We build ship sections in Kiel and need experienced welders for two years.',
      occupationId: welderId,
      positions: 1,
    };
    const salary = await t.gql(
      VACANCY,
      { input: { ...base, memberState: 'DE', salary: { min: 3000, max: 2000, currency: 'EUR', period: 'MONTH' } } },
      owner.token,
    );
    expect(pathsOf(salary, OperationTypeNode.MUTATION, 'createVacancy')).toEqual(['input.salary.max']);
    const abroad = await t.gql(VACANCY, { input: { ...base, memberState: 'AT' } }, owner.token);
    const id = abroad.data!.createVacancy.id as string;
    const published = await t.gql(`mutation ($id: ID!) { publishVacancy(id: $id) { id } }`, { id }, owner.token);
    expect(pathsOf(published, OperationTypeNode.MUTATION, 'publishVacancy')).toEqual(['id']);
  });

  it('arguments that are not inputs: vacancyId, after', async () => {
    const notAnId = await t.gql(`{ matchingCandidates(vacancyId: "42") { totalCount } }`, {}, owner.token);
    expect(pathsOf(notAnId, OperationTypeNode.QUERY, 'matchingCandidates')).toEqual(['vacancyId']);
    const cursor = await t.gql(`{ occupations(first: 1, after: "not ours") { totalCount } }`);
    expect(pathsOf(cursor, OperationTypeNode.QUERY, 'occupations')).toEqual(['after']);
  });
});
