import fc from 'fast-check';
import { CEFR_LEVELS } from 'src/reference/cefr';
import { DEFAULT_WEIGHTS, type MatchWeights } from 'src/config/match-weights';
import { CandidateStore } from 'src/matching/candidate-store';
import { exactTop } from 'src/matching/exact-top';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scorePrepared, sharesEvidence, type PreparedVacancy } from 'src/matching/scoring';
import { SkillGraph } from 'src/matching/skill-graph';
import type { MatchCandidate, MatchVacancy } from 'src/matching/types';
import {
  candidateArb,
  graphArb,
  levelArb,
  OCCUPATIONS,
  SKILLS,
  vacancyArb,
  weightsArb,
} from '../../test/support/matching-arbitraries';

const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

/** The store holding `candidates` (ids by position); those at `removed` positions are replaced once, then removed. */
function storeOf(candidates: readonly MatchCandidate[], removed: ReadonlySet<number> = new Set()): CandidateStore {
  const store = new CandidateStore();
  candidates.forEach((c, i) => store.upsert({ id: id(i), ...c }));
  // Replaced and removed candidates leave dead slots behind, which a search must pass over.
  candidates.forEach((c, i) => {
    if (i % 7 === 0) store.upsert({ id: id(i), ...c });
  });
  for (const i of removed) store.remove(id(i));
  return store;
}

/** Every live candidate passing the filters and sharing evidence, scored, best first: what exactTop must agree with. */
function exhaustive(
  store: CandidateStore,
  prepared: PreparedVacancy,
  weights: MatchWeights,
  exclude: ReadonlySet<number> = new Set(),
): { id: string; score: number }[] {
  const all: { id: string; score: number }[] = [];
  for (let slot = 0; slot < store.capacity; slot += 1) {
    if (!store.isAlive(slot) || exclude.has(slot)) continue;
    const candidate = store.candidate(slot);
    if (!passesHardFilters(prepared.vacancy, { ...candidate, eligibleForProgramme: true })) continue;
    if (!sharesEvidence(prepared, candidate)) continue;
    all.push({ id: store.idOf(slot), score: scorePrepared(prepared, candidate, weights).score });
  }
  return all.sort(compareMatches);
}

const brief = (rows: readonly { id: string; score: number }[]) => rows.map((r) => `${r.id.slice(-4)}:${r.score}`);

describe('exactTop (properties)', () => {
  it('returns exactly the best k of scoring every candidate, whatever the weights, graph, filters and floor', () => {
    fc.assert(
      fc.property(
        vacancyArb,
        fc.array(candidateArb, { minLength: 10, maxLength: 150, size: 'max' }),
        weightsArb,
        graphArb,
        fc.integer({ min: 1, max: 25 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        fc.uniqueArray(fc.nat(), { maxLength: 10 }),
        fc.uniqueArray(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 0, max: 30 }),
        (vacancy, candidates, weights, graph, k, floor, removedAt, excludedAt, firstDraw) => {
          const removed = new Set(removedAt.map((n) => n % Math.max(1, candidates.length)));
          const store = storeOf(candidates, removed);
          const exclude = new Set(excludedAt.map((n) => n % Math.max(1, store.capacity)));
          const prepared = prepareVacancy(vacancy, graph);
          // Few drawn first: the score to reach is learnt late, and the pruning does the rest.
          const { top } = exactTop(store, prepared, { k, weights, exclude, floor, firstDraw });
          const expected = exhaustive(store, prepared, weights, exclude).slice(0, k);
          // Below the floor the caller is not interested: only those above it must agree.
          const above = (rows: readonly { id: string; score: number }[]) =>
            rows.filter((r) => floor === undefined || r.score >= floor);
          expect(brief(above(top))).toEqual(brief(above(expected)));
          expect(top.length).toBeLessThanOrEqual(k);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checks the hard filters from its packed records as passesHardFilters does, with more languages and Member States than the records hold', () => {
    // Beyond 10 languages and 26 Member States the store reads its pools instead of the record's bits.
    const languages = Array.from({ length: 14 }, (_, i) => `l${String.fromCharCode(97 + i)}`);
    const states = Array.from({ length: 30 }, (_, i) => `S${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'X' : ''}`);
    const wide = fc.record({
      languages: fc.array(fc.record({ language: fc.constantFrom(...languages), level: levelArb }), { maxLength: 6 }),
      highestEqfLevel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      preferredDestinations: fc.uniqueArray(fc.constantFrom(...states), { maxLength: 5 }),
    });
    const requirement = fc.record({
      memberState: fc.constantFrom(...states, 'ZZ'),
      languageRequirements: fc.uniqueArray(
        fc.record({ language: fc.constantFrom(...languages, 'xx'), minLevel: fc.constantFrom(...CEFR_LEVELS) }),
        { maxLength: 3, selector: (r) => r.language },
      ),
      minEqfLevel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(wide, { minLength: 1, maxLength: 40 }), requirement, (people, vacancy) => {
        const store = new CandidateStore();
        people.forEach((p, i) =>
          store.upsert({ id: id(i), ...p, desiredOccupations: [], experience: [], skillNums: [], credentials: [] }),
        );
        const passes = store.filter({
          memberState: vacancy.memberState,
          languages: vacancy.languageRequirements,
          minEqfLevel: vacancy.minEqfLevel,
        });
        people.forEach((p, slot) => expect(passes(slot)).toBe(passesHardFilters({ ...vacancy, programmeId: null }, p)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('exactTop (examples)', () => {
  const vacancy: MatchVacancy = {
    occupationNum: 1,
    iscoCode: '7411',
    essentialSkillNums: SKILLS.slice(0, 4),
    optionalSkillNums: [],
    languageRequirements: [],
    minEqfLevel: null,
    minExperienceYears: null,
    memberState: 'DE',
    programmeId: null,
  };
  const person = (skillNums: number[], occupation: { num: number; iscoCode: string }, years = 0): MatchCandidate => ({
    desiredOccupations: [occupation],
    experience: years > 0 ? [{ ...occupation, years }] : [],
    skillNums,
    languages: [],
    highestEqfLevel: 4,
    preferredDestinations: [],
    credentials: [],
  });

  it('finds a far candidate whose coverage rests on a generic skill it leaves unread', () => {
    // Four skills alike, the fourth held by hundreds: its list is left unread, and the one
    // candidate holding all four, in an unrelated occupation, still outranks the
    // experienced welders who hold two.
    const welders = Array.from({ length: 30 }, () => person(SKILLS.slice(0, 2), OCCUPATIONS[0]!, 10));
    const generic = Array.from({ length: 400 }, () => person([SKILLS[3]!], OCCUPATIONS[7]!));
    const allRounder = person(SKILLS.slice(0, 4), OCCUPATIONS[6]!);
    const store = storeOf([...welders, ...generic, allRounder]);
    const prepared = prepareVacancy(vacancy, SkillGraph.EMPTY);
    const expected = exhaustive(store, prepared, DEFAULT_WEIGHTS);
    expect(expected[0]!.id).toBe(id(430));
    for (const firstDraw of [0, 10, 1_000]) {
      const { top } = exactTop(store, prepared, { k: 3, weights: DEFAULT_WEIGHTS, firstDraw });
      expect(brief(top)).toEqual(brief(expected.slice(0, 3)));
    }
  });

  it('finds candidates of the sub-major group whose experience lifts them, though no skill of theirs does', () => {
    // Weights where experience counts most: years in a nearby occupation (same sub-major
    // group, 7421 for 7411) are worth more than the skills others hold.
    const weights = { ...DEFAULT_WEIGHTS, experience: 3 };
    const store = storeOf([
      ...Array.from({ length: 50 }, () => person([SKILLS[0]!, SKILLS[2]!, SKILLS[3]!], OCCUPATIONS[6]!)),
      person([SKILLS[1]!], OCCUPATIONS[3]!, 30),
    ]);
    const prepared = prepareVacancy({ ...vacancy, minExperienceYears: 1 }, SkillGraph.EMPTY);
    const expected = exhaustive(store, prepared, weights);
    expect(expected[0]!.id).toBe(id(50));
    for (const firstDraw of [0, 10]) {
      expect(brief(exactTop(store, prepared, { k: 2, weights, firstDraw }).top)).toEqual(brief(expected.slice(0, 2)));
    }
  });
});

describe('exactTop over many windows of slots', () => {
  /** A seeded generator (mulberry32), so the population is the same on every run. */
  function seeded(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('equals exhaustive scoring on 80,000 candidates crowded into a few occupations, with and without a floor', () => {
    const random = seeded(20261130);
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const graph = new SkillGraph({
      specificity: SKILLS.map((num, i) => [num, 0.3 + (0.7 * i) / SKILLS.length] as [number, number]),
      hierarchy: [{ narrower: SKILLS[3]!, broader: SKILLS[4]! }],
      relations: [{ skill: SKILLS[5]!, related: SKILLS[6]!, type: 'essential' }],
      occupationNeighbours: [
        { occupation: 1, neighbour: 5, similarity: 0.9 },
        { occupation: 1, neighbour: 8, similarity: 0.3 },
      ],
    });
    const candidates: MatchCandidate[] = Array.from({ length: 80_000 }, () => {
      const home = pick(OCCUPATIONS);
      return {
        desiredOccupations: [home],
        experience: random() < 0.6 ? [{ ...home, years: Math.floor(random() * 20) }] : [],
        skillNums: SKILLS.filter(() => random() < 0.25),
        languages: [{ language: 'en', level: pick(CEFR_LEVELS) }],
        highestEqfLevel: 1 + Math.floor(random() * 8),
        preferredDestinations: random() < 0.5 ? [] : [pick(['DE', 'FR'])],
        credentials: [],
      };
    });
    const store = storeOf(candidates, new Set([5, 50_000, 79_999]));
    for (const occupation of OCCUPATIONS.slice(0, 4)) {
      const vacancy: MatchVacancy = {
        occupationNum: occupation.num,
        iscoCode: occupation.iscoCode,
        essentialSkillNums: SKILLS.slice(occupation.num * 3, occupation.num * 3 + 8),
        optionalSkillNums: SKILLS.slice(30, 34),
        languageRequirements: [{ language: 'en', minLevel: 'B1' }],
        minEqfLevel: occupation.num % 2 === 0 ? 3 : null,
        minExperienceYears: null,
        memberState: 'DE',
        programmeId: null,
      };
      const prepared = prepareVacancy(vacancy, graph);
      const expected = exhaustive(store, prepared, DEFAULT_WEIGHTS);
      expect(brief(exactTop(store, prepared, { k: 20, weights: DEFAULT_WEIGHTS }).top)).toEqual(
        brief(expected.slice(0, 20)),
      );
      const floor = expected[40]!.score;
      const floored = exactTop(store, prepared, { k: 60, weights: DEFAULT_WEIGHTS, floor }).top;
      expect(brief(floored.filter((r) => r.score >= floor))).toEqual(
        brief(expected.slice(0, 60).filter((r) => r.score >= floor)),
      );
    }
  });
});
