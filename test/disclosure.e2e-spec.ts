import { Role } from 'src/auth/role';
import { employer, occupationId, searchSettled, seedDemo, TestEmployer } from './setup/flows';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';

const REGISTER_EMPLOYER = `mutation ($input: EmployerInput!) { registerEmployer(input: $input) { id registrationNumber } }`;
const UNKNOWN_FIELD = `{ occupationz { id } }`;

describe('what the service gives away', () => {
  describe('registration numbers', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => {
      await t?.close();
    });

    const register = async (registrationNumber: string, memberState = 'DE') => {
      const owner = await createUser(t, Role.EMPLOYER);
      return t.gql(
        REGISTER_EMPLOYER,
        {
          input: { legalName: 'Nordlicht Pflege GmbH', memberState, registrationNumber, contactEmail: 'hr@example.de' },
        },
        owner.token,
      );
    };

    it('are compared without case, separators or full-width forms', async () => {
      const first = await register('HRB 1003');
      expect(first.data?.registerEmployer.registrationNumber).toBe('HRB 1003');
      for (const spelling of ['HRB-1003', 'hrb 1003', 'HRB1003', 'H.R.B. 1003', 'ＨＲＢ　１００３', 'ＨＲＢ１００３']) {
        const again = await register(spelling);
        expect(again.errors?.[0]?.extensions).toEqual({
          code: 'CONFLICT',
          fields: [{ path: 'input.registrationNumber', message: 'is already registered' }],
        });
      }
      // The same number in another Member State's register is another organisation.
      expect((await register('HRB-1003', 'AT')).errors).toBeUndefined();
      expect((await register('HRB 10030')).errors).toBeUndefined();
    });
  });

  describe('an employer’s register number and contact address', () => {
    let t: TestApp;
    let admin: TestUser;
    let owner: TestEmployer;
    let vacancyId: string;
    const EMPLOYER_OF = `query ($id: ID!) { vacancy(id: $id) { employer { legalName registrationNumber contactEmail } } }`;

    beforeAll(async () => {
      t = await startTestApp();
      await seedDemo(t);
      admin = await createUser(t, Role.ADMIN);
      owner = await employer(t, admin, { name: 'Werft Nord GmbH' });
      const created = await t.gql(
        `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
        {
          input: {
            title: 'Welder for shipyard work',
            description: 'We build ship sections in Kiel and need experienced welders for two years.',
            occupationId: await occupationId(t, 'welder'),
            memberState: 'DE',
            positions: 1,
          },
        },
        owner.token,
      );
      vacancyId = created.data!.createVacancy.id as string;
      await t.gql(`mutation ($id: ID!) { publishVacancy(id: $id) { status } }`, { id: vacancyId }, owner.token);
      // The public listing reads the search index, which the outbox worker brings up to date.
      await searchSettled(t);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('are hidden from the public and from other employers', async () => {
      const hidden = { legalName: 'Werft Nord GmbH', registrationNumber: null, contactEmail: null };
      expect((await t.gql(EMPLOYER_OF, { id: vacancyId })).data?.vacancy.employer).toEqual(hidden);
      const listed = await t.gql(`{ vacancies { edges { node { employer { registrationNumber contactEmail } } } } }`);
      expect(listed.data?.vacancies.edges).toEqual([
        { node: { employer: { registrationNumber: null, contactEmail: null } } },
      ]);
      const rival = await createUser(t, Role.EMPLOYER);
      const candidate = await createUser(t, Role.CANDIDATE);
      for (const viewer of [rival, candidate]) {
        expect((await t.gql(EMPLOYER_OF, { id: vacancyId }, viewer.token)).data?.vacancy.employer).toEqual(hidden);
      }
    });

    it('are shown to the owner and to administrators', async () => {
      const shown = {
        legalName: 'Werft Nord GmbH',
        registrationNumber: expect.stringMatching(/^HRB /),
        contactEmail: 'jobs@example.de',
      };
      expect((await t.gql(EMPLOYER_OF, { id: vacancyId }, owner.token)).data?.vacancy.employer).toEqual(shown);
      expect((await t.gql(EMPLOYER_OF, { id: vacancyId }, admin.token)).data?.vacancy.employer).toEqual(shown);
      const mine = await t.gql(`{ myEmployer { registrationNumber contactEmail } }`, {}, owner.token);
      expect(mine.data?.myEmployer.contactEmail).toBe('jobs@example.de');
      const all = await t.gql(`{ employers { edges { node { contactEmail } } } }`, {}, admin.token);
      expect(all.data?.employers.edges).toEqual([{ node: { contactEmail: 'jobs@example.de' } }]);
    });

    it('keeps "Did you mean" hints while introspection is on', async () => {
      expect((await t.gql(UNKNOWN_FIELD)).errors?.[0]?.message).toMatch(/Did you mean .*"occupations"/);
    });
  });

  describe('a production first boot', () => {
    const bootProduction = async (demoOnEmpty: boolean) => {
      const lines: string[] = [];
      const app = await startTestApp(
        (config) => {
          config.nodeEnv = 'production';
          config.log.level = 'info';
          config.seed.demoOnEmpty = demoOnEmpty;
        },
        { logLines: lines },
      );
      return { app, lines };
    };
    const count = async (t: TestApp, table: string) =>
      (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

    it('loads nothing and creates no account unless asked', async () => {
      const { app, lines } = await bootProduction(false);
      try {
        expect(await count(app, 'occupation')).toBe(0);
        expect(await count(app, 'users')).toBe(0);
        expect(lines.join('\n')).not.toMatch(/password/i);

        // With introspection off, error messages do not spell out the schema.
        const unknown = await app.gql(UNKNOWN_FIELD);
        expect(unknown.errors?.[0]).toMatchObject({
          message: 'Cannot query field "occupationz" on type "Query".',
          extensions: { code: 'BAD_USER_INPUT' },
        });
      } finally {
        await app.close();
      }
    });

    it('loads the demo data when asked, still without an account', async () => {
      const { app, lines } = await bootProduction(true);
      try {
        expect(await count(app, 'occupation')).toBeGreaterThan(0);
        expect(await count(app, 'users')).toBe(0);
        expect(lines.join('\n')).toMatch(/demo admin: skipped in production/);
        expect(lines.join('\n')).not.toMatch(/with password/i);
      } finally {
        await app.close();
      }
    });
  });
});
