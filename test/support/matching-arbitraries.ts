import fc from 'fast-check';
import { CEFR_LEVELS } from 'src/reference/cefr';
import { DEFAULT_WEIGHTS, type MatchWeights } from 'src/config/match-weights';
import { SkillGraph } from 'src/matching/skill-graph';
import type { MatchCandidate, MatchVacancy } from 'src/matching/types';

/**
 * A small world for property tests of matching: 40 skills, 8 occupations whose ISCO codes
 * share unit, minor and sub-major groups, and arbitrary vacancies, candidates, skill graphs
 * and weights over it.
 */
export const SKILLS = Array.from({ length: 40 }, (_, i) => 100 + i);
export const LANGUAGES = ['de', 'en', 'fr', 'nl'];
export const STATES = ['DE', 'BE', 'NL', 'FR'];
// Related codes on purpose: same unit group, same minor group (741x), same sub-major (74xx, 72xx).
export const OCCUPATIONS = [
  { num: 1, iscoCode: '7411' },
  { num: 2, iscoCode: '7411' },
  { num: 3, iscoCode: '7412' },
  { num: 4, iscoCode: '7421' },
  { num: 5, iscoCode: '7212' },
  { num: 6, iscoCode: '7213' },
  { num: 7, iscoCode: '5120' },
  { num: 8, iscoCode: '2512' },
];

export const levelArb = fc.constantFrom(...CEFR_LEVELS);
export const vacancyArb: fc.Arbitrary<MatchVacancy> = fc
  .record({
    occupation: fc.constantFrom(...OCCUPATIONS),
    essentialSkillNums: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 12 }),
    optionalSkillNums: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 12 }),
    languageRequirements: fc.uniqueArray(fc.record({ language: fc.constantFrom(...LANGUAGES), minLevel: levelArb }), {
      maxLength: 2,
      selector: (r) => r.language,
    }),
    minEqfLevel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
    minExperienceYears: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    memberState: fc.constantFrom(...STATES),
    programmeId: fc.option(fc.constantFrom('p1', 'p2'), { nil: null }),
  })
  .map(({ occupation, ...rest }) => ({ occupationNum: occupation.num, iscoCode: occupation.iscoCode, ...rest }));

export const candidateArb: fc.Arbitrary<MatchCandidate> = fc.record({
  desiredOccupations: fc.array(fc.constantFrom(...OCCUPATIONS), { maxLength: 3 }),
  experience: fc
    .array(
      fc.record({
        occupation: fc.constantFrom(...OCCUPATIONS),
        years: fc.double({ min: 0, max: 30, noNaN: true }),
      }),
      { maxLength: 3 },
    )
    .map((jobs) => jobs.map((j) => ({ num: j.occupation.num, iscoCode: j.occupation.iscoCode, years: j.years }))),
  // Duplicates allowed: a sloppy profile must not count a skill twice.
  skillNums: fc.array(fc.constantFrom(...SKILLS), { maxLength: 25 }),
  languages: fc.array(fc.record({ language: fc.constantFrom(...LANGUAGES), level: levelArb }), { maxLength: 3 }),
  highestEqfLevel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  preferredDestinations: fc.subarray(STATES),
  credentials: fc.array(fc.record({ programmeId: fc.constantFrom('p1', 'p2'), trainingCompleted: fc.boolean() }), {
    maxLength: 2,
  }),
});

/** A skill graph over SKILLS and OCCUPATIONS: any specificities, hierarchy, relations and neighbours. */
export const graphArb: fc.Arbitrary<SkillGraph> = fc.oneof(
  fc.constant(SkillGraph.EMPTY),
  fc
    .record({
      specificity: fc.array(
        fc.tuple(
          fc.constantFrom(...SKILLS),
          // ESCO's least specific skill scores 0.27; far lower values would vanish in the 4-decimal rounding.
          fc.double({ min: 0.1, max: 1, noNaN: true }).map((v) => Math.round(v * 10_000) / 10_000),
        ),
        { maxLength: 40 },
      ),
      hierarchy: fc.array(fc.record({ narrower: fc.constantFrom(...SKILLS), broader: fc.constantFrom(...SKILLS) }), {
        maxLength: 30,
      }),
      relations: fc.array(
        fc.record({
          skill: fc.constantFrom(...SKILLS),
          related: fc.constantFrom(...SKILLS),
          type: fc.constantFrom('essential' as const, 'optional' as const),
        }),
        { maxLength: 30 },
      ),
      occupationNeighbours: fc.array(
        fc.record({
          occupation: fc.constantFrom(...OCCUPATIONS.map((o) => o.num)),
          neighbour: fc.constantFrom(...OCCUPATIONS.map((o) => o.num)),
          similarity: fc.double({ min: 0.1, max: 1, noNaN: true }),
        }),
        { maxLength: 10 },
      ),
    })
    .map((data) => new SkillGraph(data)),
);

export const weightsArb: fc.Arbitrary<MatchWeights> = fc.oneof(
  fc.constant(DEFAULT_WEIGHTS),
  fc
    .record({
      essentialSkills: fc.double({ min: 0, max: 10, noNaN: true }),
      optionalSkills: fc.double({ min: 0, max: 10, noNaN: true }),
      occupation: fc.double({ min: 0, max: 10, noNaN: true }),
      experience: fc.double({ min: 0, max: 10, noNaN: true }),
      languages: fc.double({ min: 0, max: 10, noNaN: true }),
      qualification: fc.double({ min: 0, max: 10, noNaN: true }),
      partnership: fc.double({ min: 0, max: 10, noNaN: true }),
    })
    .filter((w) => Object.values(w).some((v) => v > 0)),
);
