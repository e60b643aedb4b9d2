import { Role } from 'src/auth/role';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, occupationId, searchSettled, seedDemo, TestEmployer } from './setup/flows';

const PROGRAMME_FIELDS = `id name partnerCountries memberStates active criteria { citizenships residenceCountries
  minAge maxAge languages { language minLevel } minEqfLevel iscoCodes minExperienceYears requiresTrainingCompletion }`;
const CREATE = `mutation ($input: PartnershipProgrammeInput!) { createPartnershipProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: PartnershipProgrammeInput!) { updatePartnershipProgramme(id: $id, input: $input) { ${PROGRAMME_FIELDS} } }`;
const ASSIGN = `mutation ($programmeId: ID!, $userId: ID!) { assignProgrammeAdministrator(programmeId: $programmeId, userId: $userId) { id name } }`;
const AWARD = `mutation ($programmeId: ID!, $candidateId: ID!, $trainingCompleted: Boolean!) {
  awardPartnershipCredential(programmeId: $programmeId, candidateId: $candidateId, trainingCompleted: $trainingCompleted) {
    programme { id name } trainingCompleted awardedAt } }`;
const ELIGIBILITY = `query ($programmeId: ID!, $candidateId: ID) { eligibility(programmeId: $programmeId, candidateId: $candidateId) {
  eligible programme { name } checks { criterion passed detail } } }`;
const PROGRAMMES = `query ($first: Int, $after: String) { partnershipProgrammes(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name memberStates } } } }`;
const SAVE = `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`;
const CREDENTIALS = `{ myCandidateProfile { credentials { programme { name } trainingCompleted awardedAt } } }`;
const SUMMARY = `query ($id: ID!) { candidate(id: $id) { id credentials { programme { name } trainingCompleted } } }`;
const CREATE_VACANCY = `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id programme { name memberStates } } }`;

type Errors = { extensions: Record<string, unknown> }[] | undefined;

function paths(errors: Errors): string[] {
  return ((errors?.[0]?.extensions.fields ?? []) as { path: string }[]).map((f) => f.path);
}

describe('Talent Partnership programmes', () => {
  let t: TestApp;
  let admin: TestUser;
  let acme: TestEmployer;
  let welderId: string;
  let developerId: string;
  let welding: { id: string; name: string };
  let programmeAdmin: TestUser;

  const weldingInput = (overrides: Record<string, unknown> = {}) => ({
    name: 'Welding Partnership Morocco–Germany',
    partnerCountries: ['MA', 'TN'],
    memberStates: ['DE'],
    criteria: {
      citizenships: ['MA', 'TN'],
      minAge: 18,
      maxAge: 45,
      languages: [{ language: 'de', minLevel: 'B1' }],
      iscoCodes: ['7212'],
      requiresTrainingCompletion: true,
    },
    ...overrides,
  });

  const profileInput = (overrides: Record<string, unknown> = {}) => ({
    fullName: 'Youssef Amrani',
    citizenship: 'MA',
    residenceCountry: 'MA',
    birthDate: '1996-04-20',
    desiredOccupationIds: [welderId],
    languages: [
      { language: 'ar', level: 'C2' },
      { language: 'de', level: 'A2' },
    ],
    qualifications: [{ title: 'Diplôme de technicien en soudage', eqfLevel: 4 }],
    experience: [{ occupationId: welderId, years: 3 }],
    ...overrides,
  });

  async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string) {
    const result = await t.gql<T>(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  async function candidate(overrides: Record<string, unknown> = {}, visible = false) {
    const user = await createUser(t, Role.CANDIDATE);
    const saved = await ok(SAVE, { input: profileInput(overrides) }, user.token);
    if (visible) await ok(`mutation { setProfileVisibility(visible: true) { id } }`, {}, user.token);
    return { user, profileId: saved.saveCandidateProfile.id as string };
  }

  async function newProgrammeAdmin(programmeId: string): Promise<TestUser> {
    const user = await createUser(t, Role.CANDIDATE);
    await ok(ASSIGN, { programmeId, userId: user.id }, admin.token);
    return { ...user, role: Role.PARTNERSHIP_ADMIN };
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    acme = await employer(t, admin);
    welderId = await occupationId(t, 'welder');
    developerId = await occupationId(t, 'software developer');
    welding = (await ok(CREATE, { input: weldingInput() }, admin.token)).createPartnershipProgramme;
    programmeAdmin = await newProgrammeAdmin(welding.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('programmes', () => {
    it('seeds the THAMM, PALIM and MATCH demo programmes once, browsable without an account', async () => {
      await seedDemo(t);
      const list = await ok(PROGRAMMES, { first: 100 });
      const demo = (list.partnershipProgrammes.edges as { node: { name: string; memberStates: string[] } }[])
        .map((e) => e.node)
        .filter((p) => p.name.endsWith('(demo)'));
      expect(demo).toEqual([
        { id: expect.any(String), name: 'MATCH ICT (demo)', memberStates: ['BE', 'IT', 'LU', 'NL'] },
        { id: expect.any(String), name: 'PALIM Flanders ICT (demo)', memberStates: ['BE'] },
        { id: expect.any(String), name: 'THAMM Germany (demo)', memberStates: ['DE'] },
      ]);
      const page = await ok(PROGRAMMES, { first: 2 });
      expect(page.partnershipProgrammes.pageInfo.hasNextPage).toBe(true);
      const next = await ok(PROGRAMMES, { first: 100, after: page.partnershipProgrammes.pageInfo.endCursor });
      expect(next.partnershipProgrammes.edges).toHaveLength(list.partnershipProgrammes.totalCount - 2);
    });

    it('stores the criteria as given, unset ones empty, and Greece as GR', async () => {
      const created = await ok(
        CREATE,
        { input: { name: 'Hellenic Care', partnerCountries: ['EG'], memberStates: ['EL', 'CY', 'EL'] } },
        admin.token,
      );
      expect(created.createPartnershipProgramme).toMatchObject({
        memberStates: ['GR', 'CY'],
        active: true,
        criteria: {
          citizenships: [],
          minAge: null,
          languages: [],
          iscoCodes: [],
          minExperienceYears: null,
          requiresTrainingCompletion: false,
        },
      });
      const read = await ok(`query ($id: ID!) { partnershipProgramme(id: $id) { ${PROGRAMME_FIELDS} } }`, {
        id: welding.id,
      });
      expect(read.partnershipProgramme.criteria).toMatchObject({
        citizenships: ['MA', 'TN'],
        languages: [{ language: 'de', minLevel: 'B1' }],
        iscoCodes: ['7212'],
        requiresTrainingCompletion: true,
      });
    });

    it('refuses partner countries in the EU, destinations outside it and incoherent criteria, by field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ partnerCountries: ['MA', 'FR'] }, 'input.partnerCountries'],
        [{ partnerCountries: ['XX'] }, 'input.partnerCountries'],
        [{ memberStates: ['DE', 'MA'] }, 'input.memberStates'],
        [{ criteria: { minAge: 40, maxAge: 30 } }, 'input.criteria.maxAge'],
        [{ criteria: { minAge: 12 } }, 'input.criteria.minAge'],
        [{ criteria: { iscoCodes: ['72a1'] } }, 'input.criteria.iscoCodes'],
        [{ criteria: { minEqfLevel: 9 } }, 'input.criteria.minEqfLevel'],
        [{ criteria: { minExperienceYears: 51 } }, 'input.criteria.minExperienceYears'],
        [{ criteria: { citizenships: ['Morocco'] } }, 'input.criteria.citizenships'],
        [{ criteria: { languages: [{ language: 'deu', minLevel: 'B1' }] } }, 'input.criteria.languages.0.language'],
        [
          {
            criteria: {
              languages: [
                { language: 'de', minLevel: 'B1' },
                { language: 'de', minLevel: 'B2' },
              ],
            },
          },
          'input.criteria.languages',
        ],
      ];
      for (const [overrides, path] of cases) {
        const result = await t.gql(CREATE, { input: weldingInput({ name: 'Refused', ...overrides }) }, admin.token);
        expect([JSON.stringify(overrides), result.errors?.[0]?.extensions.code]).toEqual([
          JSON.stringify(overrides),
          'BAD_USER_INPUT',
        ]);
        expect(paths(result.errors)).toContain(path);
      }
      const badCefr = await t.gql(
        CREATE,
        { input: weldingInput({ name: 'Refused', criteria: { languages: [{ language: 'de', minLevel: 'B3' }] } }) },
        admin.token,
      );
      expect(badCefr.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(paths(badCefr.errors).join()).toContain('minLevel');
    });

    it('keeps names unique and updates a programme in full', async () => {
      const taken = await t.gql(
        CREATE,
        { input: weldingInput({ name: 'welding partnership morocco–germany' }) },
        admin.token,
      );
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.name' }] });

      const other = (await ok(CREATE, { input: weldingInput({ name: 'To be renamed' }) }, admin.token))
        .createPartnershipProgramme;
      const updated = await ok(
        UPDATE,
        { id: other.id, input: weldingInput({ name: 'Renamed', active: false, criteria: { minEqfLevel: 5 } }) },
        admin.token,
      );
      expect(updated.updatePartnershipProgramme).toMatchObject({
        name: 'Renamed',
        active: false,
        criteria: { minEqfLevel: 5, languages: [], requiresTrainingCompletion: false },
      });
      const missing = await t.gql(
        UPDATE,
        { id: '00000000-0000-4000-8000-000000000000', input: weldingInput({ name: 'Nowhere' }) },
        admin.token,
      );
      expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('administrators', () => {
    it('turns an account without a profile or organisation into a PARTNERSHIP_ADMIN, audited', async () => {
      const me = await ok(`{ me { role } }`, {}, programmeAdmin.token);
      expect(me.me.role).toBe('PARTNERSHIP_ADMIN');
      const audit = await t.dataSource.query<{ detail: { from: string; to: string } }[]>(
        `SELECT detail FROM audit_log WHERE action = 'user.role_changed' AND target_id = $1`,
        [programmeAdmin.id],
      );
      expect(audit.map((a) => a.detail)).toEqual([
        expect.objectContaining({ from: 'CANDIDATE', to: 'PARTNERSHIP_ADMIN' }),
      ]);
    });

    it('refuses administrators, candidates with a profile and employers with an organisation', async () => {
      const otherAdmin = await createUser(t, Role.ADMIN);
      const { user: withProfile } = await candidate();
      for (const userId of [otherAdmin.id, withProfile.id, acme.id]) {
        const result = await t.gql(ASSIGN, { programmeId: welding.id, userId }, admin.token);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
      }
      const unknown = await t.gql(
        ASSIGN,
        { programmeId: welding.id, userId: '00000000-0000-4000-8000-000000000000' },
        admin.token,
      );
      expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('eligibility and credentials', () => {
    it('turns a candidate from not eligible to eligible once trained to German B1 and credited', async () => {
      const { user, profileId } = await candidate();

      const before = (await ok(ELIGIBILITY, { programmeId: welding.id }, user.token)).eligibility;
      expect(before.eligible).toBe(false);
      expect(before.programme.name).toBe(welding.name);
      const failing = (before.checks as { criterion: string; passed: boolean; detail: string }[]).filter(
        (c) => !c.passed,
      );
      expect(failing).toEqual([
        { criterion: 'language:de', passed: false, detail: 'German B1 required, candidate has A2' },
        {
          criterion: 'training',
          passed: false,
          detail: `Completed ${welding.name} training required, candidate holds no ${welding.name} credential`,
        },
      ]);
      expect(before.checks.map((c: { criterion: string }) => c.criterion)).toEqual([
        'citizenship',
        'minAge',
        'maxAge',
        'language:de',
        'occupation',
        'training',
      ]);

      const selected = await ok(
        AWARD,
        { programmeId: welding.id, candidateId: profileId, trainingCompleted: false },
        programmeAdmin.token,
      );
      expect(selected.awardPartnershipCredential).toMatchObject({
        programme: { name: welding.name },
        trainingCompleted: false,
      });
      const inTraining = (await ok(ELIGIBILITY, { programmeId: welding.id }, user.token)).eligibility;
      expect(inTraining.checks).toContainEqual({
        criterion: 'training',
        passed: false,
        detail: `Completed ${welding.name} training required, candidate has not completed it yet`,
      });

      await ok(SAVE, { input: profileInput({ languages: [{ language: 'de', level: 'B1' }] }) }, user.token);
      await ok(
        AWARD,
        { programmeId: welding.id, candidateId: profileId, trainingCompleted: true },
        programmeAdmin.token,
      );
      const after = (await ok(ELIGIBILITY, { programmeId: welding.id, candidateId: profileId }, user.token))
        .eligibility;
      expect(after.eligible).toBe(true);
      expect(after.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);

      const mine = await ok(CREDENTIALS, {}, user.token);
      expect(mine.myCandidateProfile.credentials).toEqual([
        { programme: { name: welding.name }, trainingCompleted: true, awardedAt: expect.any(String) },
      ]);
      // The candidate's data export carries the credential too.
      const exported = JSON.parse((await ok(`mutation { exportMyData }`, {}, user.token)).exportMyData as string);
      expect(exported.partnershipCredentials).toEqual([
        expect.objectContaining({ programme: welding.name, programmeId: welding.id, trainingCompleted: true }),
      ]);
      // An award does not put a candidate who has not consented into the search index.
      await searchSettled(t);
      const indexed = await t.dataSource.query(`SELECT 1 FROM search_candidate WHERE id = $1`, [profileId]);
      expect(indexed).toEqual([]);
    });

    it('shows credentials to a verified employer and lets the programme admin and admins check visible candidates', async () => {
      const { profileId } = await candidate({ languages: [{ language: 'de', level: 'C1' }] }, true);
      await ok(
        AWARD,
        { programmeId: welding.id, candidateId: profileId, trainingCompleted: true },
        programmeAdmin.token,
      );

      const summary = await ok(SUMMARY, { id: profileId }, acme.token);
      expect(summary.candidate.credentials).toEqual([{ programme: { name: welding.name }, trainingCompleted: true }]);

      for (const viewer of [programmeAdmin, admin]) {
        const checked = await ok(ELIGIBILITY, { programmeId: welding.id, candidateId: profileId }, viewer.token);
        expect(checked.eligibility.eligible).toBe(true);
      }
      const hidden = await candidate();
      const notVisible = await t.gql(
        ELIGIBILITY,
        { programmeId: welding.id, candidateId: hidden.profileId },
        programmeAdmin.token,
      );
      expect(notVisible.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const noId = await t.gql(ELIGIBILITY, { programmeId: welding.id }, admin.token);
      expect(noId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'candidateId' }] });
    });

    it('keeps each programme to its own administrators, and credentials away from candidates', async () => {
      const { user, profileId } = await candidate({}, true);
      const other = (await ok(CREATE, { input: weldingInput({ name: 'Other Partnership' }) }, admin.token))
        .createPartnershipProgramme;
      const otherAdmin = await newProgrammeAdmin(other.id);

      const award = await t.gql(
        AWARD,
        { programmeId: welding.id, candidateId: profileId, trainingCompleted: true },
        otherAdmin.token,
      );
      expect(award.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const check = await t.gql(ELIGIBILITY, { programmeId: welding.id, candidateId: profileId }, otherAdmin.token);
      expect(check.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

      for (const caller of [user, admin, acme]) {
        const selfAward = await t.gql(
          AWARD,
          { programmeId: welding.id, candidateId: profileId, trainingCompleted: true },
          caller.token,
        );
        expect(selfAward.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const employerCheck = await t.gql(ELIGIBILITY, { programmeId: welding.id, candidateId: profileId }, acme.token);
      expect(employerCheck.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

      const someoneElse = await candidate({}, true);
      const peek = await t.gql(
        ELIGIBILITY,
        { programmeId: welding.id, candidateId: someoneElse.profileId },
        user.token,
      );
      expect(peek.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

      const unknownCandidate = await t.gql(
        AWARD,
        { programmeId: welding.id, candidateId: '00000000-0000-4000-8000-000000000000', trainingCompleted: true },
        programmeAdmin.token,
      );
      expect(unknownCandidate.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

      const noProfile = await createUser(t, Role.CANDIDATE);
      const own = await t.gql(ELIGIBILITY, { programmeId: welding.id }, noProfile.token);
      expect(own.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('vacancies', () => {
    const vacancy = (overrides: Record<string, unknown>) => ({
      title: 'Welder for shipyard work',
      description: 'We build ship sections in Kiel and are looking for welders trained in the programme.',
      occupationId: welderId,
      memberState: 'DE',
      positions: 2,
      ...overrides,
    });

    it('shows the programme a vacancy recruits for', async () => {
      const created = await ok(CREATE_VACANCY, { input: vacancy({ programmeId: welding.id }) }, acme.token);
      expect(created.createVacancy.programme).toEqual({ name: welding.name, memberStates: ['DE'] });
      const plain = await ok(CREATE_VACANCY, { input: vacancy({ occupationId: developerId }) }, acme.token);
      expect(plain.createVacancy.programme).toBeNull();
    });

    it('refuses an unknown or inactive programme, and one that does not place people in the Member State', async () => {
      const unknown = await t.gql(
        CREATE_VACANCY,
        { input: vacancy({ programmeId: '00000000-0000-4000-8000-000000000000' }) },
        acme.token,
      );
      expect(unknown.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNKNOWN_CONCEPT',
        fields: [{ path: 'input.programmeId' }],
      });

      const belgian = (
        await ok(CREATE, { input: weldingInput({ name: 'Belgian Partnership', memberStates: ['BE'] }) }, admin.token)
      ).createPartnershipProgramme;
      const elsewhere = await t.gql(CREATE_VACANCY, { input: vacancy({ programmeId: belgian.id }) }, acme.token);
      expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.memberState' }],
      });

      const closed = (
        await ok(CREATE, { input: weldingInput({ name: 'Closed Partnership', active: false }) }, admin.token)
      ).createPartnershipProgramme;
      const inactive = await t.gql(CREATE_VACANCY, { input: vacancy({ programmeId: closed.id }) }, acme.token);
      expect(inactive.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: 'input.programmeId' }] });
    });
  });
});
