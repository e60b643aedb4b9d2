import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { Role } from 'src/auth/role';
import { TokenService } from 'src/auth/token.service';
import { employer, occupationId, seedDemo, TestEmployer } from './setup/flows';
import { GqlResult, startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';

const NUL = 'text with a \u0000 inside';
const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('hostile input', () => {
  let t: TestApp;
  let admin: TestUser;
  let owner: TestEmployer;
  let welderId: string;
  let vacancyId: string;
  const users = new Map<Role, TestUser>();

  const refused = (result: GqlResult, path: string) =>
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([expect.objectContaining({ path })]),
    });

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.http.trustProxyHops = 1;
    });
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    welderId = await occupationId(t, 'welder');
    owner = await employer(t, admin);
    const created = await t.gql(
      `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
      {
        input: {
          title: 'Welder for shipyard work',
          description: 'We build ship sections in Kiel and need experienced welders for two years.',
          occupationId: welderId,
          memberState: 'DE',
          positions: 1,
        },
      },
      owner.token,
    );
    vacancyId = created.data!.createVacancy.id as string;
    await t.gql(`mutation ($id: ID!) { publishVacancy(id: $id) { status } }`, { id: vacancyId }, owner.token);
    for (const role of [Role.CANDIDATE, Role.EMPLOYER, Role.PARTNERSHIP_ADMIN])
      users.set(role, await createUser(t, role));
    users.set(Role.ADMIN, admin);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('a NUL character in any text is BAD_USER_INPUT naming the field', () => {
    it('in a candidate profile', async () => {
      const result = await t.gql(
        `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`,
        {
          input: {
            fullName: NUL,
            citizenship: 'MA',
            residenceCountry: 'MA',
            birthDate: '1990-01-01',
            desiredOccupationIds: [welderId],
          },
        },
        users.get(Role.CANDIDATE)!.token,
      );
      refused(result, 'input.fullName');
    });

    it('in a vacancy', async () => {
      const result = await t.gql(
        `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
        {
          input: {
            title: 'Welder',
            description: `We need welders. ${NUL} More text to reach the minimum length.`,
            occupationId: welderId,
            memberState: 'DE',
            positions: 1,
          },
        },
        owner.token,
      );
      refused(result, 'input.description');
    });

    it('in a contact request message and a report', async () => {
      const message = await t.gql(
        `mutation ($v: ID!, $c: ID!, $m: String) { requestContact(vacancyId: $v, candidateId: $c, message: $m) { id } }`,
        { v: vacancyId, c: welderId, m: NUL },
        owner.token,
      );
      refused(message, 'message');
      const report = await t.gql(
        `mutation ($id: ID!, $reason: String!) { reportVacancy(id: $id, reason: $reason) }`,
        { id: vacancyId, reason: NUL },
        users.get(Role.CANDIDATE)!.token,
      );
      refused(report, 'reason');
    });

    it('in a login email and in searches', async () => {
      refused(
        await t.gql(`mutation ($e: String!) { login(email: $e, password: "whatever it is") { accessToken } }`, {
          e: NUL,
        }),
        'email',
      );
      refused(await t.gql(`query ($s: String) { occupations(search: $s) { totalCount } }`, { s: NUL }), 'search');
      refused(await t.gql(`query ($s: String) { vacancies(search: $s) { totalCount } }`, { s: NUL }), 'search');
      refused(await t.gql(`query ($s: String!) { suggestOccupations(title: $s) { score } }`, { s: NUL }), 'title');
    });
  });

  describe('crafted cursors are BAD_USER_INPUT on after', () => {
    it.each([
      ['a search offset that is text', `{ occupations(search: "weld", after: "${cursor(['x'])}") { totalCount } }`],
      ['a huge search offset', `{ occupations(search: "weld", after: "${cursor([1e300])}") { totalCount } }`],
      ['an offset past the deepest page', `{ skills(search: "weld", after: "${cursor([1e7])}") { totalCount } }`],
      ['a keyset id that is no UUID', `{ occupations(after: "${cursor(['welder', 'not-a-uuid'])}") { totalCount } }`],
      ['a keyset of the wrong shape', `{ skills(after: "${cursor([1, 2, 3])}") { totalCount } }`],
      [
        'a programme keyset id that is no UUID',
        `{ partnershipProgrammes(after: "${cursor(['A', "1' OR 1=1"])}") { totalCount } }`,
      ],
      ['garbage', `{ vacancies(after: "!!!") { totalCount } }`],
    ])('%s', async (_name, query) => {
      refused(await t.gql(query), 'after');
    });

    it('for signed-in lists too', async () => {
      refused(
        await t.gql(`{ employers(after: "${cursor(['not a date', welderId])}") { totalCount } }`, {}, admin.token),
        'after',
      );
      refused(
        await t.gql(`{ myContactRequests(after: "${cursor([1e20])}") { totalCount } }`, {}, owner.token),
        'after',
      );
    });
  });

  it('answers a signed token whose subject is not a user id UNAUTHENTICATED', async () => {
    const token = t.app.get(TokenService).sign("x' OR '1'='1");
    const result = await t.gql(`{ me { id } }`, {}, token);
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a forwarded address that is no address out of the audit log', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': 'x'.repeat(200) },
      body: JSON.stringify({
        query: `mutation { login(email: "nobody@example.org", password: "not the password") { accessToken } }`,
      }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const rows = await t.dataSource.query(`SELECT ip FROM audit_log WHERE subject = 'nobody@example.org'`);
    expect(rows).toEqual([{ ip: expect.stringMatching(/127\.0\.0\.1/) }]);
  });

  describe('no operation answers INTERNAL to garbage', () => {
    const schema = buildSchema(readFileSync('schema.gql', 'utf8'));

    /** Every required argument filled with garbage: NUL in text, non-UUIDs for ids. */
    function garbage(type: GraphQLInputType): unknown {
      if (isNonNullType(type)) return garbage(type.ofType);
      if (isListType(type)) return [garbage(type.ofType)];
      if (isEnumType(type)) return type.getValues()[0]?.value;
      if (isInputObjectType(type)) {
        return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, garbage(f.type)]));
      }
      switch (getNamedType(type).name) {
        case 'ID':
          return 'not-a-uuid';
        case 'Int':
        case 'Float':
          return 1;
        case 'Boolean':
          return true;
        case 'Date':
          return '2000-01-01';
        default:
          return NUL;
      }
    }

    function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
      const variables = Object.fromEntries(field.args.map((a) => [a.name, garbage(a.type)]));
      const declarations = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const passing = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const named = getNamedType(field.type);
      const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
      const args = passing ? `(${passing})` : '';
      return {
        text: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${args}${selection} }`,
        variables,
      };
    }

    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields())
        .filter((field) => field.name !== 'deleteMyAccount')
        .map((field) => ({ kind: 'mutation' as const, field })),
    ];

    it.each(operations.map((o) => [o.field.name, o] as const))('%s', async (_name, { kind, field }) => {
      const { text, variables } = operation(kind, field);
      for (const token of [undefined, ...[...users.values()].map((u) => u.token)]) {
        const result = await t.gql(text, variables, token);
        expect(result.errors?.filter((e) => e.extensions.code === 'INTERNAL') ?? []).toEqual([]);
      }
    });
  });
});
