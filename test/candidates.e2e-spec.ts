import { Role } from 'src/auth/role';
import { CONSENT_POLICY_VERSION } from 'src/candidates/candidate-rules';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';

const PROFILE_FIELDS = `id fullName email citizenship residenceCountry birthDate headline
  desiredOccupations { id label escoUri altLabels } skills { id label } languages { language level }
  qualifications { title eqfLevel } experience { occupation { id label } years } preferredDestinations
  availableFrom visible consentGivenAt consentPolicyVersion highestEqfLevel yearsOfExperience`;
const SAVE = `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const MINE = `{ myCandidateProfile { ${PROFILE_FIELDS} } }`;
const VISIBILITY = `mutation ($visible: Boolean!) { setProfileVisibility(visible: $visible) { id visible consentGivenAt consentPolicyVersion } }`;
const CANDIDATE = `query ($id: ID!) { candidate(id: $id) { id headline citizenship residenceCountry highestEqfLevel
  yearsOfExperience preferredDestinations desiredOccupations { id label } skills { id label } languages { language level } } }`;

const OCCUPATIONS = {
  welder: '00000000-0000-4000-8000-000000000001',
  nurse: '00000000-0000-4000-8000-000000000002',
};
const SKILLS = {
  welding: '00000000-0000-4000-8000-000000000011',
  firstAid: '00000000-0000-4000-8000-000000000012',
  german: '00000000-0000-4000-8000-000000000013',
};
const MISSING = '00000000-0000-4000-8000-0000000000ff';

/** The UTC day `years` years (and `days` days) before today, YYYY-MM-DD. */
function yearsAgo(years: number, days = 0): string {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate() - days));
  return day.toISOString().slice(0, 10);
}

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Amina Benali',
    citizenship: 'MA',
    residenceCountry: 'MA',
    birthDate: '1994-03-12',
    headline: 'Certified TIG welder, 6 years in shipyards',
    desiredOccupationIds: [OCCUPATIONS.welder, OCCUPATIONS.welder],
    skillIds: [SKILLS.welding, SKILLS.firstAid, SKILLS.welding],
    languages: [
      { language: 'ar', level: 'C2' },
      { language: 'fr', level: 'C1' },
      { language: 'de', level: 'B1' },
    ],
    qualifications: [
      { title: 'Diplôme de technicien en soudage', eqfLevel: 5 },
      { title: 'Baccalauréat', eqfLevel: 4 },
    ],
    experience: [
      { occupationId: OCCUPATIONS.welder, years: 4.5 },
      { occupationId: OCCUPATIONS.nurse, years: 1.5 },
    ],
    preferredDestinations: ['DE', 'EL', 'DE'],
    availableFrom: '2027-03-01',
    ...overrides,
  };
}

describe('candidate profiles', () => {
  let t: TestApp;
  let admin: TestUser;

  async function verifiedEmployer(status: 'VERIFIED' | 'PENDING' | 'SUSPENDED' = 'VERIFIED'): Promise<TestUser> {
    const user = await createUser(t, Role.EMPLOYER);
    const registered = await t.gql(
      `mutation ($input: EmployerInput!) { registerEmployer(input: $input) { id } }`,
      {
        input: {
          legalName: 'Werft Nord GmbH',
          memberState: 'DE',
          registrationNumber: `HRB ${user.id.slice(0, 8)}`,
          contactEmail: 'jobs@werft-nord.example',
        },
      },
      user.token,
    );
    expect(registered.errors).toBeUndefined();
    if (status !== 'PENDING') {
      const changed = await t.gql(
        `mutation ($id: ID!, $status: EmployerStatus!) { setEmployerStatus(id: $id, status: $status, reason: "checked") { status } }`,
        { id: registered.data?.registerEmployer.id, status },
        admin.token,
      );
      expect(changed.errors).toBeUndefined();
    }
    return user;
  }

  async function candidateWithProfile(overrides: Record<string, unknown> = {}) {
    const user = await createUser(t, Role.CANDIDATE);
    const saved = await t.gql(SAVE, { input: validInput(overrides) }, user.token);
    expect(saved.errors).toBeUndefined();
    return { user, profile: saved.data?.saveCandidateProfile };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t, Role.ADMIN);
    await t.dataSource.query(`INSERT INTO isco_group (code, uri, label, level, parent_code) VALUES
      ('7', 'http://data.europa.eu/esco/isco/C7', 'Craft and related trades workers', 1, NULL),
      ('2', 'http://data.europa.eu/esco/isco/C2', 'Professionals', 1, NULL)`);
    await t.dataSource.query(
      `INSERT INTO occupation (id, esco_uri, isco_code, preferred_label, alt_labels) VALUES
        ($1, 'http://data.europa.eu/esco/occupation/welder', '7', 'welder', '{"TIG welder"}'),
        ($2, 'http://data.europa.eu/esco/occupation/nurse', '2', 'nurse responsible for general care', '{}')`,
      [OCCUPATIONS.welder, OCCUPATIONS.nurse],
    );
    await t.dataSource.query(
      `INSERT INTO skill (id, esco_uri, preferred_label) VALUES
        ($1, 'http://data.europa.eu/esco/skill/welding', 'use welding equipment'),
        ($2, 'http://data.europa.eu/esco/skill/first-aid', 'apply first aid'),
        ($3, 'http://data.europa.eu/esco/skill/german', 'German')`,
      [SKILLS.welding, SKILLS.firstAid, SKILLS.german],
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('saving', () => {
    it('creates a hidden profile with derived fields, collapsing duplicates', async () => {
      const { user, profile } = await candidateWithProfile();
      expect(profile).toMatchObject({
        fullName: 'Amina Benali',
        email: user.email,
        citizenship: 'MA',
        birthDate: '1994-03-12',
        desiredOccupations: [
          { id: OCCUPATIONS.welder, label: 'welder', escoUri: 'http://data.europa.eu/esco/occupation/welder' },
        ],
        skills: [{ id: SKILLS.welding }, { id: SKILLS.firstAid }],
        languages: [
          { language: 'ar', level: 'C2' },
          { language: 'fr', level: 'C1' },
          { language: 'de', level: 'B1' },
        ],
        experience: [
          { occupation: { id: OCCUPATIONS.welder }, years: 4.5 },
          { occupation: { id: OCCUPATIONS.nurse }, years: 1.5 },
        ],
        preferredDestinations: ['DE', 'GR'],
        availableFrom: '2027-03-01',
        visible: false,
        consentGivenAt: null,
        highestEqfLevel: 5,
        yearsOfExperience: 6,
      });
      const mine = await t.gql(MINE, {}, user.token);
      expect(mine.data?.myCandidateProfile).toEqual(profile);
    });

    it('answers null before a profile exists', async () => {
      const user = await createUser(t, Role.CANDIDATE);
      expect((await t.gql(MINE, {}, user.token)).data).toEqual({ myCandidateProfile: null });
    });

    it('replaces every list on a second save, keeping the same id', async () => {
      const { user, profile } = await candidateWithProfile();
      const again = await t.gql(
        SAVE,
        {
          input: validInput({
            skillIds: [SKILLS.german],
            languages: [{ language: 'de', level: 'B2' }],
            qualifications: [],
            experience: [],
            desiredOccupationIds: [OCCUPATIONS.nurse],
            headline: '  ',
          }),
        },
        user.token,
      );
      expect(again.errors).toBeUndefined();
      expect(again.data?.saveCandidateProfile).toMatchObject({
        id: profile.id,
        headline: null,
        skills: [{ id: SKILLS.german }],
        languages: [{ language: 'de', level: 'B2' }],
        qualifications: [],
        experience: [],
        desiredOccupations: [{ id: OCCUPATIONS.nurse }],
        highestEqfLevel: null,
        yearsOfExperience: 0,
      });
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM candidate_skill WHERE profile_id = $1`,
        [profile.id],
      );
      expect(count).toBe(1);
    });

    it('keeps a visible profile visible, with its consent, when saved again', async () => {
      const { user } = await candidateWithProfile();
      const shown = await t.gql(VISIBILITY, { visible: true }, user.token);
      const saved = await t.gql(SAVE, { input: validInput({ headline: 'Welder' }) }, user.token);
      expect(saved.data?.saveCandidateProfile).toMatchObject({
        visible: true,
        consentGivenAt: shown.data?.setProfileVisibility.consentGivenAt,
        headline: 'Welder',
      });
    });
  });

  describe('rules', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await createUser(t, Role.CANDIDATE);
    });

    async function refusal(overrides: Record<string, unknown>) {
      const result = await t.gql(SAVE, { input: validInput(overrides) }, user.token);
      expect(result.data).toBeNull();
      return result.errors?.[0]?.extensions;
    }

    it.each([
      [{ citizenship: 'FR' }, 'EU_CITIZEN', 'input.citizenship'],
      [{ citizenship: 'EL' }, 'EU_CITIZEN', 'input.citizenship'],
      [{ residenceCountry: 'ES' }, 'RESIDES_IN_EU', 'input.residenceCountry'],
      [{ birthDate: yearsAgo(18, -1) }, 'UNDER_AGE', 'input.birthDate'],
    ])('refuses %j with %s', async (overrides, reason, path) => {
      expect(await refusal(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [{ path }] });
    });

    it('accepts a candidate on their 18th birthday', async () => {
      const other = await createUser(t, Role.CANDIDATE);
      const result = await t.gql(SAVE, { input: validInput({ birthDate: yearsAgo(18) }) }, other.token);
      expect(result.errors).toBeUndefined();
    });

    it('names every unknown occupation and skill by its path', async () => {
      const extensions = await refusal({
        desiredOccupationIds: [OCCUPATIONS.welder, MISSING],
        skillIds: [SKILLS.welding, SKILLS.firstAid, MISSING, 'not-a-uuid'],
        experience: [
          { occupationId: OCCUPATIONS.nurse, years: 1 },
          { occupationId: MISSING, years: 2 },
        ],
      });
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CONCEPT' });
      expect((extensions?.fields as { path: string }[]).map((f) => f.path)).toEqual([
        'input.desiredOccupationIds.1',
        'input.skillIds.2',
        'input.skillIds.3',
        'input.experience.1.occupationId',
      ]);
    });

    it('refuses a skill id given as an occupation', async () => {
      expect(await refusal({ desiredOccupationIds: [SKILLS.welding] })).toMatchObject({
        reason: 'UNKNOWN_CONCEPT',
        fields: [{ path: 'input.desiredOccupationIds.0' }],
      });
    });
  });

  describe('field errors', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await createUser(t, Role.CANDIDATE);
    });

    async function paths(overrides: Record<string, unknown>): Promise<string[]> {
      const result = await t.gql(SAVE, { input: validInput(overrides) }, user.token);
      expect(result.data ?? null).toBeNull();
      const extensions = result.errors?.[0]?.extensions;
      expect(extensions?.code).toBe('BAD_USER_INPUT');
      expect(extensions?.reason).toBeUndefined();
      return (extensions?.fields as { path: string }[]).map((f) => f.path);
    }

    it.each([
      ['an unknown country', { citizenship: 'XX' }, ['input.citizenship']],
      ['a lower-case country', { residenceCountry: 'ma' }, ['input.residenceCountry']],
      ['a non-EU destination', { preferredDestinations: ['DE', 'MA'] }, ['input.preferredDestinations']],
      ['an unknown language', { languages: [{ language: 'xx', level: 'B1' }] }, ['input.languages.0.language']],
      ['an unknown CEFR level', { languages: [{ language: 'de', level: 'D1' }] }, ['input.languages.0.level']],
      [
        'a language listed twice',
        {
          languages: [
            { language: 'de', level: 'B1' },
            { language: 'de', level: 'C1' },
          ],
        },
        ['input.languages'],
      ],
      ['an EQF level of 9', { qualifications: [{ title: 'PhD', eqfLevel: 9 }] }, ['input.qualifications.0.eqfLevel']],
      ['an EQF level of 0', { qualifications: [{ title: 'None', eqfLevel: 0 }] }, ['input.qualifications.0.eqfLevel']],
      [
        'negative years',
        { experience: [{ occupationId: OCCUPATIONS.welder, years: -1 }] },
        ['input.experience.0.years'],
      ],
      ['61 years', { experience: [{ occupationId: OCCUPATIONS.welder, years: 61 }] }, ['input.experience.0.years']],
      ['a birth date in the future', { birthDate: yearsAgo(-1) }, ['input.birthDate']],
      ['a birth date before 1900', { birthDate: '1899-12-31' }, ['input.birthDate']],
      ['a day that does not exist', { birthDate: '1990-02-30' }, ['input.birthDate']],
      ['a malformed start date', { availableFrom: '1 March 2027' }, ['input.availableFrom']],
      ['an empty name', { fullName: '   ' }, ['input.fullName']],
    ])('names the field for %s', async (_what, overrides, expected) => {
      expect(await paths(overrides)).toEqual(expected);
    });

    it.each([
      ['fullName', { fullName: 'x'.repeat(201) }],
      ['headline', { headline: 'x'.repeat(201) }],
      ['desiredOccupationIds', { desiredOccupationIds: Array(11).fill(OCCUPATIONS.welder) }],
      ['skillIds', { skillIds: Array(201).fill(SKILLS.welding) }],
      ['qualifications', { qualifications: Array(21).fill({ title: 'Course', eqfLevel: 3 }) }],
      ['experience', { experience: Array(31).fill({ occupationId: OCCUPATIONS.welder, years: 1 }) }],
      ['preferredDestinations', { preferredDestinations: Array(28).fill('DE') }],
      ['qualifications.0.title', { qualifications: [{ title: 'x'.repeat(201), eqfLevel: 3 }] }],
    ])('enforces the maximum of %s', async (field, overrides) => {
      expect(await paths(overrides)).toEqual([`input.${field}`]);
    });

    it('enforces the maximum number of languages', async () => {
      const codes = ['ar', 'fr', 'de', 'en', 'es', 'it', 'pt', 'nl', 'pl', 'ro', 'sv', 'da', 'fi', 'el', 'cs'];
      const more = [...codes, 'hu', 'bg', 'hr', 'sk', 'sl', 'lt'];
      expect(await paths({ languages: more.map((language) => ({ language, level: 'A1' })) })).toEqual([
        'input.languages',
      ]);
    });
  });

  describe('atomicity', () => {
    it('leaves the previous profile intact when a save fails', async () => {
      const { user, profile } = await candidateWithProfile();
      const failed = await t.gql(
        SAVE,
        { input: validInput({ fullName: 'Someone Else', skillIds: [SKILLS.german, MISSING] }) },
        user.token,
      );
      expect(failed.errors?.[0]?.extensions.reason).toBe('UNKNOWN_CONCEPT');
      expect((await t.gql(MINE, {}, user.token)).data?.myCandidateProfile).toEqual(profile);
    });

    it('rolls back the profile row when a list insert fails in the database', async () => {
      const { user, profile } = await candidateWithProfile();
      // The database refuses one list row, after the profile row was already rewritten in the same transaction.
      await t.dataSource.query(
        `ALTER TABLE candidate_qualification ADD CONSTRAINT no_secret_title CHECK (title <> 'secret')`,
      );
      try {
        const failed = await t.gql(
          SAVE,
          { input: validInput({ fullName: 'Changed Name', qualifications: [{ title: 'secret', eqfLevel: 3 }] }) },
          user.token,
        );
        expect(failed.errors?.[0]?.extensions.code).toBe('INTERNAL');
      } finally {
        await t.dataSource.query(`ALTER TABLE candidate_qualification DROP CONSTRAINT no_secret_title`);
      }
      expect((await t.gql(MINE, {}, user.token)).data?.myCandidateProfile).toEqual(profile);
    });

    it('keeps a concept that a profile uses from being deleted', async () => {
      await candidateWithProfile();
      await expect(t.dataSource.query(`DELETE FROM skill WHERE id = $1`, [SKILLS.welding])).rejects.toThrow(
        /foreign key/,
      );
    });
  });

  describe('consent', () => {
    it('needs a saved profile', async () => {
      const user = await createUser(t, Role.CANDIDATE);
      const result = await t.gql(VISIBILITY, { visible: true }, user.token);
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });

    it('records consent with the policy version, withdraws it at once, and keeps the history', async () => {
      const { user, profile } = await candidateWithProfile();
      const given = await t.gql(VISIBILITY, { visible: true }, user.token);
      expect(given.data?.setProfileVisibility).toMatchObject({
        id: profile.id,
        visible: true,
        consentPolicyVersion: CONSENT_POLICY_VERSION,
      });
      expect(Date.now() - Date.parse(given.data?.setProfileVisibility.consentGivenAt)).toBeLessThan(60_000);

      const withdrawn = await t.gql(VISIBILITY, { visible: false }, user.token);
      expect(withdrawn.data?.setProfileVisibility).toEqual({
        id: profile.id,
        visible: false,
        consentGivenAt: null,
        consentPolicyVersion: null,
      });

      const events = await t.dataSource.query(
        `SELECT given, policy_version AS "policyVersion", user_id AS "userId" FROM consent_event WHERE profile_id = $1 ORDER BY at`,
        [profile.id],
      );
      expect(events).toEqual([
        { given: true, policyVersion: CONSENT_POLICY_VERSION, userId: user.id },
        { given: false, policyVersion: CONSENT_POLICY_VERSION, userId: user.id },
      ]);
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'candidate.consent%' ORDER BY at`,
        [profile.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'candidate.consent_given',
        'candidate.consent_withdrawn',
      ]);
    });
  });

  describe('what employers see', () => {
    let employer: TestUser;
    let visible: { user: TestUser; profile: Record<string, any> };
    beforeAll(async () => {
      employer = await verifiedEmployer();
      visible = await candidateWithProfile();
      await t.gql(VISIBILITY, { visible: true }, visible.user.token);
    });

    it('shows a verified employer the pseudonymised summary, and audits the view', async () => {
      const result = await t.gql(CANDIDATE, { id: visible.profile.id }, employer.token);
      expect(result.errors).toBeUndefined();
      expect(result.data?.candidate).toEqual({
        id: visible.profile.id,
        headline: 'Certified TIG welder, 6 years in shipyards',
        citizenship: 'MA',
        residenceCountry: 'MA',
        highestEqfLevel: 5,
        yearsOfExperience: 6,
        preferredDestinations: ['DE', 'GR'],
        desiredOccupations: [{ id: OCCUPATIONS.welder, label: 'welder' }],
        skills: [
          { id: SKILLS.welding, label: 'use welding equipment' },
          { id: SKILLS.firstAid, label: 'apply first aid' },
        ],
        languages: [
          { language: 'ar', level: 'C2' },
          { language: 'fr', level: 'C1' },
          { language: 'de', level: 'B1' },
        ],
      });
      const audit = await t.dataSource.query(
        `SELECT actor_id AS "actorId", actor_role AS "actorRole" FROM audit_log WHERE action = 'candidate.viewed' AND target_id = $1`,
        [visible.profile.id],
      );
      expect(audit).toEqual([{ actorId: employer.id, actorRole: 'EMPLOYER' }]);
    });

    it.each(['fullName', 'birthDate', 'email', 'consentGivenAt'])('has no %s field at all', async (field) => {
      const result = await t.gql(
        `query ($id: ID!) { candidate(id: $id) { id ${field} } }`,
        { id: visible.profile.id },
        employer.token,
      );
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]).toMatchObject({
        message: `Cannot query field "${field}" on type "CandidateSummary".`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('answers null for a hidden profile, just as for a missing one', async () => {
      const hidden = await candidateWithProfile();
      const seen = await t.gql(CANDIDATE, { id: hidden.profile.id }, employer.token);
      const missing = await t.gql(CANDIDATE, { id: MISSING }, employer.token);
      expect(seen).toMatchObject({ data: { candidate: null } });
      expect(seen.errors).toBeUndefined();
      expect(missing.data).toEqual(seen.data);
    });

    it('stops showing a profile the moment consent is withdrawn', async () => {
      const leaving = await candidateWithProfile();
      await t.gql(VISIBILITY, { visible: true }, leaving.user.token);
      expect((await t.gql(CANDIDATE, { id: leaving.profile.id }, employer.token)).data?.candidate).not.toBeNull();
      await t.gql(VISIBILITY, { visible: false }, leaving.user.token);
      expect((await t.gql(CANDIDATE, { id: leaving.profile.id }, employer.token)).data?.candidate).toBeNull();
    });

    it.each(['PENDING', 'SUSPENDED'] as const)('refuses a %s employer', async (status) => {
      const unverified = await verifiedEmployer(status);
      const result = await t.gql(CANDIDATE, { id: visible.profile.id }, unverified.token);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'EMPLOYER_NOT_VERIFIED' });
    });

    it('refuses an employer account with no organisation', async () => {
      const bare = await createUser(t, Role.EMPLOYER);
      const result = await t.gql(CANDIDATE, { id: visible.profile.id }, bare.token);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'EMPLOYER_NOT_VERIFIED' });
    });

    it('refuses candidates at the guard', async () => {
      const result = await t.gql(CANDIDATE, { id: visible.profile.id }, visible.user.token);
      expect(result.errors?.[0]).toMatchObject({
        message: 'Your role may not do this',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(result.errors?.[0]?.extensions.reason).toBeUndefined();
    });

    it.each([Role.PARTNERSHIP_ADMIN, Role.ADMIN])('shows the summary to %s', async (role) => {
      const reader = await createUser(t, role);
      const result = await t.gql(CANDIDATE, { id: visible.profile.id }, reader.token);
      expect(result.data?.candidate.id).toBe(visible.profile.id);
    });
  });
});
