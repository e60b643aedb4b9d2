import { Role } from 'src/auth/role';
import { OutboxRepository } from 'src/search/outbox/outbox.repository';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { SearchReindexer } from 'src/search/reindex/search-reindexer';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser } from './setup/users';
import { occupationId, searchSettled, seedDemo } from './setup/flows';

const SAVE = `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`;
const VISIBLE = `mutation ($v: Boolean!) { setProfileVisibility(visible: $v) { visible } }`;

/**
 * The search outbox under faults: the engine down while data changes, a worker that dies
 * holding a batch, and a full reindex while writes go on. The candidate index must end
 * exactly as the database says: every visible candidate, with their current skills, and
 * nobody else.
 */
describe('search sync under faults', () => {
  let t: TestApp;
  let welder: string;
  let skills: string[];

  async function candidate(skillCount: number, visible = true): Promise<{ id: string; token: string }> {
    const user = await createUser(t, Role.CANDIDATE);
    const saved = await t.gql(
      SAVE,
      {
        input: {
          fullName: 'Sync Test',
          citizenship: 'TN',
          residenceCountry: 'TN',
          birthDate: '1990-02-02',
          desiredOccupationIds: [welder],
          skillIds: skills.slice(0, skillCount),
          languages: [{ language: 'fr', level: 'C1' }],
          qualifications: [],
          experience: [],
          preferredDestinations: [],
        },
      },
      user.token,
    );
    if (saved.errors) throw new Error(JSON.stringify(saved.errors));
    if (visible) await t.gql(VISIBLE, { v: true }, user.token);
    return { id: saved.data!.saveCandidateProfile.id as string, token: user.token };
  }

  /** The index must hold exactly the visible candidates, each with their current skill count. */
  async function expectIndexMatchesDatabase(): Promise<void> {
    const expected = await t.dataSource.query<{ id: string; skills: number }[]>(
      `SELECT p.id, count(s.skill_id)::int AS skills FROM candidate_profile p
       LEFT JOIN candidate_skill s ON s.profile_id = p.id WHERE p.visible GROUP BY p.id ORDER BY p.id`,
    );
    const indexed = await t.dataSource.query<{ id: string; skills: number }[]>(
      `SELECT id, cardinality(skill_nums) AS skills FROM search_candidate ORDER BY id`,
    );
    expect(indexed).toEqual(expected);
  }

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.search.outbox.retryBaseMs = 50;
    });
    await seedDemo(t);
    welder = await occupationId(t, 'welder');
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT skill_id AS id FROM occupation_skill WHERE occupation_id = $1 ORDER BY skill_id`,
      [welder],
    );
    skills = rows.map((r) => r.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps changes while the engine is down and catches up when it returns', async () => {
    await searchSettled(t);
    await t.dataSource.query(`ALTER TABLE search_candidate RENAME TO search_candidate_offline`);
    try {
      await candidate(3);
      await candidate(2);
      const outbox = t.app.get(OutboxRepository);
      // The worker tries, fails and keeps the rows with the error.
      for (let i = 0; i < 100; i += 1) {
        const [row] = await t.dataSource.query<{ errors: number }[]>(
          `SELECT count(*)::int AS errors FROM search_outbox WHERE processed_at IS NULL AND last_error IS NOT NULL`,
        );
        if (row!.errors > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await outbox.backlog()).pending).toBeGreaterThanOrEqual(2);
    } finally {
      await t.dataSource.query(`ALTER TABLE search_candidate_offline RENAME TO search_candidate`);
    }
    await searchSettled(t);
    await expectIndexMatchesDatabase();
  });

  it('replays a batch a crashed worker held, once its lease runs out', async () => {
    const outbox = t.app.get(OutboxRepository);
    const worker = t.app.get(OutboxWorker);
    await searchSettled(t);
    // This test plays the workers itself: the background loop stops until it is done.
    await worker.beforeApplicationShutdown();
    try {
      const a = await candidate(4);
      // A worker leases the batch, then dies before applying it.
      const leased = await outbox.lease(100, 300);
      expect(leased.map((r) => r.entityId)).toContain(a.id);
      // While the lease holds, no other worker takes those rows.
      expect(await worker.drainOnce()).toBe(0);
      expect(await t.dataSource.query(`SELECT 1 FROM search_candidate WHERE id = $1`, [a.id])).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 350));
      await worker.drain();
      const rows = await t.dataSource.query(`SELECT id FROM search_candidate WHERE id = $1`, [a.id]);
      expect(rows).toEqual([{ id: a.id }]);
      expect((await outbox.backlog()).pending).toBe(0);
    } finally {
      worker.onApplicationBootstrap();
    }
    await expectIndexMatchesDatabase();
  });

  it('ends consistent after a reindex while candidates keep changing', async () => {
    const people = await Promise.all([candidate(5), candidate(1), candidate(6, false)]);
    const writes = (async () => {
      for (let round = 0; round < 6; round += 1) {
        for (const [i, person] of people.entries()) {
          await t.gql(VISIBLE, { v: (round + i) % 2 === 0 }, person.token);
        }
      }
    })();
    const report = await t.app.get(SearchReindexer).reindex(() => undefined);
    await writes;
    await searchSettled(t);
    expect(report.topics.map((topic) => topic.topic).sort()).toEqual(['candidate', 'vacancy']);
    await expectIndexMatchesDatabase();
  });

  it('removes a candidate who withdraws consent from the index within moments', async () => {
    const person = await candidate(2);
    await searchSettled(t);
    await t.gql(VISIBLE, { v: false }, person.token);
    const lagMs = await searchSettled(t);
    expect(await t.dataSource.query(`SELECT 1 FROM search_candidate WHERE id = $1`, [person.id])).toEqual([]);
    expect(lagMs).toBeLessThan(5_000);
  });
});
