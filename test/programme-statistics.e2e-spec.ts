import { Role } from 'src/auth/role';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, occupationId, searchSettled, seedDemo } from './setup/flows';

const STATISTICS = `query ($p: ID!) { programmeStatistics(programmeId: $p) {
  programme { name } visibleCandidates eligibleCandidates
  criteria { criterion failing passingSoFar }
  matchesConsidered missingSkills { skill { id label } matches } computedAt } }`;
const MINE = `{ myProgrammes { id name } }`;

/**
 * One programme (Moroccan citizens, German B1, welders) over candidates each built to fail
 * known criteria, so every count below is written down before it is asked for.
 */
describe('programme statistics', () => {
  let t: TestApp;
  let admin: TestUser;
  let programmeAdmin: TestUser;
  let programmeId: string;
  let welder: string;
  let essential: string[];
  let half: number;

  async function candidate(input: Record<string, unknown>, visible = true): Promise<void> {
    const user = await createUser(t, Role.CANDIDATE);
    const saved = await t.gql(
      `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`,
      {
        input: {
          fullName: 'Statistics Candidate',
          citizenship: 'MA',
          residenceCountry: 'MA',
          birthDate: '1994-02-11',
          desiredOccupationIds: [welder],
          skillIds: essential,
          languages: [{ language: 'de', level: 'B1' }],
          experience: [{ occupationId: welder, years: 2 }],
          ...input,
        },
      },
      user.token,
    );
    if (saved.errors) throw new Error(JSON.stringify(saved.errors));
    if (visible) await t.gql(`mutation { setProfileVisibility(visible: true) { id } }`, {}, user.token);
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    welder = await occupationId(t, 'welder');
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT skill_id AS id FROM occupation_skill WHERE occupation_id = $1 AND relation_type = 'essential' ORDER BY skill_id`,
      [welder],
    );
    essential = rows.map((r) => r.id);
    half = Math.ceil(essential.length / 2);

    const created = await t.gql(
      `mutation ($input: PartnershipProgrammeInput!) { createPartnershipProgramme(input: $input) { id } }`,
      {
        input: {
          name: 'Welders Morocco–Germany',
          partnerCountries: ['MA'],
          memberStates: ['DE'],
          criteria: { citizenships: ['MA'], languages: [{ language: 'de', minLevel: 'B1' }], iscoCodes: ['7212'] },
        },
      },
      admin.token,
    );
    programmeId = created.data!.createPartnershipProgramme.id as string;
    programmeAdmin = await createUser(t, Role.CANDIDATE);
    await t.gql(
      `mutation ($p: ID!, $u: ID!) { assignProgrammeAdministrator(programmeId: $p, userId: $u) { id } }`,
      { p: programmeId, u: programmeAdmin.id },
      admin.token,
    );

    await candidate({});
    await candidate({ skillIds: essential.slice(0, half) });
    await candidate({ citizenship: 'TN' });
    await candidate({ languages: [{ language: 'de', level: 'A2' }] });
    await candidate({ citizenship: 'EG', languages: [{ language: 'de', level: 'A1' }] });
    await candidate({}, false);

    const acme = await employer(t, admin);
    const vacancy = await t.gql(
      `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
      {
        input: {
          title: 'Welder (programme)',
          description: 'Welding of steel structures in Bremen for the programme’s graduates.',
          occupationId: welder,
          memberState: 'DE',
          programmeId,
        },
      },
      acme.token,
    );
    const published = await t.gql(
      `mutation ($id: ID!) { publishVacancy(id: $id) { status } }`,
      { id: vacancy.data!.createVacancy.id },
      acme.token,
    );
    expect(published.data?.publishVacancy.status).toBe('PUBLISHED');
    await searchSettled(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts eligible visible candidates and, per criterion, who fails it and who is still in', async () => {
    const result = await t.gql(STATISTICS, { p: programmeId }, programmeAdmin.token);
    expect(result.errors).toBeUndefined();
    const stats = result.data!.programmeStatistics;
    expect(stats).toMatchObject({ programme: { name: 'Welders Morocco–Germany' }, visibleCandidates: 5 });
    expect(stats.eligibleCandidates).toBe(2);
    expect(stats.criteria).toEqual([
      { criterion: 'citizenship', failing: 2, passingSoFar: 3 },
      { criterion: 'language:de', failing: 2, passingSoFar: 2 },
      { criterion: 'occupation', failing: 0, passingSoFar: 2 },
    ]);
    expect(Date.parse(stats.computedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('names the essential skills the programme’s matches lack, most often first', async () => {
    const result = await t.gql(STATISTICS, { p: programmeId }, programmeAdmin.token);
    const stats = result.data!.programmeStatistics;
    expect(stats.matchesConsidered).toBe(2);
    const missing = stats.missingSkills.map((m: { skill: { id: string }; matches: number }) => [m.skill.id, m.matches]);
    const expected = essential
      .slice(half)
      .sort()
      .slice(0, 10)
      .map((id) => [id, 1]);
    expect(missing).toEqual(expected);
    expect(stats.missingSkills[0].skill.label).toEqual(expect.any(String));
  });

  it('answers a change of consent at once', async () => {
    await candidate({});
    const result = await t.gql(STATISTICS, { p: programmeId }, admin.token);
    expect(result.data!.programmeStatistics).toMatchObject({ visibleCandidates: 6, eligibleCandidates: 3 });
  });

  it('shows a programme only to its own administrators and to admins', async () => {
    const stranger = await createUser(t, Role.PARTNERSHIP_ADMIN);
    const refused = await t.gql(STATISTICS, { p: programmeId }, stranger.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    const unknown = await t.gql(STATISTICS, { p: '00000000-0000-4000-8000-000000000000' }, admin.token);
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const bad = await t.gql(STATISTICS, { p: 'not-an-id' }, admin.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'programmeId', message: expect.any(String) }],
    });
  });

  it('lists the programmes a programme administrator administers, and none for another', async () => {
    const mine = await t.gql(MINE, {}, programmeAdmin.token);
    expect(mine.data?.myProgrammes).toEqual([{ id: programmeId, name: 'Welders Morocco–Germany' }]);
    const stranger = await createUser(t, Role.PARTNERSHIP_ADMIN);
    expect((await t.gql(MINE, {}, stranger.token)).data?.myProgrammes).toEqual([]);
  });
});
