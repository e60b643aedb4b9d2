import { Role } from 'src/auth/role';
import { CandidateDocumentsRepository } from 'src/candidates/candidate-documents.repository';
import { toMatchCandidate, toMatchVacancy } from 'src/matching/document-facts';
import { passesHardFilters } from 'src/matching/hard-filters';
import { PROGRAMME_ELIGIBILITY, type ProgrammeEligibility } from 'src/matching/programme-eligibility';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared, sharesEvidence } from 'src/matching/scoring';
import { SkillGraphProvider } from 'src/matching/skill-graph.provider';
import { SEARCH_ENGINE, SearchEngine, type CandidateDocument } from 'src/search/search-engine';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { importEsco } from '../bench/bench-support';
import { insertProgramme, insertVacancies, insertVacancyPopulation } from '../bench/match/vacancies';
import { generateCandidate, loadOccupations } from '../bench/match/world';
import { SeededRandom } from '../bench/seeded-random';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';
import { escoSubset } from './support/esco-fixture';

const VACANCIES = 6_000;
const CANDIDATES = 8;

const PAGE = `query ($after: String) { matchingVacancies(first: 20, after: $after) {
  edges { node { score vacancy { id } } } pageInfo { hasNextPage endCursor } } }`;

/** A candidate account whose profile holds the generated document's facts. */
async function candidateWith(t: TestApp, d: CandidateDocument): Promise<TestUser> {
  const user = await createUser(t, Role.CANDIDATE);
  await t.dataSource.query(
    `INSERT INTO candidate_profile (id, user_id, full_name, citizenship, residence_country, birth_date, visible,
       consent_given_at, preferred_destinations, highest_eqf_level, years_of_experience)
     VALUES ($1, $2, 'Generated Candidate', $3, $4, '1990-01-01', true, now(), $5, $6, $7)`,
    [d.id, user.id, d.citizenship, d.residenceCountry, d.destinations, d.highestEqf, d.yearsOfExperience],
  );
  await t.dataSource.query(
    `INSERT INTO candidate_skill (profile_id, skill_id, position)
     SELECT $1, k.id, row_number() OVER () FROM skill k WHERE k.num = ANY($2::int[])`,
    [d.id, d.skillNums],
  );
  for (const [position, l] of d.languages.entries()) {
    await t.dataSource.query(
      `INSERT INTO candidate_language (profile_id, language, level, position) VALUES ($1, $2, $3, $4)`,
      [d.id, l.language, l.level, position],
    );
  }
  for (const [position, o] of d.desired.entries()) {
    await t.dataSource.query(
      `INSERT INTO candidate_desired_occupation (profile_id, occupation_id, position)
       SELECT $1, id, $3 FROM occupation WHERE num = $2`,
      [d.id, o.num, position],
    );
  }
  for (const [position, e] of d.experience.entries()) {
    await t.dataSource.query(
      `INSERT INTO candidate_experience (profile_id, position, occupation_id, years)
       SELECT $1, $3, id, $4 FROM occupation WHERE num = $2`,
      [d.id, e.num, position, e.years],
    );
  }
  return user;
}

/**
 * matchingVacancies is exact: over 4,000 generated published vacancies crowded into a few
 * real ESCO occupations (some of a programme, with skills left out at random, so scores
 * spread and tie), the pages a candidate gets over GraphQL equal the scorer's own ranking
 * of every published vacancy whose hard filters the candidate passes, scores included; and
 * what the database says is no longer public is hidden at once, before the index hears of it.
 */
describe('exact vacancy matching', () => {
  let t: TestApp;
  let candidates: { user: TestUser; id: string }[];
  let secondEmployer: string;

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.search.outbox.worker = false;
    });
    await importEsco(t.dataSource, escoSubset(150).dir);
    const random = new SeededRandom(20261201);
    const occupations = (await loadOccupations(t.dataSource)).filter((row) => row.essential.length >= 3);
    const crowded = random.sample(occupations, 4);
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const vacancies = t.app.get(VacanciesRepository);
    const programmeId = await insertProgramme(t.dataSource, ['MA', 'TN', 'EG']);
    await insertVacancyPopulation(t.dataSource, engine, vacancies, crowded, VACANCIES);
    const { ids: others } = await insertVacancies(t.dataSource, random, crowded, 1);
    const [owner] = await t.dataSource.query<{ employer_id: string }[]>(
      `SELECT employer_id FROM vacancy WHERE id = $1`,
      [others[0]],
    );
    secondEmployer = owner!.employer_id;
    // Vacancies of one occupation alike but not the same: skills left out, experience asked, a programme's.
    await t.dataSource.query(`DELETE FROM vacancy_skill WHERE random() < 0.3`);
    await t.dataSource.query(
      `UPDATE vacancy SET min_experience_years = CASE WHEN random() < 0.3 THEN 1 + floor(random() * 6) END,
              programme_id = CASE WHEN random() < 0.25 THEN $1::uuid END`,
      [programmeId],
    );
    const ids = (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM vacancy`)).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 1_000) {
      await engine.upsertVacancies(await vacancies.indexable(ids.slice(i, i + 1_000)));
    }
    candidates = [];
    for (let n = 0; n < CANDIDATES; n += 1) {
      // Most accept any Member State: the population is spread over eight.
      const document = { ...generateCandidate(random, crowded), ...(n % 4 === 3 ? {} : { destinations: [] }) };
      candidates.push({ user: await candidateWith(t, document), id: document.id });
    }
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  /** Every published vacancy, scored one by one for the candidate: the exhaustive ranking, best first. */
  async function exhaustive(candidateId: string): Promise<{ id: string; score: number }[]> {
    const [document] = await t.app.get(CandidateDocumentsRepository).indexable([candidateId]);
    const candidate = toMatchCandidate(document!);
    const graph = await t.app.get(SkillGraphProvider).graph();
    const published = await t.app.get(VacanciesRepository).indexable(null);
    const programmes = [...new Set(published.flatMap((v) => (v.programmeId ? [v.programmeId] : [])))];
    const eligible = await t.app
      .get<ProgrammeEligibility>(PROGRAMME_ELIGIBILITY)
      .programmesFor(candidateId, programmes);
    const ranked = published.flatMap((v) => {
      const prepared = prepareVacancy(toMatchVacancy(v), graph);
      const eligibleForProgramme = v.programmeId ? eligible.has(v.programmeId) : undefined;
      if (!passesHardFilters(prepared.vacancy, { ...candidate, eligibleForProgramme })) return [];
      if (!sharesEvidence(prepared, candidate)) return [];
      return [{ id: v.id, score: scorePrepared(prepared, candidate, t.config.matching.weights).score }];
    });
    return ranked.sort(compareMatches);
  }

  async function page(user: TestUser, after: string | null = null) {
    const result = await t.gql(PAGE, { after }, user.token);
    expect(result.errors).toBeUndefined();
    const connection = result.data!.matchingVacancies;
    return {
      rows: connection.edges.map((e: { node: { score: number; vacancy: { id: string } } }) => ({
        id: e.node.vacancy.id,
        score: e.node.score,
      })) as { id: string; score: number }[],
      endCursor: connection.pageInfo.endCursor as string,
      hasNextPage: connection.pageInfo.hasNextPage as boolean,
    };
  }

  it('returns exactly the exhaustive top 20, and the page after it, for every candidate', async () => {
    let programmeShown = false;
    for (const { user, id } of candidates) {
      const all = await exhaustive(id);
      // More than the 200 a bounded retrieval hands the scorer.
      expect(all.length).toBeGreaterThan(t.config.matching.retrievalLimit);
      const first = await page(user);
      expect(first.rows).toEqual(all.slice(0, 20));
      expect(first.hasNextPage).toBe(true);
      expect((await page(user, first.endCursor)).rows).toEqual(all.slice(20, 40));
      const [shown] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM vacancy WHERE id = ANY($1::uuid[]) AND programme_id IS NOT NULL`,
        [all.slice(0, 40).map((r) => r.id)],
      );
      programmeShown ||= shown!.n > 0;
    }
    // Programme vacancies are among the pages of the eligible, so eligibility is part of what was compared.
    expect(programmeShown).toBe(true);
  });

  it('counts every match when totalCount is asked for', async () => {
    const { user, id } = candidates[0]!;
    const result = await t.gql(`{ matchingVacancies(first: 5) { totalCount } }`, {}, user.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.matchingVacancies.totalCount).toBe(
      Math.min((await exhaustive(id)).length, t.config.matching.countCap),
    );
  });

  it('hides a closed vacancy and a suspended employer’s at once, before the index hears of it', async () => {
    const { user, id } = candidates[1]!;
    const [best] = await exhaustive(id);
    await t.dataSource.query(`UPDATE vacancy SET status = 'CLOSED' WHERE id = $1`, [best!.id]);
    const afterClosing = await exhaustive(id);
    expect(afterClosing.map((r) => r.id)).not.toContain(best!.id);
    expect((await page(user)).rows).toEqual(afterClosing.slice(0, 20));

    // Three of the best become another employer's, which is then suspended.
    const theirs = afterClosing.slice(5, 8).map((r) => r.id);
    await t.dataSource.query(`UPDATE vacancy SET employer_id = $1 WHERE id = ANY($2::uuid[])`, [
      secondEmployer,
      theirs,
    ]);
    await t.dataSource.query(`UPDATE employer SET status = 'SUSPENDED' WHERE id = $1`, [secondEmployer]);
    const afterSuspending = await exhaustive(id);
    expect(afterSuspending.map((r) => r.id)).not.toEqual(expect.arrayContaining(theirs.slice(0, 1)));
    expect((await page(user)).rows).toEqual(afterSuspending.slice(0, 20));
  });

  it('follows the index: a vacancy changed or taken out of it ranks anew at once', async () => {
    const { user, id } = candidates[2]!;
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const vacancies = t.app.get(VacanciesRepository);
    const [best, second] = await exhaustive(id);
    // Asking for a language nobody speaks, the best one is nobody's match any more.
    await t.dataSource.query(
      `UPDATE vacancy SET language_requirements = '[{"language":"zu","minLevel":"C2"}]' WHERE id = $1`,
      [best!.id],
    );
    await engine.upsertVacancies(await vacancies.indexable([best!.id]));
    const changed = await exhaustive(id);
    expect(changed[0]!.id).toBe(second!.id);
    expect((await page(user)).rows).toEqual(changed.slice(0, 20));
    // Closed and taken out of the index, the second one is gone for good.
    await t.dataSource.query(`UPDATE vacancy SET status = 'CLOSED' WHERE id = $1`, [second!.id]);
    await engine.deleteVacancies([second!.id]);
    const removed = await exhaustive(id);
    expect(removed.map((r) => r.id)).not.toContain(second!.id);
    expect((await page(user)).rows).toEqual(removed.slice(0, 20));
  });
});
