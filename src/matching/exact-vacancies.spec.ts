import fc from 'fast-check';
import type { MatchWeights } from 'src/config/match-weights';
import { exactVacancies, matchingVacancySlots } from 'src/matching/exact-vacancies';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared, sharesEvidence } from 'src/matching/scoring';
import type { SkillGraph } from 'src/matching/skill-graph';
import type { MatchCandidate, MatchVacancy } from 'src/matching/types';
import { VacancyStore } from 'src/matching/vacancy-store';
import { candidateArb, graphArb, vacancyArb, weightsArb } from '../../test/support/matching-arbitraries';

const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

/** The store holding `vacancies` (ids by position); some replaced once, those at `removed` positions removed. */
function storeOf(vacancies: readonly MatchVacancy[], removed: ReadonlySet<number>): VacancyStore {
  const store = new VacancyStore();
  vacancies.forEach((v, i) => store.upsert({ id: id(i), ...v }));
  // Replaced and removed vacancies leave dead slots behind, which a search must pass over.
  vacancies.forEach((v, i) => {
    if (i % 7 === 0) store.upsert({ id: id(i), ...v });
  });
  for (const i of removed) store.remove(id(i));
  return store;
}

/** Every live vacancy the candidate passes the filters of and shares evidence with, scored, best first. */
function exhaustive(
  store: VacancyStore,
  candidate: MatchCandidate,
  graph: SkillGraph,
  weights: MatchWeights,
  refused: ReadonlySet<string> = new Set(),
  exclude: ReadonlySet<number> = new Set(),
): { id: string; score: number }[] {
  const all: { id: string; score: number }[] = [];
  for (let slot = 0; slot < store.capacity; slot += 1) {
    if (!store.isAlive(slot) || exclude.has(slot)) continue;
    const prepared = prepareVacancy(store.vacancy(slot), graph);
    const programmeId = prepared.vacancy.programmeId;
    const eligibleForProgramme = programmeId === null ? undefined : !refused.has(programmeId);
    if (!passesHardFilters(prepared.vacancy, { ...candidate, eligibleForProgramme })) continue;
    if (!sharesEvidence(prepared, candidate)) continue;
    all.push({ id: store.idOf(slot), score: scorePrepared(prepared, candidate, weights).score });
  }
  return all.sort(compareMatches);
}

const brief = (rows: readonly { id: string; score: number }[]) => rows.map((r) => `${r.id.slice(-4)}:${r.score}`);

describe('exactVacancies (properties)', () => {
  it('returns exactly the best k of scoring every vacancy, whatever the weights, graph, filters and programmes', () => {
    fc.assert(
      fc.property(
        candidateArb,
        fc.array(vacancyArb, { minLength: 10, maxLength: 150, size: 'max' }),
        weightsArb,
        graphArb,
        fc.integer({ min: 1, max: 25 }),
        fc.subarray(['p1', 'p2']),
        fc.uniqueArray(fc.nat(), { maxLength: 10 }),
        fc.uniqueArray(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 0, max: 30 }),
        (candidate, vacancies, weights, graph, k, refusedAt, removedAt, excludedAt, firstDraw) => {
          const store = storeOf(vacancies, new Set(removedAt.map((n) => n % vacancies.length)));
          const exclude = new Set(excludedAt.map((n) => n % store.capacity));
          const refusedProgrammes = new Set(refusedAt);
          // Few drawn first: the score to reach is learnt late, and the pruning does the rest.
          const { top } = exactVacancies(store, candidate, graph, {
            k,
            weights,
            exclude,
            refusedProgrammes,
            firstDraw,
          });
          const expected = exhaustive(store, candidate, graph, weights, refusedProgrammes, exclude);
          expect(brief(top)).toEqual(brief(expected.slice(0, k)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts every vacancy the candidate passes the filters of and shares evidence with', () => {
    fc.assert(
      fc.property(
        candidateArb,
        fc.array(vacancyArb, { minLength: 1, maxLength: 80 }),
        weightsArb,
        graphArb,
        (candidate, vacancies, weights, graph) => {
          const store = storeOf(vacancies, new Set([0]));
          // Programme eligibility is the database's to answer: every programme counts as eligible here.
          const counted = matchingVacancySlots(store, candidate, graph, 10_000).map((slot) => store.idOf(slot));
          const expected = exhaustive(store, candidate, graph, weights).map((r) => r.id);
          expect(counted.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});
