import { Role } from 'src/auth/role';
import { SAFETY_TEXTS } from 'src/moderation/safety/safety-texts';
import { GqlResult, startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, publishedVacancy, seedDemo, TestEmployer } from './setup/flows';

const SUBMIT = `mutation ($input: NoticeInput!) {
  submitNotice(input: $input) { id category status trustedFlagger createdAt decidedAt details contactEmail } }`;
const VACANCY = `query ($id: ID!) { vacancy(id: $id) { id status reviewReason
  statementOfReasons { decision basis groundType ground facts automated decidedAt territorialScope duration warning redress } } }`;
const QUEUE = `query ($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { priority hidden distinctNotifiers waitingSince vacancy { id }
    notices { id category trustedFlagger details contactEmail } screeningFlags { code } } } } }`;

describe('notices', () => {
  let t: TestApp;
  let admin: TestUser;
  let acme: TestEmployer;
  let address = 0;

  /** As a client at its own address (the app trusts one proxy hop), so per-address limits and counts are per test. */
  async function asClient(ip: string, query: string, variables: Record<string, unknown>, token?: string) {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': ip,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      ...((await response.json()) as Omit<GqlResult, 'status' | 'headers'>),
      status: response.status,
    } as GqlResult<Record<string, any>>;
  }
  const newAddress = () => `198.51.100.${++address}`;
  const notice = (vacancyId: string, extra: Record<string, unknown> = {}, token?: string, ip = newAddress()) =>
    asClient(ip, SUBMIT, { input: { vacancyId, category: 'FEE_REQUEST', ...extra } }, token);

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.http.trustProxyHops = 1;
      config.moderation.noticeMaxPerClient = 3;
    });
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    acme = await employer(t, admin);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes an anonymous notice; the vacancy stays public and the notifier follows the notice by its id', async () => {
    const vacancy = await publishedVacancy(t, acme);
    const sent = await notice(vacancy.id, {
      details: 'They asked me on WhatsApp for 300 EUR to "reserve" the place.',
      contactEmail: 'Worried.Reader@Example.org',
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitNotice).toMatchObject({
      category: 'FEE_REQUEST',
      status: 'RECEIVED',
      trustedFlagger: false,
      decidedAt: null,
      // An anonymous caller is nobody the details may be shown to, even right after sending them.
      details: null,
      contactEmail: null,
    });
    const id = sent.data?.submitNotice.id as string;
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy.status).toBe('PUBLISHED');

    const followed = await t.gql(`query ($id: ID!) { notice(id: $id) { status outcome vacancy { id } } }`, { id });
    expect(followed.data?.notice).toEqual({ status: 'RECEIVED', outcome: null, vacancy: { id: vacancy.id } });
    const asAdmin = await t.gql(`query ($id: ID!) { notice(id: $id) { details contactEmail } }`, { id }, admin.token);
    expect(asAdmin.data?.notice).toEqual({
      details: 'They asked me on WhatsApp for 300 EUR to "reserve" the place.',
      contactEmail: 'worried.reader@example.org',
    });
    const audit = await t.dataSource.query(
      `SELECT actor_id AS "actorId", detail FROM audit_log WHERE action = 'notice.received' AND target_id = $1`,
      [vacancy.id],
    );
    expect(audit).toEqual([
      { actorId: null, detail: { noticeId: id, category: 'FEE_REQUEST', trustedFlagger: false } },
    ]);
  });

  it('refuses what is not a notice, naming the field, and answers an unseen vacancy as missing', async () => {
    const vacancy = await publishedVacancy(t, acme);
    const long = await notice(vacancy.id, { details: 'x'.repeat(2001) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.details' }] });
    const email = await notice(vacancy.id, { contactEmail: 'not an address' });
    expect(email.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.contactEmail' }],
    });
    const nul = await notice(vacancy.id, { details: 'fee\u0000' });
    expect(nul.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const category = await notice(vacancy.id, { category: 'SPAM' });
    expect(category.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const occupationId = (
      await t.dataSource.query(`SELECT occupation_id AS id FROM vacancy WHERE id = $1`, [vacancy.id])
    )[0].id as string;
    const draft = await t.gql(
      `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
      {
        input: {
          title: 'Welder draft',
          description: 'A draft nobody outside the organisation has seen yet, about welding.',
          occupationId,
          memberState: 'DE',
        },
      },
      acme.token,
    );
    expect((await notice(draft.data?.createVacancy.id as string)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const unknown = await notice('00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM notice WHERE vacancy_id = $1`, [vacancy.id]);
    expect(count).toEqual([{ n: 0 }]);
  });

  it('limits notices per client address, but not a trusted flagger', async () => {
    const ip = newAddress();
    const vacancies = [
      await publishedVacancy(t, acme),
      await publishedVacancy(t, acme),
      await publishedVacancy(t, acme),
      await publishedVacancy(t, acme),
    ];
    for (const v of vacancies.slice(0, 3)) expect((await notice(v.id, {}, undefined, ip)).errors).toBeUndefined();
    const limited = await notice(vacancies[3]!.id, {}, undefined, ip);
    expect(limited.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'notice',
      retryAfterSeconds: expect.any(Number),
    });
    // Signed in from the same address changes nothing: the address has had its share.
    const candidate = await createUser(t, Role.CANDIDATE);
    expect((await notice(vacancies[3]!.id, {}, candidate.token, ip)).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');

    const ngo = await createUser(t, Role.CANDIDATE);
    await t.gql(
      `mutation ($id: ID!) { setTrustedFlagger(userId: $id, trusted: true) { id } }`,
      { id: ngo.id },
      admin.token,
    );
    expect((await notice(vacancies[3]!.id, {}, ngo.token, ip)).data?.submitNotice.trustedFlagger).toBe(true);
  });

  it('hides a vacancy at once on a trusted flagger’s notice, and tells the owner why', async () => {
    const vacancy = await publishedVacancy(t, acme);
    const ngo = await createUser(t, Role.PARTNERSHIP_ADMIN);
    const set = await t.gql(
      `mutation ($id: ID!) { setTrustedFlagger(userId: $id, trusted: true) { id trustedFlagger } }`,
      { id: ngo.id },
      admin.token,
    );
    expect(set.data?.setTrustedFlagger).toEqual({ id: ngo.id, trustedFlagger: true });
    expect((await t.gql(`{ me { trustedFlagger } }`, {}, ngo.token)).data?.me).toEqual({ trustedFlagger: true });
    const employerAccount = await createUser(t, Role.EMPLOYER);
    const refused = await t.gql(
      `mutation ($id: ID!) { setTrustedFlagger(userId: $id, trusted: true) { id } }`,
      { id: employerAccount.id },
      admin.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TRUSTED_FLAGGER_NOT_ALLOWED',
      fields: [{ path: 'userId' }],
    });

    const sent = await notice(vacancy.id, { category: 'TRAFFICKING_OR_SMUGGLING' }, ngo.token);
    expect(sent.data?.submitNotice).toMatchObject({ trustedFlagger: true, status: 'RECEIVED' });
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy).toBeNull();
    const owner = await t.gql(VACANCY, { id: vacancy.id }, acme.token);
    expect(owner.data?.vacancy).toMatchObject({
      status: 'IN_REVIEW',
      statementOfReasons: {
        decision: 'VISIBILITY_RESTRICTED',
        basis: 'TRUSTED_FLAGGER',
        groundType: 'TERMS_OF_USE',
        automated: true,
        territorialScope: expect.stringContaining('every Member State'),
        duration: expect.stringContaining('Until an administrator'),
        redress: expect.stringContaining('appealModeration'),
      },
    });
    expect(owner.data?.vacancy.statementOfReasons.ground).toContain('rule V4');
    expect(owner.data?.vacancy.statementOfReasons.facts).toContain('trusted flagger');
    expect(owner.data?.vacancy.statementOfReasons.facts).toContain('TRAFFICKING_OR_SMUGGLING x1');
    const audit = await t.dataSource.query(
      `SELECT actor_id AS "actorId", detail->>'basis' AS basis FROM audit_log WHERE action = 'vacancy.restricted' AND target_id = $1`,
      [vacancy.id],
    );
    expect(audit).toEqual([{ actorId: null, basis: 'TRUSTED_FLAGGER' }]);
  });

  it('hides a vacancy once NOTICE_HIDE_THRESHOLD different people have sent notices', async () => {
    const vacancy = await publishedVacancy(t, acme);
    const sameHouse = newAddress();
    // Two notices from one address count as one notifier.
    await notice(vacancy.id, { category: 'MISLEADING_CONDITIONS' }, undefined, sameHouse);
    await notice(vacancy.id, { category: 'MISLEADING_CONDITIONS' }, undefined, sameHouse);
    const candidate = await createUser(t, Role.CANDIDATE);
    await notice(vacancy.id, { category: 'FEE_REQUEST' }, candidate.token);
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy.status).toBe('PUBLISHED');
    const again = await notice(vacancy.id, { category: 'OTHER' }, candidate.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_NOTIFIED' });

    await notice(vacancy.id, { category: 'FEE_REQUEST' });
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy).toBeNull();
    const owner = await t.gql(VACANCY, { id: vacancy.id }, acme.token);
    expect(owner.data?.vacancy.statementOfReasons).toMatchObject({ basis: 'NOTICES', automated: true });
    expect(owner.data?.vacancy.statementOfReasons.facts).toContain('3 different people');
    expect(owner.data?.vacancy.statementOfReasons.facts).toContain('Who sent the notices is not disclosed');

    // The owner may not rewrite what was reported before an administrator has looked.
    const edit = await t.gql(
      `mutation ($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { status } }`,
      {
        id: vacancy.id,
        input: {
          title: 'Welder',
          description: 'Nothing to see here any more, all fine, a welding job in Kiel.',
          occupationId: (
            await t.dataSource.query(`SELECT occupation_id AS id FROM vacancy WHERE id = $1`, [vacancy.id])
          )[0].id,
          memberState: 'DE',
        },
      },
      acme.token,
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PENDING_MODERATION' });
  });

  it('counts notices sent at once one after another, and hides the vacancy once', async () => {
    const vacancy = await publishedVacancy(t, acme);
    const sent = await Promise.all(Array.from({ length: 6 }, () => notice(vacancy.id, { category: 'FAKE_EMPLOYER' })));
    expect(sent.map((r) => r.errors)).toEqual(Array.from({ length: 6 }, () => undefined));
    const decisions = await t.dataSource.query(
      `SELECT kind, facts LIKE '3 different people%' AS "atThree" FROM moderation_decision WHERE vacancy_id = $1`,
      [vacancy.id],
    );
    expect(decisions).toEqual([{ kind: 'VISIBILITY_RESTRICTED', atThree: true }]);
  });

  it('takes reportVacancy as a notice of category OTHER, without hiding the vacancy', async () => {
    const vacancy = await publishedVacancy(t, acme);
    const candidate = await createUser(t, Role.CANDIDATE);
    const reported = await asClient(
      newAddress(),
      `mutation ($id: ID!) { reportVacancy(id: $id, reason: "The phone number belongs to a travel agency") }`,
      { id: vacancy.id },
      candidate.token,
    );
    expect(reported.data?.reportVacancy).toBe(true);
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy.status).toBe('PUBLISHED');
    const mine = await t.gql(
      `{ myNotices { totalCount edges { node { category status details vacancy { id } } } } }`,
      {},
      candidate.token,
    );
    expect(mine.data?.myNotices).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            category: 'OTHER',
            status: 'RECEIVED',
            details: 'The phone number belongs to a travel agency',
            vacancy: { id: vacancy.id },
          },
        },
      ],
    });
  });

  it('puts trusted and trafficking cases first, and shows administrators what was sent', async () => {
    const queue = await t.gql(QUEUE, { first: 100 }, admin.token);
    const cases = queue.data?.moderationQueue.edges.map((e: { node: Record<string, any> }) => e.node) ?? [];
    expect(cases.length).toBe(queue.data?.moderationQueue.totalCount);
    const priorities = cases.map((c: { priority: number }) => c.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const trafficking = cases.find((c: { notices: { category: string }[] }) =>
      c.notices.some((n) => n.category === 'TRAFFICKING_OR_SMUGGLING'),
    );
    expect(trafficking).toMatchObject({ priority: 3, hidden: true });
    const reported = cases.find((c: { notices: { details: string | null }[] }) =>
      c.notices.some((n) => n.details === 'The phone number belongs to a travel agency'),
    );
    expect(reported).toMatchObject({ priority: 1, hidden: false, distinctNotifiers: 1 });
    const threshold = cases.find((c: { distinctNotifiers: number; hidden: boolean }) => c.distinctNotifiers === 3);
    expect(threshold).toMatchObject({ priority: 2, hidden: true });

    // Page by page, every case once, in the same order.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResult<Record<string, any>> = await t.gql(QUEUE, { first: 2, after }, admin.token);
      seen.push(
        ...page.data!.moderationQueue.edges.map((e: { node: { vacancy: { id: string } } }) => e.node.vacancy.id),
      );
      after = page.data!.moderationQueue.pageInfo.hasNextPage ? page.data!.moderationQueue.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(cases.map((c: { vacancy: { id: string } }) => c.vacancy.id));
    const crafted = await t.gql(
      QUEUE,
      { after: Buffer.from('["9","2026-01-01T00:00:00Z","x"]').toString('base64url') },
      admin.token,
    );
    expect(crafted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
  });

  it('answers the notices with the review; notifiers see the outcome', async () => {
    const vacancy = await publishedVacancy(t, acme);
    const notifiers = [
      await createUser(t, Role.CANDIDATE),
      await createUser(t, Role.CANDIDATE),
      await createUser(t, Role.EMPLOYER),
    ];
    for (const n of notifiers) await notice(vacancy.id, { category: 'MISLEADING_CONDITIONS' }, n.token);
    expect((await t.gql(VACANCY, { id: vacancy.id }, acme.token)).data?.vacancy.status).toBe('IN_REVIEW');

    const approved = await t.gql(
      `mutation ($id: ID!) { reviewVacancy(id: $id, approve: true, reason: "Pay and hours match the contract") { status } }`,
      { id: vacancy.id },
      admin.token,
    );
    expect(approved.data?.reviewVacancy.status).toBe('PUBLISHED');
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy.status).toBe('PUBLISHED');
    expect((await t.gql(VACANCY, { id: vacancy.id }, acme.token)).data?.vacancy.statementOfReasons).toBeNull();
    const mine = await t.gql(`{ myNotices { edges { node { status outcome decidedAt } } } }`, {}, notifiers[0]!.token);
    expect(mine.data?.myNotices.edges).toEqual([
      { node: { status: 'REJECTED', outcome: 'APPROVED', decidedAt: expect.any(String) } },
    ]);
    // A published vacancy with nothing pending has nothing to approve.
    const nothing = await t.gql(
      `mutation ($id: ID!) { reviewVacancy(id: $id, approve: true) { status } }`,
      { id: vacancy.id },
      admin.token,
    );
    expect(nothing.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('gives screening’s restriction a statement of reasons marked automated', async () => {
    const flagged = await publishedVacancy(t, acme, {
      description: 'Welders wanted in Kiel. Candidates must pay a placement fee of 1500 EUR before departure.',
    });
    expect(flagged.status).toBe('IN_REVIEW');
    const owner = await t.gql(VACANCY, { id: flagged.id }, acme.token);
    expect(owner.data?.vacancy.statementOfReasons).toMatchObject({
      decision: 'VISIBILITY_RESTRICTED',
      basis: 'SCREENING',
      automated: true,
      ground: expect.stringContaining('rule V1'),
      facts: expect.stringContaining('FEE_REQUEST: Asks candidates to pay'),
    });
    const other = await employer(t, admin, { name: 'Another Shipyard GmbH' });
    expect((await t.gql(VACANCY, { id: flagged.id }, other.token)).data?.vacancy).toBeNull();

    // Editing it ends screening's restriction: it is a draft again, nothing is restricted.
    const occupation = (
      await t.dataSource.query(`SELECT occupation_id AS id FROM vacancy WHERE id = $1`, [flagged.id])
    )[0].id;
    const edited = await t.gql(
      `mutation ($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { status statementOfReasons { id } } }`,
      {
        id: flagged.id,
        input: {
          title: 'Welder',
          description: 'Welders wanted in Kiel. We pay the flight and the visa; no fees of any kind.',
          occupationId: occupation,
          memberState: 'DE',
        },
      },
      acme.token,
    );
    expect(edited.data?.updateVacancy).toEqual({ status: 'DRAFT', statementOfReasons: null });
  });

  it('tells candidates what to watch for, in their language', async () => {
    const clean = await publishedVacancy(t, acme);
    const safety = `query ($id: ID!, $language: String) { vacancy(id: $id) { safety(language: $language) {
      employerVerified screeningPassed warnings } } }`;
    expect((await t.gql(safety, { id: clean.id })).data?.vacancy.safety).toEqual({
      employerVerified: true,
      screeningPassed: true,
      warnings: [],
    });
    const flagged = await publishedVacancy(t, acme, {
      description:
        'Experienced welders wanted. Please hand over your passport to our agent on arrival for safekeeping.',
    });
    await t.gql(
      `mutation ($id: ID!) { reviewVacancy(id: $id, approve: true) { status } }`,
      { id: flagged.id },
      admin.token,
    );
    expect((await t.gql(safety, { id: flagged.id, language: 'fr' })).data?.vacancy.safety).toEqual({
      employerVerified: true,
      screeningPassed: false,
      warnings: [SAFETY_TEXTS.fr!.warnings.DOCUMENTS_MENTIONED],
    });

    const advice = `query ($language: String) { safetyAdvice(language: $language) { language items } }`;
    for (const language of ['en', 'fr', 'ar', 'es', 'pt', 'de']) {
      const answer = await t.gql(advice, { language });
      expect(answer.data?.safetyAdvice).toEqual({ language, items: SAFETY_TEXTS[language]!.advice });
    }
    expect((await t.gql(advice, { language: 'ti' })).data?.safetyAdvice.language).toBe('en');
    expect((await t.gql(advice, {})).data?.safetyAdvice.items[0]).toMatch(/never asks you to pay/);
    const bad = await t.gql(advice, { language: 'english' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'language' }] });
  });
});
