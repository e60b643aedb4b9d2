import { Role } from 'src/auth/role';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, occupationId, searchSettled, seedDemo, TestEmployer } from './setup/flows';

const SAVE = `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`;
const VISIBLE = `mutation ($v: Boolean!) { setProfileVisibility(visible: $v) { visible } }`;
const MATCHES = `query ($id: ID!, $first: Int, $after: String) {
  matchingCandidates(vacancyId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score candidate { id headline }
      breakdown { essentialSkills optionalSkills occupation experience languages qualification partnership }
      matchedSkills { id } missingEssentialSkills { id } } } } }`;

/**
 * A small hand-made world whose right answers are written here: one welder vacancy in
 * Germany (German A2 required) and candidates built to land in a known order, or to be
 * filtered out for one stated reason each.
 */
describe('matching', () => {
  let t: TestApp;
  let admin: TestUser;
  let acme: TestEmployer;
  let vacancyId: string;
  let welder: string;
  let pipeWelder: string;
  let electrician: string;
  let essential: string[];
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  async function candidate(name: string, input: Record<string, unknown>, visible = true): Promise<void> {
    const user = await createUser(t, Role.CANDIDATE);
    const saved = await t.gql(
      SAVE,
      {
        input: {
          fullName: `Candidate ${name}`,
          citizenship: 'MA',
          residenceCountry: 'MA',
          birthDate: '1992-05-01',
          headline: name,
          desiredOccupationIds: [welder],
          skillIds: essential,
          languages: [{ language: 'de', level: 'B1' }],
          qualifications: [{ title: 'Vocational diploma', eqfLevel: 4 }],
          experience: [{ occupationId: welder, years: 3 }],
          preferredDestinations: ['DE'],
          ...input,
        },
      },
      user.token,
    );
    if (saved.errors) throw new Error(JSON.stringify(saved.errors));
    ids[name] = saved.data!.saveCandidateProfile.id as string;
    tokens[name] = user.token;
    if (visible) await t.gql(VISIBLE, { v: true }, user.token);
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    acme = await employer(t, admin);
    welder = await occupationId(t, 'welder');
    pipeWelder = await occupationId(t, 'pipe welder');
    electrician = await occupationId(t, 'domestic electrician');
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT skill_id AS id FROM occupation_skill WHERE occupation_id = $1 AND relation_type = 'essential' ORDER BY skill_id`,
      [welder],
    );
    essential = rows.map((r) => r.id);
    expect(essential.length).toBeGreaterThanOrEqual(4);

    const created = await t.gql(
      `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
      {
        input: {
          title: 'Welder for ship sections',
          description: 'Welding of ship sections in Kiel, contract in German and Arabic, relocation paid by us.',
          occupationId: welder,
          memberState: 'DE',
          languageRequirements: [{ language: 'de', minLevel: 'A2' }],
          positions: 2,
        },
      },
      acme.token,
    );
    vacancyId = created.data!.createVacancy.id as string;
    await t.gql(`mutation ($id: ID!) { publishVacancy(id: $id) { status } }`, { id: vacancyId }, acme.token);

    await candidate('all-skills', {});
    await candidate('half-skills', {
      skillIds: essential.slice(0, Math.ceil(essential.length / 2)),
      preferredDestinations: [],
    });
    await candidate('pipe-welder', {
      desiredOccupationIds: [pipeWelder],
      experience: [{ occupationId: pipeWelder, years: 1 }],
      skillIds: essential.slice(0, 1),
    });
    await candidate('electrician', { desiredOccupationIds: [electrician], experience: [], skillIds: [] });
    await candidate('german-a1', { languages: [{ language: 'de', level: 'A1' }] });
    await candidate('wants-austria', { preferredDestinations: ['AT'] });
    await candidate('never-consented', {}, false);
    await candidate('withdrew', {});
    await t.gql(VISIBLE, { v: false }, tokens.withdrew);
    await searchSettled(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ranks the candidates in the order their profiles call for, and leaves out every filtered one', async () => {
    const result = await t.gql(MATCHES, { id: vacancyId, first: 20 }, acme.token);
    expect(result.errors).toBeUndefined();
    const order = result.data?.matchingCandidates.edges.map(
      (e: { node: { candidate: { id: string } } }) => e.node.candidate.id,
    );
    expect(order).toEqual([ids['all-skills'], ids['half-skills'], ids['pipe-welder']]);
    expect(result.data?.matchingCandidates.totalCount).toBe(3);
  });

  it('explains every score: components in [0, 1], matched and missing essential skills', async () => {
    const result = await t.gql(MATCHES, { id: vacancyId }, acme.token);
    const [best, half] = result.data?.matchingCandidates.edges.map((e: { node: any }) => e.node);
    expect(best.missingEssentialSkills).toEqual([]);
    expect(best.breakdown.essentialSkills).toBe(1);
    expect(best.breakdown.occupation).toBe(1);
    // Each essential skill weighs its specificity squared (the demo taxonomy's own).
    const mass = await t.dataSource.query<{ id: string; m: number }[]>(
      `SELECT id, specificity * specificity AS m FROM skill WHERE id = ANY($1::uuid[])`,
      [essential],
    );
    const weight = new Map(mass.map((r) => [r.id, r.m]));
    const shown = essential.slice(0, Math.ceil(essential.length / 2));
    const sum = (list: string[]) => list.reduce((total, id) => total + weight.get(id)!, 0);
    expect(half.breakdown.essentialSkills).toBeCloseTo(sum(shown) / sum(essential), 3);
    expect(half.missingEssentialSkills.map((s: { id: string }) => s.id).sort()).toEqual(
      essential.slice(Math.ceil(essential.length / 2)).sort(),
    );
    for (const edge of result.data?.matchingCandidates.edges ?? []) {
      expect(edge.node.score).toBeGreaterThanOrEqual(0);
      expect(edge.node.score).toBeLessThanOrEqual(1);
      for (const value of Object.values<number>(edge.node.breakdown)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    expect(best.score).toBeGreaterThan(half.score);
    expect(JSON.stringify(result.data)).not.toMatch(/Candidate all-skills/);
  });

  it('pages with stable cursors', async () => {
    const first = await t.gql(MATCHES, { id: vacancyId, first: 2 }, acme.token);
    expect(first.data?.matchingCandidates.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(
      MATCHES,
      { id: vacancyId, first: 2, after: first.data?.matchingCandidates.pageInfo.endCursor },
      acme.token,
    );
    expect(
      next.data?.matchingCandidates.edges.map((e: { node: { candidate: { id: string } } }) => e.node.candidate.id),
    ).toEqual([ids['pipe-welder']]);
    expect(next.data?.matchingCandidates.pageInfo.hasNextPage).toBe(false);
  });

  it('drops a candidate the moment they withdraw consent', async () => {
    await t.gql(VISIBLE, { v: false }, tokens['half-skills']);
    const result = await t.gql(MATCHES, { id: vacancyId }, acme.token);
    expect(
      result.data?.matchingCandidates.edges.map((e: { node: { candidate: { id: string } } }) => e.node.candidate.id),
    ).toEqual([ids['all-skills'], ids['pipe-welder']]);
    await searchSettled(t);
    const rows = await t.dataSource.query(`SELECT 1 FROM search_candidate WHERE id = $1`, [ids['half-skills']]);
    expect(rows).toEqual([]);
    await t.gql(VISIBLE, { v: true }, tokens['half-skills']);
    await searchSettled(t);
  });

  it('audits which candidates an employer was shown', async () => {
    await t.gql(MATCHES, { id: vacancyId }, acme.token);
    const [row] = await t.dataSource.query(
      `SELECT detail FROM audit_log WHERE action = 'candidate.matched' AND target_id = $1 ORDER BY at DESC LIMIT 1`,
      [vacancyId],
    );
    expect(row.detail.candidateIds).toContain(ids['all-skills']);
  });

  it('shows candidates only to the vacancy’s verified employer and to admins', async () => {
    const rival = await employer(t, admin);
    expect((await t.gql(MATCHES, { id: vacancyId }, rival.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(MATCHES, { id: vacancyId }, tokens['all-skills'])).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(MATCHES, { id: vacancyId }, admin.token)).data?.matchingCandidates.totalCount).toBe(3);

    await t.gql(
      `mutation ($id: ID!) { setEmployerStatus(id: $id, status: SUSPENDED, reason: "Under investigation") { status } }`,
      { id: acme.employerId },
      admin.token,
    );
    const suspended = await t.gql(MATCHES, { id: vacancyId }, acme.token);
    expect(suspended.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMPLOYER_NOT_VERIFIED' });
    await t.gql(
      `mutation ($id: ID!) { setEmployerStatus(id: $id, status: VERIFIED) { status } }`,
      { id: acme.employerId },
      admin.token,
    );
    await searchSettled(t);
  });

  it('gives a candidate the same vacancy, with the same score, from their side', async () => {
    const employerView = await t.gql(MATCHES, { id: vacancyId }, acme.token);
    const best = employerView.data?.matchingCandidates.edges[0].node;
    const mine = await t.gql(
      `{ matchingVacancies { totalCount edges { node { score vacancy { id } breakdown { essentialSkills } } } } }`,
      {},
      tokens['all-skills'],
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.matchingVacancies.edges[0].node).toEqual({
      score: best.score,
      vacancy: { id: vacancyId },
      breakdown: { essentialSkills: 1 },
    });
    const austria = await t.gql(`{ matchingVacancies { totalCount } }`, {}, tokens['wants-austria']);
    expect(austria.data?.matchingVacancies.totalCount).toBe(0);
    const a1 = await t.gql(`{ matchingVacancies { totalCount } }`, {}, tokens['german-a1']);
    expect(a1.data?.matchingVacancies.totalCount).toBe(0);
  });

  describe('skills related in ESCO', () => {
    const SKILL_MATCHES = `query ($id: ID!) { matchingCandidates(vacancyId: $id) { totalCount edges { node {
      candidate { id } matchedSkills { id } missingEssentialSkills { id }
      skillMatches { required { id label } held { id label } relation credit } } } } }`;
    let developerVacancy: string;
    let programming: string;
    let haskell: string;

    beforeAll(async () => {
      const skillId = async (label: string) =>
        (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM skill WHERE preferred_label = $1`, [label]))[0]!.id;
      programming = await skillId('computer programming');
      haskell = await skillId('Haskell');
      const created = await t.gql(
        `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
        {
          input: {
            title: 'Software developer',
            description: 'Backend development in Berlin, contract in English, relocation paid by us.',
            occupationId: await occupationId(t, 'software developer'),
            memberState: 'DE',
            essentialSkillIds: [programming],
            optionalSkillIds: [],
            positions: 1,
          },
        },
        acme.token,
      );
      expect(created.errors).toBeUndefined();
      developerVacancy = created.data!.createVacancy.id as string;
      await t.gql(`mutation ($id: ID!) { publishVacancy(id: $id) { status } }`, { id: developerVacancy }, acme.token);
      // Haskell is a narrower skill of computer programming in ESCO; the candidate names no occupation.
      await candidate('haskell-only', { skillIds: [haskell], desiredOccupationIds: [], experience: [] });
      await searchSettled(t);
    });

    it('finds a candidate holding only a narrower skill and explains the partial credit in skillMatches', async () => {
      const result = await t.gql(SKILL_MATCHES, { id: developerVacancy }, acme.token);
      expect(result.errors).toBeUndefined();
      const node = result.data?.matchingCandidates.edges.find(
        (e: { node: { candidate: { id: string } } }) => e.node.candidate.id === ids['haskell-only'],
      )?.node;
      expect(node).toEqual({
        candidate: { id: ids['haskell-only'] },
        matchedSkills: [],
        missingEssentialSkills: [{ id: programming }],
        skillMatches: [
          {
            required: { id: programming, label: 'computer programming' },
            held: { id: haskell, label: 'Haskell' },
            relation: 'NARROWER',
            credit: 0.75,
          },
        ],
      });
    });

    it('shows the candidate the same vacancy, explained the same way, from their side', async () => {
      const mine = await t.gql(
        `{ matchingVacancies { edges { node { vacancy { id } skillMatches { required { id } held { id } relation credit } } } } }`,
        {},
        tokens['haskell-only'],
      );
      expect(mine.errors).toBeUndefined();
      expect(mine.data?.matchingVacancies.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
        vacancy: { id: developerVacancy },
        skillMatches: [{ required: { id: programming }, held: { id: haskell }, relation: 'NARROWER', credit: 0.75 }],
      });
    });

    it('marks an exact match EXACT with full credit', async () => {
      const result = await t.gql(SKILL_MATCHES, { id: vacancyId }, acme.token);
      const best = result.data?.matchingCandidates.edges[0].node;
      expect(best.skillMatches.length).toBe(essential.length);
      for (const m of best.skillMatches) {
        expect(m).toMatchObject({ relation: 'EXACT', credit: 1 });
        expect(m.required.id).toBe(m.held.id);
      }
    });
  });

  describe('Talent Partnership programmes', () => {
    let programmeId: string;
    let programmeVacancy: string;
    let programmeAdmin: TestUser;

    beforeAll(async () => {
      const [thamm] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM partnership_programme WHERE name = 'THAMM Germany (demo)'`,
      );
      programmeId = thamm!.id;
      const created = await t.gql(
        `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
        {
          input: {
            title: 'Welder (THAMM)',
            description: 'Welding in Kiel for graduates of the THAMM training programme, contract in German.',
            occupationId: welder,
            memberState: 'DE',
            programmeId,
            positions: 1,
          },
        },
        acme.token,
      );
      programmeVacancy = created.data!.createVacancy.id as string;
      await t.gql(`mutation ($id: ID!) { publishVacancy(id: $id) { status } }`, { id: programmeVacancy }, acme.token);
      programmeAdmin = await createUser(t, Role.PARTNERSHIP_ADMIN);
      await t.gql(
        `mutation ($p: ID!, $u: ID!) { assignProgrammeAdministrator(programmeId: $p, userId: $u) { id } }`,
        { p: programmeId, u: programmeAdmin.id },
        admin.token,
      );
      await searchSettled(t);
    });

    it('matches only candidates eligible for the vacancy’s programme', async () => {
      const before = await t.gql(MATCHES, { id: programmeVacancy }, acme.token);
      expect(before.data?.matchingCandidates.totalCount).toBe(0);

      const awarded = await t.gql(
        `mutation ($p: ID!, $c: ID!) { awardPartnershipCredential(programmeId: $p, candidateId: $c, trainingCompleted: true) { trainingCompleted } }`,
        { p: programmeId, c: ids['all-skills'] },
        programmeAdmin.token,
      );
      expect(awarded.errors).toBeUndefined();
      await searchSettled(t);

      const after = await t.gql(MATCHES, { id: programmeVacancy }, acme.token);
      const nodes = after.data?.matchingCandidates.edges.map((e: { node: any }) => e.node);
      expect(nodes.map((n: { candidate: { id: string } }) => n.candidate.id)).toEqual([ids['all-skills']]);
      expect(nodes[0].breakdown.partnership).toBe(1);
    });

    it('pairs the programme’s eligible candidates with its vacancies for its administrators', async () => {
      const query = `query ($p: ID!) { partnershipMatches(programmeId: $p) {
        totalCount edges { node { score candidate { id } vacancy { id } skillMatches { relation } } } } }`;
      const pairs = await t.gql(query, { p: programmeId }, programmeAdmin.token);
      expect(pairs.errors).toBeUndefined();
      expect(
        pairs.data?.partnershipMatches.edges.map((e: { node: any }) => [e.node.candidate.id, e.node.vacancy.id]),
      ).toEqual([[ids['all-skills'], programmeVacancy]]);
      expect(pairs.data?.partnershipMatches.edges[0].node.skillMatches.length).toBeGreaterThan(0);
      const stranger = await createUser(t, Role.PARTNERSHIP_ADMIN);
      expect((await t.gql(query, { p: programmeId }, stranger.token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(query, { p: programmeId }, admin.token)).data?.partnershipMatches.totalCount).toBe(1);
    });
  });
});
