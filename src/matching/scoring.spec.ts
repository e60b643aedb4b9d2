import fc from 'fast-check';
import { CEFR_LEVELS } from 'src/reference/cefr';
import { DEFAULT_WEIGHTS, normaliseWeights } from 'src/config/match-weights';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scoreMatch, scorePrepared } from 'src/matching/scoring';
import { coverageShare, skillBound } from 'src/matching/skill-evidence';
import type { MatchCandidate, MatchVacancy } from 'src/matching/types';
import { candidateArb, graphArb, STATES, vacancyArb, weightsArb } from '../../test/support/matching-arbitraries';

describe('scoreMatch (properties)', () => {
  it('keeps the score and every component within [0, 1]', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, weightsArb, graphArb, (vacancy, candidate, weights, graph) => {
        const { score, breakdown, skillMatches } = scoreMatch(vacancy, candidate, weights, graph);
        for (const m of skillMatches) expect(m.credit > 0 && m.credit <= 1).toBe(true);
        for (const value of [score, ...Object.values(breakdown)]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the score when a candidate gains a missing essential skill, and raises that component', () => {
    fc.assert(
      fc.property(
        vacancyArb,
        candidateArb,
        weightsArb,
        graphArb,
        fc.nat(),
        (vacancy, candidate, weights, graph, pick) => {
          const missing = vacancy.essentialSkillNums.filter((id) => !candidate.skillNums.includes(id));
          fc.pre(missing.length > 0);
          const before = scoreMatch(vacancy, candidate, weights, graph);
          const gained = { ...candidate, skillNums: [...candidate.skillNums, missing[pick % missing.length]!] };
          const after = scoreMatch(vacancy, gained, weights, graph);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(after.breakdown.essentialSkills).toBeGreaterThan(before.breakdown.essentialSkills);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never lowers the score when a candidate gains any skill the vacancy requires, essential or optional', () => {
    fc.assert(
      fc.property(
        vacancyArb,
        candidateArb,
        weightsArb,
        graphArb,
        fc.nat(),
        (vacancy, candidate, weights, graph, pick) => {
          const required = [...vacancy.essentialSkillNums, ...vacancy.optionalSkillNums];
          const missing = required.filter((num) => !candidate.skillNums.includes(num));
          fc.pre(missing.length > 0);
          const before = scoreMatch(vacancy, candidate, weights, graph);
          const gained = { ...candidate, skillNums: [...candidate.skillNums, missing[pick % missing.length]!] };
          const after = scoreMatch(vacancy, gained, weights, graph);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(after.breakdown.skills).toBeGreaterThanOrEqual(before.breakdown.skills);
          expect(after.breakdown.skillFocus).toBeGreaterThanOrEqual(before.breakdown.skillFocus);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never lowers the score when a related skill that earned credit is replaced by the required skill itself', () => {
    fc.assert(
      fc.property(
        vacancyArb,
        candidateArb,
        weightsArb,
        graphArb,
        fc.nat(),
        (vacancy, candidate, weights, graph, pick) => {
          const before = scoreMatch(vacancy, candidate, weights, graph);
          const related = before.skillMatches.filter((m) => m.relation !== 'EXACT');
          fc.pre(related.length > 0);
          const { requiredNum, heldNum } = related[pick % related.length]!;
          const replaced = {
            ...candidate,
            skillNums: candidate.skillNums.map((num) => (num === heldNum ? requiredNum : num)),
          };
          const after = scoreMatch(vacancy, replaced, weights, graph);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(after.skillMatches).toContainEqual({
            requiredNum,
            heldNum: requiredNum,
            relation: 'EXACT',
            credit: 1,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('bounds the skill part by the largest contributions of the skills held (for pruned retrieval)', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, weightsArb, graphArb, (vacancy, candidate, weights, graph) => {
        const prepared = prepareVacancy(vacancy, graph);
        const { breakdown } = scorePrepared(prepared, candidate, weights);
        // The bound is computed from the weights as the scorer scales them (exact-top.ts does the same).
        const scaled = normaliseWeights(weights, vacancy.programmeId !== null);
        const w = { e: scaled.essentialSkills, o: scaled.optionalSkills };
        expect(skillBound(prepared.skills, candidate.skillNums, w.e, w.o)).toBeGreaterThanOrEqual(
          breakdown.skills - 1e-4,
        );
        // Full credit for every required skill is full coverage.
        const all = prepared.skills.required.map((_, i) => coverageShare(prepared.skills, i, w.e, w.o));
        if (all.length > 0) expect(all.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 500 },
    );
  });

  it('never ranks a candidate naming the occupation with a quarter of its skills above one showing two thirds of the essential skills', () => {
    fc.assert(
      fc.property(
        vacancyArb.filter((v) => v.essentialSkillNums.length >= 3),
        candidateArb,
        graphArb,
        fc.double({ min: 0, max: 30, noNaN: true }),
        (vacancy, base, graph, years) => {
          const mass = (num: number) => graph.specificity(num) ** 2;
          const essential = [...new Set(vacancy.essentialSkillNums)];
          const optional = [...new Set(vacancy.optionalSkillNums)].filter((n) => !essential.includes(n));
          const total = (nums: number[]) => nums.reduce((sum, n) => sum + mass(n), 0);
          // A: essential skills until two thirds of their mass, nothing else, no occupation named.
          const shown: number[] = [];
          for (const num of essential) if (total(shown) < (2 / 3) * total(essential)) shown.push(num);
          // B: at most a quarter of the essential and of the optional mass, and the occupation.
          const few = (nums: number[]) => {
            const kept: number[] = [];
            for (const num of nums) if (total([...kept, num]) <= total(nums) / 4) kept.push(num);
            return kept;
          };
          const common = { ...base, desiredOccupations: [], experience: [] };
          const a = { ...common, skillNums: shown };
          const b = {
            ...common,
            skillNums: [...few(essential), ...few(optional)],
            desiredOccupations: [{ num: vacancy.occupationNum, iscoCode: vacancy.iscoCode }],
            experience: [{ num: vacancy.occupationNum, iscoCode: vacancy.iscoCode, years }],
          };
          expect(scoreMatch(vacancy, a, DEFAULT_WEIGHTS, graph).score).toBeGreaterThanOrEqual(
            scoreMatch(vacancy, b, DEFAULT_WEIGHTS, graph).score,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('partitions the essential skills into matched and missing ones', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, (vacancy, candidate) => {
        const { matchedSkillNums, missingEssentialSkillNums } = scoreMatch(vacancy, candidate);
        const has = new Set(candidate.skillNums);
        const essential = new Set(vacancy.essentialSkillNums);
        const matchedEssential = matchedSkillNums.filter((id) => essential.has(id));
        expect([...matchedEssential, ...missingEssentialSkillNums].sort()).toEqual([...essential].sort());
        expect(missingEssentialSkillNums.every((id) => !has.has(id))).toBe(true);
        expect(matchedSkillNums.every((id) => has.has(id))).toBe(true);
        const optionalHeld = vacancy.optionalSkillNums.filter((id) => has.has(id) && !essential.has(id));
        expect(matchedSkillNums.filter((id) => !essential.has(id))).toEqual(optionalHeld);
        expect(new Set(matchedSkillNums).size).toBe(matchedSkillNums.length);
      }),
    );
  });

  it('gives the same answer prepared once as prepared per call', () => {
    fc.assert(
      fc.property(
        vacancyArb,
        fc.array(candidateArb, { maxLength: 5 }),
        weightsArb,
        graphArb,
        (vacancy, candidates, weights, graph) => {
          const prepared = prepareVacancy(vacancy, graph);
          for (const c of candidates)
            expect(scorePrepared(prepared, c, weights)).toEqual(scoreMatch(vacancy, c, weights, graph));
        },
      ),
    );
  });
});

describe('passesHardFilters (properties)', () => {
  /** The candidate adjusted to meet every hard filter of the vacancy. */
  function meeting(vacancy: MatchVacancy, candidate: MatchCandidate, boost: number) {
    const required = new Set(vacancy.languageRequirements.map((r) => r.language));
    return {
      ...candidate,
      preferredDestinations: boost % 2 === 0 ? [] : [vacancy.memberState],
      languages: [
        ...candidate.languages.filter((l) => !required.has(l.language)),
        ...vacancy.languageRequirements.map((r) => ({
          language: r.language,
          level: CEFR_LEVELS[Math.min(5, CEFR_LEVELS.indexOf(r.minLevel) + (boost % 3))]!,
        })),
      ],
      highestEqfLevel:
        vacancy.minEqfLevel === null ? candidate.highestEqfLevel : Math.min(8, vacancy.minEqfLevel + (boost % 2)),
      eligibleForProgramme: vacancy.programmeId !== null ? true : undefined,
    };
  }

  it('accepts a candidate who meets every filter', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, fc.nat(), (vacancy, candidate, boost) => {
        expect(passesHardFilters(vacancy, meeting(vacancy, candidate, boost))).toBe(true);
      }),
    );
  });

  it('rejects a candidate who fails any one filter', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, fc.nat(), fc.nat(), (vacancy, candidate, boost, choice) => {
        const base = meeting(vacancy, candidate, boost);
        const elsewhere = STATES.filter((s) => s !== vacancy.memberState);
        const failures: (typeof base)[] = [{ ...base, preferredDestinations: elsewhere.slice(0, 1 + (choice % 3)) }];
        for (const r of vacancy.languageRequirements) {
          failures.push({ ...base, languages: base.languages.filter((l) => l.language !== r.language) });
          if (r.minLevel !== 'A1') {
            const below = CEFR_LEVELS[CEFR_LEVELS.indexOf(r.minLevel) - 1]!;
            failures.push({
              ...base,
              languages: base.languages.map((l) => (l.language === r.language ? { ...l, level: below } : l)),
            });
          }
        }
        if (vacancy.minEqfLevel !== null) {
          failures.push({ ...base, highestEqfLevel: null });
          if (vacancy.minEqfLevel > 1) failures.push({ ...base, highestEqfLevel: vacancy.minEqfLevel - 1 });
        }
        if (vacancy.programmeId !== null) {
          failures.push({ ...base, eligibleForProgramme: false }, { ...base, eligibleForProgramme: undefined });
        }
        expect(passesHardFilters(vacancy, failures[choice % failures.length]!)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('compareMatches (properties)', () => {
  it('sorts any shuffle of the same matches into the same order: score down, then id up', () => {
    const matchesArb = fc.uniqueArray(
      fc.record({ id: fc.uuid(), score: fc.constantFrom(0, 0.25, 0.5, 0.5001, 0.75, 1) }),
      { maxLength: 30, selector: (m) => m.id },
    );
    fc.assert(
      fc.property(
        matchesArb.chain((matches) =>
          fc.tuple(fc.constant(matches), fc.shuffledSubarray(matches, { minLength: matches.length })),
        ),
        ([matches, shuffled]) => {
          const a = [...matches].sort(compareMatches);
          const b = [...shuffled].sort(compareMatches);
          expect(b).toEqual(a);
          for (let i = 1; i < a.length; i += 1) {
            const [prev, next] = [a[i - 1]!, a[i]!];
            expect(prev.score > next.score || (prev.score === next.score && prev.id < next.id)).toBe(true);
          }
        },
      ),
    );
  });

  it('ranks scored candidates the same way whatever order they were retrieved in', () => {
    fc.assert(
      fc.property(
        vacancyArb,
        fc.array(candidateArb, { minLength: 2, maxLength: 12 }),
        fc.nat(),
        (vacancy, candidates, seed) => {
          const prepared = prepareVacancy(vacancy);
          const scored = candidates.map((c, i) => ({
            id: `c-${String(i).padStart(3, '0')}`,
            score: scorePrepared(prepared, c).score,
          }));
          const rotated = [...scored.slice(seed % scored.length), ...scored.slice(0, seed % scored.length)].reverse();
          expect([...rotated].sort(compareMatches).map((m) => m.id)).toEqual(
            [...scored].sort(compareMatches).map((m) => m.id),
          );
        },
      ),
    );
  });
});
