import { Role } from 'src/auth/role';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, occupationId, searchSettled, seedDemo, TestEmployer } from './setup/flows';

const VACANCY_FIELDS = `id title status memberState shortageOccupation publishedAt reviewReason
  screeningFlags { code message } occupation { label } essentialSkills { id } optionalSkills { id }
  employer { id legalName } salary { min max currency period } languageRequirements { language minLevel }`;
const CREATE = `mutation ($input: VacancyInput!) { createVacancy(input: $input) { ${VACANCY_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishVacancy(id: $id) { ${VACANCY_FIELDS} } }`;
const LIST = `query ($search: String, $filter: VacancyFilter, $first: Int, $after: String) {
  vacancies(search: $search, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;

describe('employers and vacancies', () => {
  let t: TestApp;
  let admin: TestUser;
  let welderId: string;
  let accountantId: string;
  let acme: TestEmployer;

  const welderVacancy = (overrides: Record<string, unknown> = {}) => ({
    title: 'Welder (MIG/MAG) for shipyard work',
    description:
      'We build ship sections in Kiel and are looking for an experienced welder. Contract in German and Arabic, relocation paid by us.',
    occupationId: welderId,
    memberState: 'DE',
    city: 'Kiel',
    languageRequirements: [{ language: 'de', minLevel: 'A2' }],
    positions: 3,
    salary: { min: 2900, max: 3400, currency: 'EUR', period: 'MONTH' },
    ...overrides,
  });

  async function create(owner: TestUser, overrides: Record<string, unknown> = {}) {
    const result = await t.gql(CREATE, { input: welderVacancy(overrides) }, owner.token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.createVacancy;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    welderId = await occupationId(t, 'welder');
    accountantId = await occupationId(t, 'accountant');
    acme = await employer(t, admin);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('employers', () => {
    it('registers an organisation as PENDING, once per account', async () => {
      const user = await createUser(t, Role.EMPLOYER);
      const input = {
        legalName: 'Αθηναϊκή Κατασκευαστική',
        memberState: 'EL',
        registrationNumber: '123456789',
        contactEmail: 'hr@example.gr',
      };
      const first = await t.gql(
        `mutation ($input: EmployerInput!) { registerEmployer(input: $input) { memberState status } }`,
        { input },
        user.token,
      );
      expect(first.data?.registerEmployer).toEqual({ memberState: 'GR', status: 'PENDING' });
      const again = await t.gql(
        `mutation ($input: EmployerInput!) { registerEmployer(input: $input) { id } }`,
        { input },
        user.token,
      );
      expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const mine = await t.gql(`{ myEmployer { legalName status } }`, {}, user.token);
      expect(mine.data?.myEmployer).toEqual({ legalName: 'Αθηναϊκή Κατασκευαστική', status: 'PENDING' });
    });

    it('refuses an organisation outside the EU with a field error', async () => {
      const user = await createUser(t, Role.EMPLOYER);
      const input = {
        legalName: 'Atlas Recruitment',
        memberState: 'MA',
        registrationNumber: 'RC 1234',
        contactEmail: 'a@example.ma',
      };
      const result = await t.gql(
        `mutation ($input: EmployerInput!) { registerEmployer(input: $input) { id } }`,
        { input },
        user.token,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.memberState' }],
      });
    });

    it('lets admins list employers by status, page by page', async () => {
      const page = await t.gql(
        `{ employers(status: VERIFIED, first: 1) { totalCount pageInfo { hasNextPage } edges { node { status } } } }`,
        {},
        admin.token,
      );
      expect(page.data?.employers.edges.every((e: { node: { status: string } }) => e.node.status === 'VERIFIED')).toBe(
        true,
      );
      expect(page.data?.employers.totalCount).toBeGreaterThanOrEqual(1);
    });

    it('needs a reason to suspend, audits the change and refuses leaving REMOVED', async () => {
      const other = await employer(t, admin, { verify: false });
      const noReason = await t.gql(
        `mutation ($id: ID!) { setEmployerStatus(id: $id, status: SUSPENDED) { status } }`,
        { id: other.employerId },
        admin.token,
      );
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason' }] });
      const removed = await t.gql(
        `mutation ($id: ID!) { setEmployerStatus(id: $id, status: REMOVED, reason: "Not a registered business") { status statusReason } }`,
        { id: other.employerId },
        admin.token,
      );
      expect(removed.data?.setEmployerStatus).toEqual({ status: 'REMOVED', statusReason: 'Not a registered business' });
      const back = await t.gql(
        `mutation ($id: ID!) { setEmployerStatus(id: $id, status: VERIFIED) { status } }`,
        { id: other.employerId },
        admin.token,
      );
      expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
      const audit = await t.dataSource.query(
        `SELECT detail FROM audit_log WHERE action = 'employer.status' AND target_id = $1`,
        [other.employerId],
      );
      expect(audit).toEqual([{ detail: { from: 'PENDING', to: 'REMOVED', reason: 'Not a registered business' } }]);
    });
  });

  describe('publishing', () => {
    it('creates a draft with the occupation’s ESCO skills and publishes it', async () => {
      const draft = await create(acme);
      expect(draft).toMatchObject({
        status: 'DRAFT',
        shortageOccupation: true,
        occupation: { label: 'welder' },
        publishedAt: null,
      });
      expect(draft.essentialSkills.length).toBeGreaterThan(0);
      const published = await t.gql(PUBLISH, { id: draft.id }, acme.token);
      expect(published.errors).toBeUndefined();
      expect(published.data?.publishVacancy).toMatchObject({ status: 'PUBLISHED', screeningFlags: [] });
      expect(published.data?.publishVacancy.publishedAt).not.toBeNull();

      const anonymous = await t.gql(`query ($id: ID!) { vacancy(id: $id) { title employer { legalName } } }`, {
        id: draft.id,
      });
      expect(anonymous.data?.vacancy).toEqual({
        title: 'Welder (MIG/MAG) for shipyard work',
        employer: { legalName: 'Schweißtechnik Nord GmbH' },
      });
    });

    it('keeps drafts to their owner', async () => {
      const draft = await create(acme);
      expect((await t.gql(`query ($id: ID!) { vacancy(id: $id) { id } }`, { id: draft.id })).data?.vacancy).toBeNull();
      const rival = await employer(t, admin);
      expect(
        (await t.gql(`query ($id: ID!) { vacancy(id: $id) { id } }`, { id: draft.id }, rival.token)).data?.vacancy,
      ).toBeNull();
      const stolen = await t.gql(PUBLISH, { id: draft.id }, rival.token);
      expect(stolen.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(
        (await t.gql(`query ($id: ID!) { vacancy(id: $id) { id } }`, { id: draft.id }, acme.token)).data?.vacancy.id,
      ).toBe(draft.id);
    });

    it('refuses publishing for an unverified employer (EMPLOYER_NOT_VERIFIED)', async () => {
      const pending = await employer(t, admin, { verify: false });
      const draft = await create(pending);
      const result = await t.gql(PUBLISH, { id: draft.id }, pending.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMPLOYER_NOT_VERIFIED' });
    });

    it('refuses a place of work outside the employer’s Member State (LOCATION_OUTSIDE_EMPLOYER_STATE)', async () => {
      const draft = await create(acme, { memberState: 'AT', city: 'Wien' });
      const result = await t.gql(PUBLISH, { id: draft.id }, acme.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'LOCATION_OUTSIDE_EMPLOYER_STATE',
        fields: [{ path: 'id', message: 'names a vacancy whose memberState must be DE' }],
      });
    });

    it('refuses an occupation on no shortage list (NOT_SHORTAGE_OCCUPATION)', async () => {
      const draft = await create(acme, {
        occupationId: accountantId,
        title: 'Accountant',
        essentialSkillIds: [],
        optionalSkillIds: [],
      });
      expect(draft.shortageOccupation).toBe(false);
      const result = await t.gql(PUBLISH, { id: draft.id }, acme.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_SHORTAGE_OCCUPATION',
      });
      const still = await t.gql(`query ($id: ID!) { vacancy(id: $id) { status } }`, { id: draft.id }, acme.token);
      expect(still.data?.vacancy.status).toBe('DRAFT');
    });

    it('refuses unknown concepts (UNKNOWN_CONCEPT) with the offending paths', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const occupation = await t.gql(CREATE, { input: welderVacancy({ occupationId: missing }) }, acme.token);
      expect(occupation.errors?.[0]?.extensions).toMatchObject({
        reason: 'UNKNOWN_CONCEPT',
        fields: [{ path: 'input.occupationId' }],
      });
      const skills = await t.gql(CREATE, { input: welderVacancy({ essentialSkillIds: [missing] }) }, acme.token);
      expect(skills.errors?.[0]?.extensions).toMatchObject({
        reason: 'UNKNOWN_CONCEPT',
        fields: [{ path: 'input.essentialSkillIds.0' }],
      });
    });

    it('validates input with field paths', async () => {
      const result = await t.gql(
        CREATE,
        {
          input: welderVacancy({
            languageRequirements: [{ language: 'german', minLevel: 'B1' }],
            salary: { min: 3000, currency: 'euro', period: 'MONTH' },
          }),
        },
        acme.token,
      );
      const paths = (result.errors?.[0]?.extensions.fields as { path: string }[]).map((f) => f.path).sort();
      expect(paths).toEqual(['input.languageRequirements.0.language', 'input.salary.currency']);
    });

    it('refuses illegal lifecycle moves (INVALID_TRANSITION)', async () => {
      const draft = await create(acme);
      await t.gql(`mutation ($id: ID!) { closeVacancy(id: $id) { status } }`, { id: draft.id }, acme.token);
      const result = await t.gql(PUBLISH, { id: draft.id }, acme.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
      expect(result.errors?.[0]?.message).toBe('A CLOSED vacancy cannot be published');
      const again = await t.gql(
        `mutation ($id: ID!) { closeVacancy(id: $id) { status } }`,
        { id: draft.id },
        acme.token,
      );
      expect(again.errors?.[0]?.message).toBe('A CLOSED vacancy cannot be closed');
    });
  });

  describe('screening, review and reports', () => {
    it('sends a fee-asking vacancy to review, and an admin removes it with a reason', async () => {
      const draft = await create(acme, {
        description:
          'Welders wanted in Kiel. Candidates must pay a placement fee of 1500 EUR before departure to secure the job.',
      });
      const flagged = await t.gql(PUBLISH, { id: draft.id }, acme.token);
      expect(flagged.data?.publishVacancy.status).toBe('IN_REVIEW');
      expect(flagged.data?.publishVacancy.screeningFlags.map((f: { code: string }) => f.code)).toContain('FEE_REQUEST');
      expect((await t.gql(`query ($id: ID!) { vacancy(id: $id) { id } }`, { id: draft.id })).data?.vacancy).toBeNull();

      const noReason = await t.gql(
        `mutation ($id: ID!) { reviewVacancy(id: $id, approve: false, reason: "Recruitment fee") { status } }`,
        { id: draft.id },
        admin.token,
      );
      expect(noReason.errors?.[0]?.extensions.fields).toEqual([
        { path: 'ground', message: 'is required to remove a vacancy' },
        { path: 'facts', message: 'is required to remove a vacancy' },
      ]);
      const removed = await t.gql(
        `mutation ($id: ID!) { reviewVacancy(id: $id, approve: false, reason: "Recruitment fee",
          ground: "Rule V1: no fees charged to workers", facts: "Asks for a 1500 EUR placement fee before departure")
          { status reviewReason } }`,
        { id: draft.id },
        admin.token,
      );
      expect(removed.data?.reviewVacancy).toEqual({ status: 'REMOVED', reviewReason: 'Recruitment fee' });
      const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY at`, [
        draft.id,
      ]);
      expect(audit.map((r: { action: string }) => r.action)).toEqual([
        'vacancy.created',
        'vacancy.publish',
        'vacancy.removed',
      ]);
    });

    it('publishes a flagged vacancy an admin approves', async () => {
      const draft = await create(acme, {
        description:
          'Experienced welders wanted. Please hand over your passport to our agent on arrival for safekeeping.',
      });
      expect(
        (await t.gql(PUBLISH, { id: draft.id }, acme.token)).data?.publishVacancy.screeningFlags.map(
          (f: { code: string }) => f.code,
        ),
      ).toContain('DOCUMENT_RETENTION');
      const approved = await t.gql(
        `mutation ($id: ID!) { reviewVacancy(id: $id, approve: true) { status } }`,
        { id: draft.id },
        admin.token,
      );
      expect(approved.data?.reviewVacancy.status).toBe('PUBLISHED');
    });

    it('takes reports as notices: three different people send a vacancy back to review', async () => {
      const draft = await create(acme);
      await t.gql(PUBLISH, { id: draft.id }, acme.token);
      const status = async () =>
        (await t.gql(`query ($id: ID!) { vacancy(id: $id) { status } }`, { id: draft.id }, acme.token)).data?.vacancy
          .status as string;
      for (const [i, reason] of ['They asked me for money on WhatsApp', 'Same here', 'Fake phone number'].entries()) {
        const candidate = await createUser(t, Role.CANDIDATE);
        const reported = await t.gql(
          `mutation ($id: ID!, $reason: String!) { reportVacancy(id: $id, reason: $reason) }`,
          { id: draft.id, reason },
          candidate.token,
        );
        expect(reported.data?.reportVacancy).toBe(true);
        expect(await status()).toBe(i < 2 ? 'PUBLISHED' : 'IN_REVIEW');
      }
      const notices = await t.dataSource.query(
        `SELECT category, details FROM notice WHERE vacancy_id = $1 ORDER BY created_at`,
        [draft.id],
      );
      expect(notices).toEqual([
        { category: 'OTHER', details: 'They asked me for money on WhatsApp' },
        { category: 'OTHER', details: 'Same here' },
        { category: 'OTHER', details: 'Fake phone number' },
      ]);
    });
  });

  describe('listing', () => {
    let berlin: TestEmployer;
    let nurseVacancy: string;

    beforeAll(async () => {
      berlin = await employer(t, admin, { name: 'Charité Pflege GmbH' });
      const nurse = await occupationId(t, 'nurse responsible for general care');
      const draft = await create(berlin, {
        title: 'Krankenpfleger/in (Pflegefachkraft)',
        description:
          'Pflegefachkraft für die Intensivstation in Berlin gesucht. Anerkennung und Sprachkurs werden bezahlt.',
        occupationId: nurse,
        city: 'Berlin',
      });
      nurseVacancy = draft.id;
      await t.gql(PUBLISH, { id: draft.id }, berlin.token);
    });

    it('finds published vacancies by text and filters', async () => {
      await searchSettled(t);
      const search = await t.gql(LIST, { search: 'Pflegefachkraft Intensivstation' });
      expect(search.data?.vacancies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([nurseVacancy]);
      const byIsco = await t.gql(LIST, { filter: { iscoCodes: ['22'] } });
      expect(byIsco.data?.vacancies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([nurseVacancy]);
      const welders = await t.gql(LIST, { filter: { iscoCodes: ['7212'], memberStates: ['DE'] } });
      expect(welders.data?.vacancies.totalCount).toBeGreaterThan(0);
      expect(welders.data?.vacancies.edges.every((e: { node: { title: string } }) => /Welder/.test(e.node.title))).toBe(
        true,
      );
    });

    it('pages with opaque cursors', async () => {
      await searchSettled(t);
      const first = await t.gql(LIST, { first: 1 });
      expect(first.data?.vacancies.pageInfo.hasNextPage).toBe(true);
      const second = await t.gql(LIST, { first: 1, after: first.data?.vacancies.pageInfo.endCursor });
      expect(second.data?.vacancies.edges[0].node.id).not.toBe(first.data?.vacancies.edges[0].node.id);
      const tooMany = await t.gql(LIST, { first: 101 });
      expect(tooMany.errors?.[0]?.extensions.fields).toEqual([
        { path: 'first', message: 'first must not be greater than 100' },
      ]);
    });

    it('hides a suspended employer’s vacancies at once', async () => {
      await t.gql(
        `mutation ($id: ID!) { setEmployerStatus(id: $id, status: SUSPENDED, reason: "Complaint under review") { status } }`,
        { id: berlin.employerId },
        admin.token,
      );
      // The vacancy is hidden at once (the database has the last word); the index follows within moments.
      expect(
        (await t.gql(`query ($id: ID!) { vacancy(id: $id) { id } }`, { id: nurseVacancy })).data?.vacancy,
      ).toBeNull();
      await searchSettled(t);
      const search = await t.gql(LIST, { filter: { iscoCodes: ['22'] } });
      expect(search.data?.vacancies.totalCount).toBe(0);
      expect(
        (await t.gql(`query ($id: ID!) { vacancy(id: $id) { id } }`, { id: nurseVacancy })).data?.vacancy,
      ).toBeNull();
    });

    it('lists an employer’s own vacancies in every status', async () => {
      const mine = await t.gql(`{ myVacancies(first: 100) { totalCount edges { node { status } } } }`, {}, acme.token);
      const statuses = new Set(mine.data?.myVacancies.edges.map((e: { node: { status: string } }) => e.node.status));
      expect(statuses).toEqual(new Set(['DRAFT', 'PUBLISHED', 'IN_REVIEW', 'REMOVED', 'CLOSED']));
    });
  });
});
