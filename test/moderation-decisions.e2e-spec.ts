import { Role } from 'src/auth/role';
import { CliUsageError } from 'src/cli/flags';
import { transparencyCommand } from 'src/moderation/transparency/transparency-command';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { employer, publishedVacancy, seedDemo } from './setup/flows';

const STATEMENT = `statementOfReasons { decision basis groundType ground facts automated warning redress }`;
const VACANCY = `query ($id: ID!) { vacancy(id: $id) { id status reviewReason ${STATEMENT}
  appeal { status text reason decision { decision } } } }`;
const REMOVE = `mutation ($id: ID!, $ground: String, $facts: String, $groundType: GroundType) {
  reviewVacancy(id: $id, approve: false, ground: $ground, facts: $facts, groundType: $groundType) { status } }`;
const APPROVE = `mutation ($id: ID!) { reviewVacancy(id: $id, approve: true) { status } }`;
const APPEAL = `mutation ($id: ID!, $text: String!) { appealModeration(vacancyId: $id, text: $text) { id status text } }`;
const DECIDE = `mutation ($id: ID!, $uphold: Boolean!, $reason: String!) {
  decideAppeal(appealId: $id, uphold: $uphold, reason: $reason) { id status reason decidedAt vacancy { status } } }`;
const NOTICE = `mutation ($input: NoticeInput!) { submitNotice(input: $input) { id } }`;

describe('decisions, appeals, repeat offenders and the transparency report', () => {
  let t: TestApp;
  let admin: TestUser;
  let secondAdmin: TestUser;

  const remove = (id: string, by: TestUser, facts = 'Asks workers for a 900 EUR placement fee before departure.') =>
    t.gql(REMOVE, { id, ground: 'Rule V1: no fees charged to workers (ILO C181, Art. 7)', facts }, by.token);

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.moderation.noticeMaxPerClient = 1_000;
    });
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    secondAdmin = await createUser(t, Role.ADMIN);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('removes only with a ground and facts; the owner reads them, nobody else does', async () => {
    const owner = await employer(t, admin, { name: 'Nordhafen Werft GmbH' });
    const vacancy = await publishedVacancy(t, owner);
    const notifier = await createUser(t, Role.CANDIDATE);
    const sent = await t.gql(NOTICE, { input: { vacancyId: vacancy.id, category: 'FEE_REQUEST' } }, notifier.token);

    const bare = await t.gql(REMOVE, { id: vacancy.id, facts: 'A fee of 900 EUR' }, admin.token);
    expect(bare.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'ground', message: 'is required to remove a vacancy' }],
    });
    const removed = await t.gql(
      REMOVE,
      {
        id: vacancy.id,
        ground: 'Directive 2011/36/EU, Art. 2 (recruitment by deception for exploitation)',
        facts: 'The phone number in the vacancy asks for 900 EUR by Western Union before a visa is applied for.',
        groundType: 'ILLEGAL_CONTENT',
      },
      admin.token,
    );
    expect(removed.data?.reviewVacancy.status).toBe('REMOVED');

    const seen = await t.gql(VACANCY, { id: vacancy.id }, owner.token);
    expect(seen.data?.vacancy.statementOfReasons).toEqual({
      decision: 'REMOVED',
      basis: 'NOTICES',
      groundType: 'ILLEGAL_CONTENT',
      ground: 'Directive 2011/36/EU, Art. 2 (recruitment by deception for exploitation)',
      facts: 'The phone number in the vacancy asks for 900 EUR by Western Union before a visa is applied for.',
      automated: false,
      warning: null,
      redress: expect.stringMatching(/appealModeration.*out-of-court dispute settlement body.*courts/s),
    });
    const other = await employer(t, admin, { name: 'Konkurrenz GmbH' });
    expect((await t.gql(VACANCY, { id: vacancy.id }, other.token)).data?.vacancy).toBeNull();
    expect((await t.gql(VACANCY, { id: vacancy.id }, notifier.token)).data?.vacancy).toBeNull();
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy).toBeNull();
    // A field another caller selects on a vacancy it can see is null, never the owner's statement.
    const published = await publishedVacancy(t, owner);
    expect(
      (
        await t.gql(
          `query ($id: ID!) { vacancy(id: $id) { ${STATEMENT} appeal { id } } }`,
          { id: published.id },
          other.token,
        )
      ).data?.vacancy,
    ).toEqual({ statementOfReasons: null, appeal: null });
    const asAdmin = await t.gql(VACANCY, { id: vacancy.id }, admin.token);
    expect(asAdmin.data?.vacancy.statementOfReasons.decision).toBe('REMOVED');

    const outcome = await t.gql(
      `query ($id: ID!) { notice(id: $id) { status outcome decidedAt vacancy { id } } }`,
      { id: sent.data?.submitNotice.id },
      notifier.token,
    );
    expect(outcome.data?.notice).toEqual({
      status: 'ACTIONED',
      outcome: 'REMOVED',
      decidedAt: expect.any(String),
      vacancy: null,
    });
  });

  it('lets the owner appeal once; another administrator reverses the removal', async () => {
    const owner = await employer(t, admin, { name: 'Elbe Care GmbH' });
    const vacancy = await publishedVacancy(t, owner);
    expect(
      (await t.gql(APPEAL, { id: vacancy.id, text: 'Nothing has been decided about us.' }, owner.token)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_APPEAL' });
    await remove(vacancy.id, admin);

    const stranger = await employer(t, admin, { name: 'Stranger GmbH' });
    const notYours = await t.gql(
      APPEAL,
      { id: vacancy.id, text: 'Let me appeal someone else’s removal.' },
      stranger.token,
    );
    expect(notYours.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const appeal = await t.gql(
      APPEAL,
      { id: vacancy.id, text: 'The 900 EUR is the deposit for the flat, paid to the landlord and refunded.' },
      owner.token,
    );
    expect(appeal.data?.appealModeration).toMatchObject({ status: 'PENDING' });
    const twice = await t.gql(APPEAL, { id: vacancy.id, text: 'And once more, in other words.' }, owner.token);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_APPEALED' });

    const appealId = appeal.data?.appealModeration.id as string;
    const sameAdmin = await t.gql(DECIDE, { id: appealId, uphold: false, reason: 'I was wrong' }, admin.token);
    expect(sameAdmin.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_DECIDER' });
    const reversed = await t.gql(
      DECIDE,
      { id: appealId, uphold: false, reason: 'The deposit goes to the landlord under a lease and is refunded.' },
      secondAdmin.token,
    );
    expect(reversed.data?.decideAppeal).toMatchObject({
      status: 'REVERSED',
      reason: 'The deposit goes to the landlord under a lease and is refunded.',
      vacancy: { status: 'PUBLISHED' },
    });
    expect((await t.gql(VACANCY, { id: vacancy.id })).data?.vacancy.status).toBe('PUBLISHED');
    const mine = await t.gql(VACANCY, { id: vacancy.id }, owner.token);
    expect(mine.data?.vacancy).toMatchObject({
      statementOfReasons: null,
      appeal: {
        status: 'REVERSED',
        reason: 'The deposit goes to the landlord under a lease and is refunded.',
        decision: { decision: 'REMOVED' },
      },
    });
    const again = await t.gql(DECIDE, { id: appealId, uphold: true, reason: 'Changed my mind' }, secondAdmin.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    const audit = await t.dataSource.query(
      `SELECT action, actor_id AS "actorId" FROM audit_log WHERE target_id = $1 AND action LIKE 'appeal.%' ORDER BY at`,
      [vacancy.id],
    );
    expect(audit).toEqual([
      { action: 'appeal.received', actorId: owner.id },
      { action: 'appeal.reversed', actorId: secondAdmin.id },
    ]);
  });

  it('warns, then suspends a repeat offender with a statement of reasons; a reversal lifts the suspension', async () => {
    const owner = await employer(t, admin, { name: 'Serial Recruiters Ltd' });
    const vacancies = [
      await publishedVacancy(t, owner, { title: 'Welder A' }),
      await publishedVacancy(t, owner, { title: 'Welder B' }),
      await publishedVacancy(t, owner, { title: 'Welder C' }),
    ];
    const spare = await publishedVacancy(t, owner, { title: 'Welder D' });
    await remove(vacancies[0]!.id, admin);
    expect(
      (await t.gql(VACANCY, { id: vacancies[0]!.id }, owner.token)).data?.vacancy.statementOfReasons.warning,
    ).toBeNull();
    await remove(vacancies[1]!.id, admin);
    const warned = await t.gql(VACANCY, { id: vacancies[1]!.id }, owner.token);
    expect(warned.data?.vacancy.statementOfReasons.warning).toMatch(/2nd vacancy .* removed within 12 months\. At 3/);
    expect((await t.gql(`{ myEmployer { status } }`, {}, owner.token)).data?.myEmployer.status).toBe('VERIFIED');

    await remove(vacancies[2]!.id, admin);
    const suspended = await t.gql(
      `{ myEmployer { status statusReason statementOfReasons { decision basis automated ground facts redress } } }`,
      {},
      owner.token,
    );
    expect(suspended.data?.myEmployer).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'Suspended pending review: 3 vacancies removed within 12 months',
      statementOfReasons: {
        decision: 'EMPLOYER_SUSPENDED',
        basis: 'REPEAT_OFFENDER',
        automated: true,
        ground: expect.stringContaining('Art. 23'),
        redress: expect.stringContaining('each removal that led to the suspension'),
      },
    });
    const facts = suspended.data?.myEmployer.statementOfReasons.facts as string;
    for (const title of ['Welder A', 'Welder B', 'Welder C']) expect(facts).toContain(`"${title}" removed on`);
    // Its remaining vacancy left the public at once; administrators read the suspension's reasons too.
    expect((await t.gql(VACANCY, { id: spare.id })).data?.vacancy).toBeNull();
    const listed = await t.gql(
      `{ employers(status: SUSPENDED, first: 100) { edges { node { id statementOfReasons { decision } } } } }`,
      {},
      admin.token,
    );
    expect(listed.data?.employers.edges).toContainEqual({
      node: { id: owner.employerId, statementOfReasons: { decision: 'EMPLOYER_SUSPENDED' } },
    });
    const suspendedAudit = await t.dataSource.query(
      `SELECT actor_id AS "actorId", detail->>'to' AS "to", detail->>'rule' AS rule FROM audit_log
       WHERE action = 'employer.status' AND target_id = $1 ORDER BY at DESC LIMIT 1`,
      [owner.employerId],
    );
    expect(suspendedAudit).toEqual([{ actorId: null, to: 'SUSPENDED', rule: 'REPEAT_OFFENDER' }]);

    const appeal = await t.gql(APPEAL, { id: vacancies[1]!.id, text: 'This one was a misunderstanding.' }, owner.token);
    await t.gql(
      DECIDE,
      { id: appeal.data?.appealModeration.id, uphold: false, reason: 'Misread the text' },
      secondAdmin.token,
    );
    const lifted = await t.gql(`{ myEmployer { status statementOfReasons { id } } }`, {}, owner.token);
    expect(lifted.data?.myEmployer).toEqual({ status: 'VERIFIED', statementOfReasons: null });
    expect((await t.gql(VACANCY, { id: spare.id })).data?.vacancy.status).toBe('PUBLISHED');
  });

  it('counts removals of one organisation one at a time: two at once still reach the limit', async () => {
    const owner = await employer(t, admin, { name: 'Two At Once Ltd' });
    const first = await publishedVacancy(t, owner);
    const [second, third] = [await publishedVacancy(t, owner), await publishedVacancy(t, owner)];
    await remove(first.id, admin);
    const removed = await Promise.all([remove(second.id, admin), remove(third.id, secondAdmin)]);
    expect(removed.map((r) => r.data?.reviewVacancy.status)).toEqual(['REMOVED', 'REMOVED']);
    expect((await t.gql(`{ myEmployer { status } }`, {}, owner.token)).data?.myEmployer.status).toBe('SUSPENDED');
    const suspensions = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM moderation_decision WHERE employer_id = $1 AND kind = 'EMPLOYER_SUSPENDED'`,
      [owner.employerId],
    );
    expect(suspensions).toEqual([{ n: 1 }]);
  });

  it('counts the period’s notices, decisions and appeals, with medians, as JSON and CSV', async () => {
    const owner = await employer(t, admin, { name: 'Counted GmbH' });
    const [v1, v2, v3] = [
      await publishedVacancy(t, owner),
      await publishedVacancy(t, owner),
      await publishedVacancy(t, owner),
    ];
    const v4 = await publishedVacancy(t, owner, {
      description: 'Welders wanted in Kiel. Candidates must pay a placement fee of 1500 EUR before departure.',
    });
    expect(v4.status).toBe('IN_REVIEW');
    const ngo = await createUser(t, Role.CANDIDATE);
    await t.gql(
      `mutation ($id: ID!) { setTrustedFlagger(userId: $id, trusted: true) { id } }`,
      { id: ngo.id },
      admin.token,
    );
    const candidate = await createUser(t, Role.CANDIDATE);
    const n1 = await t.gql(NOTICE, { input: { vacancyId: v1.id, category: 'FEE_REQUEST' } });
    const n2 = await t.gql(NOTICE, { input: { vacancyId: v2.id, category: 'TRAFFICKING_OR_SMUGGLING' } }, ngo.token);
    const n3 = await t.gql(NOTICE, { input: { vacancyId: v3.id, category: 'OTHER' } }, candidate.token);
    await t.gql(
      REMOVE,
      {
        id: v1.id,
        ground: 'Directive 2011/36/EU',
        facts: 'Fee asked by phone before departure.',
        groundType: 'ILLEGAL_CONTENT',
      },
      admin.token,
    );
    await remove(v2.id, admin);
    await t.gql(APPROVE, { id: v3.id }, admin.token);
    await t.gql(APPROVE, { id: v4.id }, admin.token);
    const a1 = await t.gql(APPEAL, { id: v1.id, text: 'We never asked for a fee.' }, owner.token);
    const a2 = await t.gql(APPEAL, { id: v2.id, text: 'We never asked for anything.' }, owner.token);
    await t.gql(
      DECIDE,
      { id: a1.data?.appealModeration.id, uphold: false, reason: 'The call was not theirs' },
      secondAdmin.token,
    );
    await t.gql(
      DECIDE,
      { id: a2.data?.appealModeration.id, uphold: true, reason: 'The evidence stands' },
      secondAdmin.token,
    );

    // Everything above is moved into March 2025, so that the period holds exactly these and its medians are known.
    const vacancyIds = [v1.id, v2.id, v3.id, v4.id];
    const hours: [string, number][] = [
      [n1.data?.submitNotice.id as string, 2],
      [n2.data?.submitNotice.id as string, 4],
      [n3.data?.submitNotice.id as string, 9],
    ];
    for (const [id, h] of hours) {
      await t.dataSource.query(
        `UPDATE notice SET created_at = '2025-03-10T00:00:00Z', decided_at = '2025-03-10T00:00:00Z'::timestamptz + make_interval(hours => $2) WHERE id = $1`,
        [id, h],
      );
    }
    await t.dataSource.query(
      `UPDATE moderation_decision SET decided_at = '2025-03-10T12:00:00Z' WHERE vacancy_id = ANY($1::uuid[])`,
      [vacancyIds],
    );
    await t.dataSource.query(
      `UPDATE appeal SET created_at = '2025-03-11T00:00:00Z',
         decided_at = '2025-03-11T00:00:00Z'::timestamptz + CASE WHEN id = $1 THEN interval '1 hour' ELSE interval '3 hours' END
       WHERE vacancy_id = ANY($2::uuid[])`,
      [a1.data?.appealModeration.id, vacancyIds],
    );

    const query = `{ transparencyReport(from: "2025-03-01", to: "2025-03-31") {
      from to noticesReceived noticesByCategory { category count } noticesFromTrustedFlaggers noticesFromOthers
      noticesActioned noticesActionedOnLegalGrounds noticesActionedOnTermsOfUse noticesRejected medianHoursNoticeToDecision
      decisionsByKind { kind count automated } decisionsByBasis { basis count }
      automatedDetections automatedDetectionsByFlag { code count } automatedDetectionsConfirmed automatedDetectionsOverturned
      appealsReceived appealsUpheld appealsReversed medianHoursAppealToDecision employersSuspended } }`;
    const report = (await t.gql(query, {}, admin.token)).data?.transparencyReport;
    expect(report).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      noticesReceived: 3,
      noticesByCategory: [
        { category: 'FEE_REQUEST', count: 1 },
        { category: 'DOCUMENT_RETENTION', count: 0 },
        { category: 'FAKE_EMPLOYER', count: 0 },
        { category: 'TRAFFICKING_OR_SMUGGLING', count: 1 },
        { category: 'DISCRIMINATION', count: 0 },
        { category: 'MISLEADING_CONDITIONS', count: 0 },
        { category: 'OTHER', count: 1 },
      ],
      noticesFromTrustedFlaggers: 1,
      noticesFromOthers: 2,
      noticesActioned: 2,
      noticesActionedOnLegalGrounds: 1,
      noticesActionedOnTermsOfUse: 1,
      noticesRejected: 1,
      medianHoursNoticeToDecision: 4,
      decisionsByKind: [
        { kind: 'VISIBILITY_RESTRICTED', count: 2, automated: 2 },
        { kind: 'REMOVED', count: 2, automated: 0 },
        { kind: 'APPROVED', count: 2, automated: 0 },
        { kind: 'EMPLOYER_SUSPENDED', count: 0, automated: 0 },
      ],
      decisionsByBasis: [
        { basis: 'SCREENING', count: 2 },
        { basis: 'NOTICES', count: 2 },
        { basis: 'TRUSTED_FLAGGER', count: 2 },
        { basis: 'OWN_INITIATIVE', count: 0 },
        { basis: 'REPEAT_OFFENDER', count: 0 },
        { basis: 'APPEAL', count: 0 },
      ],
      automatedDetections: 1,
      automatedDetectionsByFlag: [{ code: 'FEE_REQUEST', count: 1 }],
      automatedDetectionsConfirmed: 0,
      automatedDetectionsOverturned: 1,
      appealsReceived: 2,
      appealsUpheld: 1,
      appealsReversed: 1,
      medianHoursAppealToDecision: 2,
      employersSuspended: 0,
    });
    const backwards = await t.gql(
      `{ transparencyReport(from: "2025-03-31", to: "2025-03-01") { noticesReceived } }`,
      {},
      admin.token,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to' }] });

    const csv = await transparencyCommand(t.app, ['--from', '2025-03-01', '--to', '2025-03-31', '--format', 'csv']);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('metric,dimension,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        'period_from,,2025-03-01',
        'period_to,,2025-03-31',
        'notices_received,,3',
        'notices_by_category,TRAFFICKING_OR_SMUGGLING,1',
        'notices_by_category,DISCRIMINATION,0',
        'notices_from_trusted_flaggers,,1',
        'notices_actioned,ILLEGAL_CONTENT,1',
        'median_hours_notice_to_decision,,4',
        'decisions_by_kind,REMOVED,2',
        'automated_decisions_by_kind,VISIBILITY_RESTRICTED,2',
        'automated_detections_by_flag,FEE_REQUEST,1',
        'automated_detections_overturned,,1',
        'appeals_reversed,,1',
        'median_hours_appeal_to_decision,,2',
        'employers_suspended,,0',
      ]),
    );
    expect(lines.every((line) => line.split(',').length === 3)).toBe(true);
    const json = JSON.parse(await transparencyCommand(t.app, ['--from', '2025-03-01', '--to', '2025-03-31'])) as {
      noticesReceived: number;
    };
    expect(json.noticesReceived).toBe(3);
    await expect(transparencyCommand(t.app, ['--from', '2025-3-1', '--to', '2025-03-31'])).rejects.toBeInstanceOf(
      CliUsageError,
    );
    await expect(
      transparencyCommand(t.app, ['--from', '2025-03-01', '--to', '2025-03-31', '--format', 'xml']),
    ).rejects.toThrow('--format must be json or csv');
  });

  it('exports a notifier’s notices and forgets who sent them on erasure', async () => {
    const owner = await employer(t, admin, { name: 'Export GmbH' });
    const vacancy = await publishedVacancy(t, owner);
    const notifier = await createUser(t, Role.CANDIDATE);
    await t.gql(
      NOTICE,
      {
        input: {
          vacancyId: vacancy.id,
          category: 'DISCRIMINATION',
          details: 'Only men from one country',
          contactEmail: 'me@example.org',
        },
      },
      notifier.token,
    );
    // An anonymous notice left with the account's address is that person's data too.
    await t.gql(NOTICE, {
      input: { vacancyId: vacancy.id, category: 'OTHER', contactEmail: notifier.email.toUpperCase() },
    });
    const exported = JSON.parse(
      (await t.gql(`mutation { exportMyData }`, {}, notifier.token)).data?.exportMyData as string,
    ) as {
      trustAndSafety: {
        notices: { category: string; details?: string; contactEmail: string; sentSignedIn: boolean }[];
      };
    };
    expect(exported.trustAndSafety.notices).toEqual([
      expect.objectContaining({
        category: 'DISCRIMINATION',
        details: 'Only men from one country',
        contactEmail: 'me@example.org',
        sentSignedIn: true,
      }),
      expect.objectContaining({ category: 'OTHER', contactEmail: notifier.email, sentSignedIn: false }),
    ]);

    expect((await t.gql(`mutation { deleteMyAccount }`, {}, notifier.token)).data?.deleteMyAccount).toBe(true);
    const left = await t.dataSource.query(
      `SELECT category, notifier_id AS "notifierId", contact_email AS "contactEmail" FROM notice WHERE vacancy_id = $1 ORDER BY created_at`,
      [vacancy.id],
    );
    expect(left).toEqual([
      { category: 'DISCRIMINATION', notifierId: null, contactEmail: null },
      { category: 'OTHER', notifierId: null, contactEmail: null },
    ]);
  });
});
