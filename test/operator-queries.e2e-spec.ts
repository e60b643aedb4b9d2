import { Role } from 'src/auth/role';
import { GqlResult, startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, seedDemo } from './setup/flows';

const HISTORY = `query ($e: ID, $first: Int, $after: String) {
  employerStatusHistory(employerId: $e, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { employer { id legalName } from to reason at changedBy { email role } } } } }`;
const LISTS = `query ($year: Int) { shortageLists(year: $year) { memberState year occupations { code label } } }`;

describe('what the operator console reads', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('employer status history', () => {
    it('lists a registration and every status change with its reason and who made it, newest first', async () => {
      const acme = await employer(t, admin, { name: 'Pflege Nord GmbH' });
      const suspended = await t.gql(
        `mutation ($id: ID!) { setEmployerStatus(id: $id, status: SUSPENDED, reason: "Fees asked of candidates") { status } }`,
        { id: acme.employerId },
        admin.token,
      );
      expect(suspended.errors).toBeUndefined();

      const result = await t.gql(HISTORY, { e: acme.employerId }, admin.token);
      expect(result.errors).toBeUndefined();
      const history = result.data!.employerStatusHistory;
      expect(history.totalCount).toBe(3);
      expect(history.edges.map((e: { node: unknown }) => e.node)).toEqual([
        {
          employer: { id: acme.employerId, legalName: 'Pflege Nord GmbH' },
          from: 'VERIFIED',
          to: 'SUSPENDED',
          reason: 'Fees asked of candidates',
          at: expect.any(String),
          changedBy: { email: admin.email, role: 'ADMIN' },
        },
        expect.objectContaining({ from: 'PENDING', to: 'VERIFIED', reason: null }),
        expect.objectContaining({ from: null, to: 'PENDING', changedBy: { email: acme.email, role: 'EMPLOYER' } }),
      ]);
    });

    it('pages every organisation’s history without repeating or skipping an entry', async () => {
      for (let i = 0; i < 3; i += 1) await employer(t, admin, { name: `Paged ${i}` });
      const all = await t.gql(HISTORY, { first: 100 }, admin.token);
      const everything = all.data!.employerStatusHistory.edges.map((e: { node: { at: string; to: string } }) => e.node);
      expect(everything.length).toBe(all.data!.employerStatusHistory.totalCount);
      const times = everything.map((n: { at: string }) => Date.parse(n.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      const seen: unknown[] = [];
      let after: string | null = null;
      do {
        const page: GqlResult<any> = await t.gql(HISTORY, { first: 2, after }, admin.token);
        expect(page.errors).toBeUndefined();
        seen.push(...page.data!.employerStatusHistory.edges.map((e: { node: unknown }) => e.node));
        const info: { hasNextPage: boolean; endCursor: string } = page.data!.employerStatusHistory.pageInfo;
        after = info.hasNextPage ? info.endCursor : null;
      } while (after);
      expect(seen).toEqual(everything);
    });

    it('refuses a cursor it did not issue and an id that is none', async () => {
      const crafted = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
      const bad = await t.gql(HISTORY, { after: crafted }, admin.token);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
      const badId = await t.gql(HISTORY, { e: 'acme' }, admin.token);
      expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'employerId' }] });
    });
  });

  describe('employers queue', () => {
    it('pages the pending organisations one by one, each once, oldest first', async () => {
      const names = ['Queue A', 'Queue B', 'Queue C'];
      for (const name of names) await employer(t, admin, { name, verify: false });
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const page: GqlResult<any> = await t.gql(
          `query ($after: String) { employers(status: PENDING, first: 1, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { legalName } } } }`,
          { after },
          admin.token,
        );
        expect(page.errors).toBeUndefined();
        seen.push(...page.data!.employers.edges.map((e: { node: { legalName: string } }) => e.node.legalName));
        const info: { hasNextPage: boolean; endCursor: string } = page.data!.employers.pageInfo;
        if (!info.hasNextPage) break;
        after = info.endCursor;
      }
      expect(seen).toEqual(names);
    });
  });

  describe('shortage lists', () => {
    it('returns every list of a year, EU-wide first, each by ISCO code', async () => {
      for (const [state, codes] of [
        ['FR', ['7212', '2221']],
        ['EU', ['5120']],
        ['EL', ['7411']],
      ] as const) {
        const set = await t.gql(
          `mutation ($s: String!, $c: [String!]!) { setShortageOccupations(memberState: $s, year: 2031, iscoCodes: $c) { code } }`,
          { s: state, c: codes },
          admin.token,
        );
        expect(set.errors).toBeUndefined();
      }
      const result = await t.gql(LISTS, { year: 2031 });
      expect(result.errors).toBeUndefined();
      const lists = result.data!.shortageLists as {
        memberState: string;
        year: number;
        occupations: { code: string }[];
      }[];
      expect(lists.map((l) => [l.memberState, l.year, l.occupations.map((o) => o.code)])).toEqual([
        ['EU', 2031, ['5120']],
        ['FR', 2031, ['2221', '7212']],
        ['GR', 2031, ['7411']],
      ]);
      const years = await t.gql(`{ shortageListYears }`);
      expect(years.data!.shortageListYears[0]).toBe(2031);
      expect(years.data!.shortageListYears).toContain(new Date().getFullYear());
    });

    it('defaults to the current year, answers an empty year with no lists, and refuses a year out of range', async () => {
      const current = await t.gql(LISTS, {});
      expect(current.data!.shortageLists[0]).toMatchObject({ memberState: 'EU', year: new Date().getFullYear() });
      expect((await t.gql(LISTS, { year: 2099 })).data!.shortageLists).toEqual([]);
      const bad = await t.gql(LISTS, { year: 1999 });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year' }] });
    });
  });
});
