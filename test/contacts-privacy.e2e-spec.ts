import { Role } from 'src/auth/role';
import { RetentionService } from 'src/privacy/retention.service';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TEST_PASSWORD, TestUser } from './setup/users';
import { employer, occupationId, seedDemo, TestEmployer } from './setup/flows';

const REQUEST_FIELDS = `id status message createdAt respondedAt contact { fullName email }
  candidate { id headline citizenship } vacancy { id title employer { id } }`;
const REQUEST = `mutation ($vacancyId: ID!, $candidateId: ID!, $message: String) {
  requestContact(vacancyId: $vacancyId, candidateId: $candidateId, message: $message) { ${REQUEST_FIELDS} } }`;
const RESPOND = `mutation ($id: ID!, $accept: Boolean!) { respondToContactRequest(id: $id, accept: $accept) { ${REQUEST_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawContactRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const MINE = `query ($status: ContactRequestStatus) { myContactRequests(status: $status) {
  totalCount edges { node { ${REQUEST_FIELDS} } } } }`;
const EXPORT = `mutation { exportMyData }`;
const DELETE = `mutation { deleteMyAccount }`;

interface Candidate extends TestUser {
  profileId: string;
  fullName: string;
}

describe('contact requests and data rights', () => {
  let t: TestApp;
  let admin: TestUser;
  let welderId: string;
  let acme: TestEmployer;
  let rival: TestEmployer;
  let vacancyId: string;

  async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string) {
    const result = await t.gql<T>(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  async function publishedVacancy(owner: TestUser, publish = true): Promise<string> {
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
    if (publish) {
      const published = await ok(`mutation ($id: ID!) { publishVacancy(id: $id) { status } }`, { id }, owner.token);
      expect(published.publishVacancy.status).toBe('PUBLISHED');
    }
    return id;
  }

  async function candidate(name: string, visible = true): Promise<Candidate> {
    const user = await createUser(t, Role.CANDIDATE);
    const saved = await ok(
      `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`,
      {
        input: {
          fullName: name,
          citizenship: 'MA',
          residenceCountry: 'MA',
          birthDate: '1993-05-04',
          headline: 'TIG welder, shipyards',
          desiredOccupationIds: [welderId],
          languages: [{ language: 'de', level: 'B1' }],
          qualifications: [{ title: 'Welding technician diploma', eqfLevel: 5 }],
          preferredDestinations: ['DE'],
        },
      },
      user.token,
    );
    if (visible) await ok(`mutation { setProfileVisibility(visible: true) { visible } }`, {}, user.token);
    return { ...user, profileId: saved.saveCandidateProfile.id as string, fullName: name };
  }

  async function requestTo(c: Candidate, by: TestUser = acme, message: string | null = null) {
    return (await ok(REQUEST, { vacancyId, candidateId: c.profileId, message }, by.token)).requestContact;
  }

  /** How many changes of this entity the search outbox holds (the worker is off in this file). */
  const queued = async (topic: string, id: string): Promise<number> =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM search_outbox WHERE topic = $1 AND entity_id = $2`,
        [topic, id],
      )
    )[0]!.n;

  const mine = async (user: TestUser, status?: string) => (await ok(MINE, { status }, user.token)).myContactRequests;

  beforeAll(async () => {
    // The outbox stays as written, so tests can see what the search engine is told.
    t = await startTestApp((config) => {
      config.search.outbox.worker = false;
    });
    await seedDemo(t);
    admin = await createUser(t, Role.ADMIN);
    welderId = await occupationId(t, 'welder');
    acme = await employer(t, admin, { name: 'Acme Werft GmbH' });
    rival = await employer(t, admin, { name: 'Rival Metallbau GmbH' });
    vacancyId = await publishedVacancy(acme);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('contact requests', () => {
    it('reveals name and email to the asking employer only once the candidate accepts', async () => {
      const amina = await candidate('Amina Benali');
      const sent = await requestTo(amina, acme, 'We would like to talk about our welder vacancy in Kiel.');
      expect(sent).toMatchObject({ status: 'PENDING', contact: null, candidate: { id: amina.profileId } });
      expect(sent.candidate).not.toHaveProperty('fullName');

      const inbox = await mine(amina);
      expect(inbox.edges.map((e: any) => e.node)).toEqual([expect.objectContaining({ id: sent.id, contact: null })]);

      const accepted = (await ok(RESPOND, { id: sent.id, accept: true }, amina.token)).respondToContactRequest;
      expect(accepted).toMatchObject({ status: 'ACCEPTED', contact: { fullName: 'Amina Benali', email: amina.email } });

      const outbox = await mine(acme, 'ACCEPTED');
      expect(outbox.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({ id: sent.id, contact: { fullName: 'Amina Benali', email: amina.email } }),
      ]);
      // A third employer sees neither the request nor the contact, and cannot ask about acme's vacancy.
      expect((await mine(rival)).totalCount).toBe(0);
      const foreign = await t.gql(REQUEST, { vacancyId, candidateId: amina.profileId }, rival.token);
      expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

      const again = await t.gql(RESPOND, { id: sent.id, accept: false }, amina.token);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
      const audited = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY at`, [
        sent.id,
      ]);
      expect(audited.map((r: { action: string }) => r.action)).toEqual(['contact.requested', 'contact.accepted']);
    });

    it('keeps a declined candidate hidden and allows one open request per pair', async () => {
      const bilal = await candidate('Bilal Haddad');
      const sent = await requestTo(bilal);
      const twice = await t.gql(REQUEST, { vacancyId, candidateId: bilal.profileId }, acme.token);
      expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');

      const declined = (await ok(RESPOND, { id: sent.id, accept: false }, bilal.token)).respondToContactRequest;
      expect(declined).toMatchObject({ status: 'DECLINED', contact: null });
      const seen = (await mine(acme, 'DECLINED')).edges.map((e: any) => e.node);
      expect(seen).toEqual([expect.objectContaining({ id: sent.id, contact: null })]);
      const afterDecline = await t.gql(REQUEST, { vacancyId, candidateId: bilal.profileId }, acme.token);
      expect(afterDecline.errors?.[0]?.extensions.code).toBe('CONFLICT');
    });

    it('lets the employer withdraw a pending request, which frees the pair', async () => {
      const chadi = await candidate('Chadi Mansour');
      const sent = await requestTo(chadi);
      const stranger = await t.gql(WITHDRAW, { id: sent.id }, rival.token);
      expect(stranger.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const withdrawn = (await ok(WITHDRAW, { id: sent.id }, acme.token)).withdrawContactRequest;
      expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', contact: null });
      const late = await t.gql(RESPOND, { id: sent.id, accept: true }, chadi.token);
      expect(late.errors?.[0]?.extensions.reason).toBe('INVALID_TRANSITION');
      expect((await requestTo(chadi)).status).toBe('PENDING');
    });

    it('refuses unverified employers, other vacancies, hidden candidates and unfair messages', async () => {
      const dina = await candidate('Dina Saleh');
      const hidden = await candidate('Hidden Person', false);
      const pending = await employer(t, admin, { verify: false });
      const unverified = await t.gql(REQUEST, { vacancyId, candidateId: dina.profileId }, pending.token);
      expect(unverified.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMPLOYER_NOT_VERIFIED' });

      const rivalDraft = await publishedVacancy(rival, false);
      const draft = await t.gql(REQUEST, { vacancyId: rivalDraft, candidateId: dina.profileId }, rival.token);
      expect(draft.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });

      const invisible = await t.gql(REQUEST, { vacancyId, candidateId: hidden.profileId }, acme.token);
      expect(invisible.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PROFILE_NOT_VISIBLE' });

      const fee = await t.gql(
        REQUEST,
        {
          vacancyId,
          candidateId: dina.profileId,
          message: 'Before we start you must pay a placement fee of 800 EUR for the visa.',
        },
        acme.token,
      );
      expect(fee.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(fee.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ path: 'message' })]);

      const long = await t.gql(
        REQUEST,
        { vacancyId, candidateId: dina.profileId, message: 'x'.repeat(1001) },
        acme.token,
      );
      expect(long.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

      // Withdrawing consent: pending requests stay answerable, new ones are refused.
      const sent = await requestTo(dina);
      await ok(`mutation { setProfileVisibility(visible: false) { visible } }`, {}, dina.token);
      const other = await publishedVacancy(acme);
      const afterWithdrawal = await t.gql(REQUEST, { vacancyId: other, candidateId: dina.profileId }, acme.token);
      expect(afterWithdrawal.errors?.[0]?.extensions.reason).toBe('PROFILE_NOT_VISIBLE');
      expect((await ok(RESPOND, { id: sent.id, accept: false }, dina.token)).respondToContactRequest.status).toBe(
        'DECLINED',
      );
    });
  });

  describe('data export and erasure', () => {
    it('exports everything stored on a candidate, and records the export', async () => {
      const emre = await candidate('Emre Yilmaz');
      const sent = await requestTo(emre, acme, 'Hello from Kiel');
      await ok(RESPOND, { id: sent.id, accept: true }, emre.token);
      const document = JSON.parse((await ok(EXPORT, {}, emre.token)).exportMyData as string);
      expect(document.account).toMatchObject({ id: emre.id, email: emre.email, role: 'CANDIDATE' });
      expect(document.candidateProfile).toMatchObject({
        id: emre.profileId,
        fullName: 'Emre Yilmaz',
        birthDate: '1993-05-04',
        desiredOccupations: [expect.objectContaining({ id: welderId, label: 'welder' })],
        languages: [{ language: 'de', level: 'B1' }],
        qualifications: [{ title: 'Welding technician diploma', eqfLevel: 5 }],
        consentHistory: [expect.objectContaining({ given: true, source: 'candidate' })],
      });
      expect(document.contactRequests).toEqual([
        expect.objectContaining({ id: sent.id, status: 'ACCEPTED', message: 'Hello from Kiel' }),
      ]);
      const actions = document.auditEntries.map((e: { action: string }) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['candidate.saved', 'candidate.consent_given']));
      const exported = await t.dataSource.query(
        `SELECT 1 FROM audit_log WHERE action = 'privacy.exported' AND actor_id = $1`,
        [emre.id],
      );
      expect(exported).toHaveLength(1);

      const employerDocument = JSON.parse((await ok(EXPORT, {}, acme.token)).exportMyData as string);
      expect(employerDocument.employer).toMatchObject({ id: acme.employerId, legalName: 'Acme Werft GmbH' });
      expect(employerDocument.employer.vacancies.map((v: { id: string }) => v.id)).toContain(vacancyId);
      expect(employerDocument.contactRequests.map((r: { id: string }) => r.id)).toContain(sent.id);
    });

    it('erases a candidate everywhere in one go; the email can register again', async () => {
      const farah = await candidate('Farah Nasser');
      const sent = await requestTo(farah);
      await ok(RESPOND, { id: sent.id, accept: true }, farah.token);
      await ok(`query ($id: ID!) { candidate(id: $id) { id } }`, { id: farah.profileId }, rival.token);

      const queuedBefore = await queued('candidate', farah.profileId);
      expect((await ok(DELETE, {}, farah.token)).deleteMyAccount).toBe(true);

      const gone = await ok(`query ($id: ID!) { candidate(id: $id) { id } }`, { id: farah.profileId }, rival.token);
      expect(gone.candidate).toBeNull();
      const ids = (await mine(acme)).edges.map((e: any) => e.node.candidate?.id);
      expect(ids).not.toContain(farah.profileId);
      expect(await queued('candidate', farah.profileId)).toBeGreaterThan(queuedBefore);
      const traces = await t.dataSource.query(
        `SELECT action FROM audit_log WHERE actor_id = $1 OR target_id = $1 OR target_id = $2 OR subject = $3`,
        [farah.id, farah.profileId, farah.email],
      );
      expect(traces).toEqual([]);
      const erased = await t.dataSource.query(`SELECT detail FROM audit_log WHERE action = 'privacy.erased'`);
      expect(erased).toContainEqual({ detail: { role: 'CANDIDATE', candidateProfile: true, employer: false } });

      const second = await t.gql(DELETE, {}, farah.token);
      expect(second.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      const again = await t.gql(`mutation ($input: RegisterInput!) { register(input: $input) { user { email } } }`, {
        input: { email: farah.email, password: TEST_PASSWORD, role: 'CANDIDATE' },
      });
      expect(again.data?.register.user.email).toBe(farah.email);
    });

    it('erases an employer: vacancies close, pending requests are withdrawn, the organisation is REMOVED', async () => {
      const leaving = await employer(t, admin, { name: 'Leaving GmbH' });
      const own = await publishedVacancy(leaving);
      const gaia = await candidate('Gaia Tesfaye');
      const sent = (await ok(REQUEST, { vacancyId: own, candidateId: gaia.profileId }, leaving.token)).requestContact;

      const queuedBefore = await queued('vacancy', own);
      expect((await ok(DELETE, {}, leaving.token)).deleteMyAccount).toBe(true);

      const [vacancy] = await t.dataSource.query(`SELECT status FROM vacancy WHERE id = $1`, [own]);
      expect(vacancy.status).toBe('CLOSED');
      const [organisation] = await t.dataSource.query(`SELECT status, owner_id FROM employer WHERE id = $1`, [
        leaving.employerId,
      ]);
      expect(organisation).toEqual({ status: 'REMOVED', owner_id: null });
      expect(await queued('vacancy', own)).toBeGreaterThan(queuedBefore);
      expect((await ok(`query ($id: ID!) { vacancy(id: $id) { id } }`, { id: own }, gaia.token)).vacancy).toBeNull();
      const inbox = (await mine(gaia)).edges.map((e: any) => e.node);
      expect(inbox).toEqual([expect.objectContaining({ id: sent.id, status: 'WITHDRAWN', contact: null })]);
    });

    it('does not let administrators delete themselves', async () => {
      const result = await t.gql(DELETE, {}, admin.token);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('retention', () => {
    it('hides and flags profiles not updated for RETENTION_MONTHS, once, and reports the counts', async () => {
      const idle = await candidate('Idle Person');
      await t.dataSource.query(`UPDATE candidate_profile SET updated_at = now() - interval '25 months' WHERE id = $1`, [
        idle.profileId,
      ]);
      const queuedBefore = await queued('candidate', idle.profileId);
      const retention = t.app.get(RetentionService);
      expect(await retention.apply()).toMatchObject({ months: 24, flagged: 1, hidden: 1 });
      expect(await retention.apply()).toMatchObject({ flagged: 0, hidden: 0 });

      const profile = (await ok(`{ myCandidateProfile { visible retentionFlaggedAt } }`, {}, idle.token))
        .myCandidateProfile;
      expect(profile.visible).toBe(false);
      expect(profile.retentionFlaggedAt).not.toBeNull();
      const events = await t.dataSource.query(
        `SELECT given, source FROM consent_event WHERE profile_id = $1 ORDER BY at`,
        [idle.profileId],
      );
      expect(events).toEqual([
        { given: true, source: 'candidate' },
        { given: false, source: 'retention' },
      ]);
      expect(await queued('candidate', idle.profileId)).toBeGreaterThan(queuedBefore);
      const hidden = await t.gql(REQUEST, { vacancyId, candidateId: idle.profileId }, acme.token);
      expect(hidden.errors?.[0]?.extensions.reason).toBe('PROFILE_NOT_VISIBLE');

      const back = await ok(`mutation { setProfileVisibility(visible: true) { visible } }`, {}, idle.token);
      expect(back.setProfileVisibility.visible).toBe(true);
      const cleared = (await ok(`{ myCandidateProfile { retentionFlaggedAt } }`, {}, idle.token)).myCandidateProfile;
      expect(cleared.retentionFlaggedAt).toBeNull();
    });
  });
});
