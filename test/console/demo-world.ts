/**
 * What the console shows in its tests and screenshots, made the way people would make it:
 * through the public GraphQL API of a running server, over the demo seed (taxonomy,
 * shortage lists, the THAMM, PALIM and MATCH programmes and the demo administrator).
 */

export class Api {
  constructor(private readonly url: string) {}

  async call<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data!;
  }

  async login(email: string, password: string): Promise<{ token: string; id: string }> {
    const data = await this.call(
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }`,
      { e: email, p: password },
    );
    return { token: data.login.accessToken, id: data.login.user.id };
  }

  async register(email: string, role: 'CANDIDATE' | 'EMPLOYER'): Promise<{ token: string; id: string }> {
    const data = await this.call(
      `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
      { input: { email, password: PASSWORD, role } },
    );
    return { token: data.register.accessToken, id: data.register.user.id };
  }
}

export const PASSWORD = 'a long demo password';
export const PROGRAMME_ADMIN_EMAIL = 'thamm.officer@example.org';
export const FLAGGED_TITLE = 'Welders wanted, start next month';
export const REPORTED_TITLE = 'Cook for a hotel kitchen';
const NOTIFIERS = ['Youssef', 'Amina', 'Omar'];

export interface DemoWorld {
  adminToken: string;
  programmeId: string;
  pendingEmployers: string[];
  /** Visible candidates, eligible candidates (after the credentials below). */
  visible: number;
  eligible: number;
}

interface CandidateSpec {
  name: string;
  citizenship: string;
  birthDate: string;
  german: string;
  occupation: 'welder' | 'domestic electrician' | 'cook';
  skills: 'all' | 'half' | 'none';
  credential: 'completed' | 'in training' | null;
  visible?: boolean;
}

/** THAMM asks: citizen of EG, MA or TN; aged 18 to 45; German B1; ISCO 7411, 7212 or 5120; training completed. */
const CANDIDATES: CandidateSpec[] = [
  {
    name: 'Youssef',
    citizenship: 'MA',
    birthDate: '1995-03-14',
    german: 'B1',
    occupation: 'welder',
    skills: 'all',
    credential: 'completed',
  },
  {
    name: 'Amina',
    citizenship: 'TN',
    birthDate: '1998-07-02',
    german: 'B2',
    occupation: 'welder',
    skills: 'half',
    credential: 'completed',
  },
  {
    name: 'Karim',
    citizenship: 'EG',
    birthDate: '1990-11-23',
    german: 'B1',
    occupation: 'domestic electrician',
    skills: 'half',
    credential: 'completed',
  },
  {
    name: 'Omar',
    citizenship: 'MA',
    birthDate: '1993-01-30',
    german: 'A2',
    occupation: 'welder',
    skills: 'all',
    credential: null,
  },
  {
    name: 'Sara',
    citizenship: 'MA',
    birthDate: '1970-05-05',
    german: 'B1',
    occupation: 'welder',
    skills: 'all',
    credential: null,
  },
  {
    name: 'Ngozi',
    citizenship: 'NG',
    birthDate: '1996-09-09',
    german: 'B1',
    occupation: 'welder',
    skills: 'all',
    credential: null,
  },
  {
    name: 'Hassan',
    citizenship: 'MA',
    birthDate: '1992-02-17',
    german: 'B1',
    occupation: 'welder',
    skills: 'half',
    credential: null,
  },
  {
    name: 'Leila',
    citizenship: 'TN',
    birthDate: '1997-12-01',
    german: 'B1',
    occupation: 'cook',
    skills: 'half',
    credential: 'in training',
  },
  {
    name: 'Hidden',
    citizenship: 'MA',
    birthDate: '1994-04-04',
    german: 'C1',
    occupation: 'welder',
    skills: 'all',
    credential: null,
    visible: false,
  },
];

async function occupation(api: Api, label: string): Promise<{ id: string; essential: string[] }> {
  const data = await api.call(
    `query ($s: String!) { occupations(search: $s, first: 10) { edges { node { id label essentialSkills { id } } } } }`,
    { s: label },
  );
  const node = data.occupations.edges.map((e: any) => e.node).find((n: any) => n.label === label);
  if (!node) throw new Error(`No demo occupation ${label}`);
  return { id: node.id, essential: node.essentialSkills.map((s: { id: string }) => s.id) };
}

async function employer(
  api: Api,
  adminToken: string,
  name: string,
  memberState: string,
  verify: boolean,
): Promise<{ token: string; id: string }> {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  const account = await api.register(`jobs@${slug}.example`, 'EMPLOYER');
  const data = await api.call(
    `mutation ($input: EmployerInput!) { registerEmployer(input: $input) { id } }`,
    {
      input: {
        legalName: name,
        memberState,
        registrationNumber: `HRB ${slug.length}${Math.floor(Math.random() * 1e6)}`,
        contactEmail: `hr@${slug}.example`,
      },
    },
    account.token,
  );
  const id = data.registerEmployer.id as string;
  if (verify) {
    await api.call(
      `mutation ($id: ID!) { setEmployerStatus(id: $id, status: VERIFIED) { status } }`,
      { id },
      adminToken,
    );
  }
  return { token: account.token, id };
}

async function vacancy(
  api: Api,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string; status: string }> {
  const created = await api.call(
    `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
    { input },
    token,
  );
  const published = await api.call(
    `mutation ($id: ID!) { publishVacancy(id: $id) { id status } }`,
    { id: created.createVacancy.id },
    token,
  );
  return published.publishVacancy;
}

export async function buildDemoWorld(api: Api, adminPassword: string): Promise<DemoWorld> {
  const admin = await api.login('admin@pathways.local', adminPassword);
  const programmes = await api.call(`{ partnershipProgrammes(first: 10) { edges { node { id name } } } }`);
  const programmeId = programmes.partnershipProgrammes.edges.find((e: any) => e.node.name === 'THAMM Germany (demo)')
    .node.id as string;

  const officer = await api.register(PROGRAMME_ADMIN_EMAIL, 'CANDIDATE');
  await api.call(
    `mutation ($p: ID!, $u: ID!) { assignProgrammeAdministrator(programmeId: $p, userId: $u) { id } }`,
    { p: programmeId, u: officer.id },
    admin.token,
  );

  const welder = await occupation(api, 'welder');
  const electrician = await occupation(api, 'domestic electrician');
  const cook = await occupation(api, 'cook');
  const occupations = { welder, 'domestic electrician': electrician, cook };

  const nordsee = await employer(api, admin.token, 'Nordsee Schweisstechnik GmbH', 'DE', true);
  const atlantic = await employer(api, admin.token, 'Atlantic Harvest Staffing GmbH', 'DE', true);
  await employer(api, admin.token, 'Brussels Care Homes SRL', 'BE', false);
  await employer(api, admin.token, 'Lisboa Hotel Group Lda', 'PT', false);

  await vacancy(api, nordsee.token, {
    title: 'Welder for ship sections (THAMM)',
    description:
      'MAG and TIG welding of ship sections in Kiel. Contract in German and Arabic; relocation and visa paid by us.',
    occupationId: welder.id,
    memberState: 'DE',
    city: 'Kiel',
    programmeId,
    positions: 4,
    salary: { min: 3100, max: 3600, currency: 'EUR', period: 'MONTH' },
  });
  await vacancy(api, nordsee.token, {
    title: 'Building electrician (THAMM)',
    description: 'Installation work on residential buildings in Hamburg, with a German course paid by the employer.',
    occupationId: electrician.id,
    memberState: 'DE',
    city: 'Hamburg',
    programmeId,
    positions: 2,
  });
  const flagged = await vacancy(api, atlantic.token, {
    title: FLAGGED_TITLE,
    description:
      'Welding work at a Bremen shipyard. Candidates must pay a recruitment fee of 450 EUR before departure. ' +
      'We keep your passport during the contract for safety. Accommodation is provided.',
    occupationId: welder.id,
    memberState: 'DE',
    city: 'Bremen',
  });
  if (flagged.status !== 'IN_REVIEW') throw new Error(`The flagged vacancy is ${flagged.status}`);
  const reported = await vacancy(api, nordsee.token, {
    title: REPORTED_TITLE,
    description: 'Hot and cold kitchen in a hotel by the sea. Housing for the first three months at our cost.',
    occupationId: cook.id,
    memberState: 'DE',
    city: 'Sylt',
  });

  let visible = 0;
  let eligible = 0;
  for (const spec of CANDIDATES) {
    const account = await api.register(`${spec.name.toLowerCase()}@candidates.example`, 'CANDIDATE');
    const job = occupations[spec.occupation];
    const skills =
      spec.skills === 'all'
        ? job.essential
        : spec.skills === 'half'
          ? job.essential.slice(0, Math.ceil(job.essential.length / 2))
          : [];
    const saved = await api.call(
      `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`,
      {
        input: {
          fullName: `${spec.name} Example`,
          citizenship: spec.citizenship,
          residenceCountry: spec.citizenship,
          birthDate: spec.birthDate,
          headline: `${spec.occupation} from ${spec.citizenship}`,
          desiredOccupationIds: [job.id],
          skillIds: skills,
          languages: [
            { language: 'ar', level: 'C2' },
            { language: 'de', level: spec.german },
          ],
          qualifications: [{ title: 'Vocational diploma', eqfLevel: 4 }],
          experience: [{ occupationId: job.id, years: 3 }],
          preferredDestinations: ['DE'],
        },
      },
      account.token,
    );
    if (spec.visible ?? true) {
      await api.call(`mutation { setProfileVisibility(visible: true) { id } }`, {}, account.token);
      visible += 1;
    }
    if (spec.credential) {
      await api.call(
        `mutation ($p: ID!, $c: ID!, $t: Boolean!) { awardPartnershipCredential(programmeId: $p, candidateId: $c, trainingCompleted: $t) { awardedAt } }`,
        { p: programmeId, c: saved.saveCandidateProfile.id, t: spec.credential === 'completed' },
        officer.token,
      );
    }
    if (NOTIFIERS.includes(spec.name)) {
      // Three different people reporting fees hide the vacancy pending review (NOTICE_HIDE_THRESHOLD).
      await api.call(
        `mutation ($input: NoticeInput!) { submitNotice(input: $input) { id } }`,
        {
          input: {
            vacancyId: reported.id,
            category: 'FEE_REQUEST',
            details: `${spec.name}: the hotel asked for a deposit of 300 EUR by phone before the interview.`,
          },
        },
        account.token,
      );
    }
    if (['Youssef', 'Amina', 'Karim'].includes(spec.name)) eligible += 1;
  }
  // Matching reads the search index, which the outbox fills within moments.
  for (let waited = 0; ; waited += 100) {
    const matches = await api.call(
      `query ($p: ID!) { partnershipMatches(programmeId: $p) { totalCount } }`,
      { p: programmeId },
      officer.token,
    );
    if (matches.partnershipMatches.totalCount >= eligible) break;
    if (waited > 15_000) throw new Error('The programme’s matches did not appear');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    adminToken: admin.token,
    programmeId,
    pendingEmployers: ['Brussels Care Homes SRL', 'Lisboa Hotel Group Lda'],
    visible,
    eligible,
  };
}
