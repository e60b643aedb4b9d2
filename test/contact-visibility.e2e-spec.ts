import { Role } from 'src/auth/role';
import { employer, occupationId, seedDemo, TestEmployer } from './setup/flows';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';

const FIELDS = `id status candidate { id headline } contact { fullName email }`;
const REQUEST = `mutation ($vacancyId: ID!, $candidateId: ID!) {
  requestContact(vacancyId: $vacancyId, candidateId: $candidateId) { ${FIELDS} } }`;
const RESPOND = `mutation ($id: ID!, $accept: Boolean!) { respondToContactRequest(id: $id, accept: $accept) { id } }`;
const MINE = `{ myContactRequests(first: 100) { edges { node { ${FIELDS} } } } }`;
const VISIBILITY = `mutation ($visible: Boolean!) { setProfileVisibility(visible: $visible) { visible } }`;

interface Candidate extends TestUser {
  profileId: string;
}

/** What an employer sees of a candidate through requests: what the candidate shows employers now. */
describe('what an employer sees through a contact request', () => {
  let t: TestApp;
  let admin: TestUser;
  let welderId: string;

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  async function vacancyOf(owner: TestUser): Promise<string> {
    const created = await ok(
      `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
      {
        input: {
          title: 'Welder (MIG/MAG) for shipyard work',
          description: 'We build ship sections in Kiel and need experienced welders. Contract in German and Arabic.',
          occupationId: welderId,
          memberState: 'DE',
          city: 'Kiel',
          positions: 2,
          salary: { min: 2900, max: 3400, currency: 'EUR', period: 'MONTH' },
        },
      },
      owner.token,
    );
    const id = created.createVacancy.id as string;
    await ok(`mutation ($id: ID!) { publishVacancy(id: $id) { status } }`, { id }, owner.token);
    return id;
  }

  async function candidate(name: string, headline: string): Promise<Candidate> {
    const user = await createUser(t, Role.CANDIDATE);
    const input = {
      fullName: name,
      citizenship: 'MA',
      residenceCountry: 'MA',
      birthDate: '1993-05-04',
      headline,
      desiredOccupationIds: [welderId],
      languages: [{ language: 'de', level: 'B1' }],
      preferredDestinations: ['DE'],
    };
    const saved = await ok(
      `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`,
      { input },
      user.token,
    );
    await ok(VISIBILITY, { visible: true }, user.token);
    return { ...user, profileId: saved.saveCandidateProfile.id as string };
  }

  /** An employer with a published vacancy, and a request of it to a new candidate. */
  async function asked(
    name: string,
    answer?: boolean,
  ): Promise<{ company: TestEmployer; person: Candidate; requestId: string }> {
    const company = await employer(t, admin, { name: `${name} Werft GmbH` });
    const vacancyId = await vacancyOf(company);
    const person = await candidate(name, 'TIG welder, shipyards');
    const sent = await ok(REQUEST, { vacancyId, candidateId: person.profileId }, company.token);
    const requestId = sent.requestContact.id as string;
    if (answer !== undefined) await ok(RESPOND, { id: requestId, accept: answer }, person.token);
    return { company, person, requestId };
  }

  const seenBy = async (company: TestUser) =>
    (await ok(MINE, {}, company.token)).myContactRequests.edges.map((e: { node: unknown }) => e.node);

  const viewsBy = async (company: TestUser) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log
         WHERE action = 'candidate.viewed' AND actor_id = $1 AND detail ? 'contactRequestId'`,
        [company.id],
      )
    )[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    welderId = await occupationId(t, 'welder');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the candidate as they show themselves now, and nothing once they withdraw consent', async () => {
    const { company, person } = await asked('Amina Benali');
    await ok(
      `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`,
      {
        input: {
          fullName: 'Amina Benali',
          citizenship: 'MA',
          residenceCountry: 'MA',
          birthDate: '1993-05-04',
          headline: 'TIG and MIG welder',
          desiredOccupationIds: [welderId],
          preferredDestinations: ['DE'],
        },
      },
      person.token,
    );
    expect(await seenBy(company)).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        candidate: { id: person.profileId, headline: 'TIG and MIG welder' },
      }),
    ]);

    await ok(VISIBILITY, { visible: false }, person.token);
    expect(await seenBy(company)).toEqual([
      expect.objectContaining({ status: 'PENDING', candidate: null, contact: null }),
    ]);

    // The candidate still sees their own request in full.
    const own = await seenBy(person);
    expect(own[0].candidate).toEqual({ id: person.profileId, headline: 'TIG and MIG welder' });
  });

  it('takes back a revealed name and email when consent is withdrawn after accepting', async () => {
    const { company, person } = await asked('Farah Nasser', true);
    expect((await seenBy(company))[0]).toMatchObject({
      status: 'ACCEPTED',
      candidate: { id: person.profileId },
      contact: { fullName: 'Farah Nasser', email: person.email },
    });
    await ok(VISIBILITY, { visible: false }, person.token);
    expect((await seenBy(company))[0]).toMatchObject({ status: 'ACCEPTED', candidate: null, contact: null });
    // Consent given again: the request shows again.
    await ok(VISIBILITY, { visible: true }, person.token);
    expect((await seenBy(company))[0]).toMatchObject({ contact: { fullName: 'Farah Nasser' } });
  });

  it('shows nothing of a candidate who declined and then withdrew consent', async () => {
    const { company, person } = await asked('Karim Haddad', false);
    expect((await seenBy(company))[0]).toMatchObject({ status: 'DECLINED', candidate: { id: person.profileId } });
    await ok(VISIBILITY, { visible: false }, person.token);
    expect((await seenBy(company))[0]).toMatchObject({ status: 'DECLINED', candidate: null, contact: null });
  });

  it.each(['SUSPENDED', 'REMOVED'])('shows a %s employer no candidate data at all', async (status) => {
    const { company } = await asked(`Yasmin ${status}`, true);
    expect((await seenBy(company))[0].contact).not.toBeNull();
    await ok(
      `mutation ($id: ID!, $status: EmployerStatus!) { setEmployerStatus(id: $id, status: $status, reason: "Fee requests reported") { status } }`,
      { id: company.employerId, status },
      admin.token,
    );
    const before = await viewsBy(company);
    expect((await seenBy(company))[0]).toMatchObject({ status: 'ACCEPTED', candidate: null, contact: null });
    expect(await viewsBy(company)).toBe(before);
  });

  it('audits every candidate an employer is shown through a request, and only those', async () => {
    const { company, person } = await asked('Omar Tazi', true);
    const afterRequest = await viewsBy(company);
    expect(afterRequest).toBe(1);

    await seenBy(company);
    const rows = await t.dataSource.query(
      `SELECT target_type AS "targetType", target_id AS "targetId", detail FROM audit_log
       WHERE action = 'candidate.viewed' AND actor_id = $1 ORDER BY at`,
      [company.id],
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      targetType: 'candidate_profile',
      targetId: person.profileId,
      detail: { contactRequestId: expect.any(String), contactRevealed: true },
    });

    await ok(VISIBILITY, { visible: false }, person.token);
    await seenBy(company);
    expect(await viewsBy(company)).toBe(2);
  });
});
