import { toMatchCandidate, toMatchVacancy } from 'src/matching/document-facts';
import { passesHardFilters } from 'src/matching/hard-filters';
import { CandidatePool } from 'src/matching/candidate-pool';
import { MatchRanker } from 'src/matching/match-ranker';
import { PROGRAMME_ELIGIBILITY, type ProgrammeEligibility } from 'src/matching/programme-eligibility';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared, sharesEvidence } from 'src/matching/scoring';
import { SkillGraphProvider } from 'src/matching/skill-graph.provider';
import { SEARCH_ENGINE, SearchEngine, type CandidateDocument } from 'src/search/search-engine';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { importEsco } from '../bench/bench-support';
import { insertProgramme, insertVacancies } from '../bench/match/vacancies';
import { generateCandidate, insertCandidates, loadOccupations } from '../bench/match/world';
import { SeededRandom } from '../bench/seeded-random';
import { startTestApp, TestApp } from './setup/test-app';
import { escoSubset } from './support/esco-fixture';

const CANDIDATES = 6_000;
const VACANCIES = 8;

/**
 * Retrieval is exact: for generated vacancies over 6,000 generated candidates crowded into a
 * few real ESCO occupations (so every skill is held by far more candidates than any bounded
 * slice of an index lookup keeps), the ranked pages equal the scorer's own ranking of every
 * candidate passing the hard filters, scores included; and the in-memory replica follows
 * changes and consent withdrawals. Programme pairs are exact too, eligibility included.
 */
describe('exact matching', () => {
  let t: TestApp;
  let ranker: MatchRanker;
  let vacancyIds: string[];
  const documents = new Map<string, CandidateDocument>();

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.search.outbox.worker = false;
    });
    await importEsco(t.dataSource, escoSubset(150).dir);
    const random = new SeededRandom(20261130);
    const occupations = (await loadOccupations(t.dataSource)).filter((o) => o.essential.length >= 3);
    const crowded = random.sample(occupations, 6);
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    for (let n = 0; n < CANDIDATES; n += 2_000) {
      const batch = Array.from({ length: 2_000 }, () => generateCandidate(random, crowded));
      await insertCandidates(t.dataSource, batch);
      await engine.upsertCandidates(batch);
      for (const d of batch) documents.set(d.id, d);
    }
    ({ ids: vacancyIds } = await insertVacancies(t.dataSource, random, crowded, VACANCIES));
    ranker = t.app.get(MatchRanker);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** Every candidate held, scored one by one: the exhaustive ranking, best first. */
  async function exhaustive(vacancyId: string, eligible?: Set<string>): Promise<{ id: string; score: number }[]> {
    const facts = await t.app.get(VacanciesRepository).factsById(vacancyId);
    const prepared = prepareVacancy(toMatchVacancy(facts!), await t.app.get(SkillGraphProvider).graph());
    const ranked = [...documents.values()].flatMap((d) => {
      const candidate = toMatchCandidate(d);
      const withEligibility = { ...candidate, eligibleForProgramme: eligible?.has(d.id) };
      if (!passesHardFilters(prepared.vacancy, withEligibility) || !sharesEvidence(prepared, candidate)) return [];
      return [{ id: d.id, score: scorePrepared(prepared, candidate, t.config.matching.weights).score }];
    });
    return ranked.sort(compareMatches);
  }

  async function ranked(vacancyId: string, offset: number, first: number): Promise<{ id: string; score: number }[]> {
    const page = await ranker.rankCandidates(vacancyId, { offset, first, withTotal: false });
    return page.rows.map((r) => ({ id: r.item, score: r.match.score }));
  }

  it('returns exactly the exhaustive top 20, and the page after it, for every vacancy', async () => {
    for (const id of vacancyIds) {
      const all = await exhaustive(id);
      // Far more candidates than the 200 a bounded retrieval hands the scorer.
      expect(all.length).toBeGreaterThan(5 * t.config.matching.retrievalLimit);
      expect(await ranked(id, 0, 20)).toEqual(all.slice(0, 21));
      expect(await ranked(id, 20, 20)).toEqual(all.slice(20, 41));
    }
  });

  it('loads the replica on first use where the application was built for a command, not to serve', async () => {
    const command = await startTestApp(
      (config) => {
        config.matching.preloadReplicas = false;
      },
      { sameDatabaseAs: t },
    );
    try {
      const pool = command.app.get(CandidatePool);
      // Nothing read at start, however long one waits (a load of 6,000 takes well under this)...
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(pool.report()).toMatchObject({ size: 0, loadMs: 0 });
      // ...and the same exact page once a match asks.
      const page = await command.app
        .get(MatchRanker)
        .rankCandidates(vacancyIds[0]!, { offset: 0, first: 20, withTotal: false });
      expect(page.rows.map((r) => ({ id: r.item, score: r.match.score }))).toEqual(
        (await exhaustive(vacancyIds[0]!)).slice(0, 21),
      );
      expect(pool.report().size).toBe(CANDIDATES);
    } finally {
      await command.close();
    }
  });

  it('pairs a programme’s vacancies with its eligible candidates exactly as scoring every pair does', async () => {
    const random = new SeededRandom(7);
    const occupations = (await loadOccupations(t.dataSource)).filter((o) => o.essential.length >= 3);
    const programmeId = await insertProgramme(t.dataSource, ['MA', 'TN', 'EG']);
    const crowded = occupations.filter((o) => [...documents.values()].some((d) => d.desired[0]?.num === o.num));
    const { ids } = await insertVacancies(t.dataSource, random, crowded, 5, programmeId);
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    await engine.upsertVacancies(await t.app.get(VacanciesRepository).indexable(ids));
    const eligible = await t.app
      .get<ProgrammeEligibility>(PROGRAMME_ELIGIBILITY)
      .eligibleAmong(programmeId, [...documents.keys()]);
    expect(eligible.size).toBeGreaterThan(0);
    expect(eligible.size).toBeLessThan(documents.size);

    const pairs = (
      await Promise.all(
        ids.map(async (vacancyId) =>
          (await exhaustive(vacancyId, eligible)).map((r) => ({ candidateId: r.id, vacancyId, score: r.score })),
        ),
      )
    ).flat();
    pairs.sort(
      (a, b) =>
        b.score - a.score ||
        (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0) ||
        (a.vacancyId < b.vacancyId ? -1 : 1),
    );
    const page = await ranker.programmePairs(programmeId, { offset: 0, first: 20, withTotal: false });
    expect(page.rows.map((r) => ({ ...r.item, score: r.match.score }))).toEqual(pairs.slice(0, 21));
  });

  it('counts every match when asked', async () => {
    const all = await exhaustive(vacancyIds[0]!);
    const page = await ranker.rankCandidates(vacancyIds[0]!, { offset: 0, first: 20 });
    expect(page.total).toBe(Math.min(all.length, t.config.matching.countCap));
  });

  it('follows the index: a withdrawn consent hides at once, a changed profile ranks anew', async () => {
    const id = vacancyIds[1]!;
    const [best, second] = await exhaustive(id);
    // Consent withdrawn in the database, before any index update: never shown again.
    await t.dataSource.query(`UPDATE candidate_profile SET visible = false WHERE id = $1`, [best!.id]);
    expect((await ranked(id, 0, 1))[0]!.id).toBe(second!.id);

    // The index forgets the candidate; a profile that loses every skill falls out of the ranking.
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    await engine.deleteCandidates([best!.id]);
    documents.delete(best!.id);
    const emptied = { ...documents.get(second!.id)!, skillNums: [], desired: [], experience: [] };
    await engine.upsertCandidates([emptied]);
    documents.set(second!.id, emptied);
    const all = await exhaustive(id);
    expect(all.map((r) => r.id)).not.toContain(second!.id);
    expect(await ranked(id, 0, 20)).toEqual(all.slice(0, 21));
  });
});
