import fc from 'fast-check';
import type { EligibilityResult } from 'src/partnerships/eligibility';
import { criteriaChecked, EligibilityTally, mostFrequent } from 'src/programme-statistics/eligibility-tally';
import { NO_CRITERIA } from 'src/partnerships/eligibility';

const CRITERIA = ['citizenship', 'minAge', 'language:de', 'occupation'];

/** Results as one programme gives them: the same checks in the same order, each passed or not. */
const resultsArb: fc.Arbitrary<EligibilityResult[]> = fc.array(
  fc.array(fc.boolean(), { minLength: CRITERIA.length, maxLength: CRITERIA.length }).map((passed) => ({
    eligible: passed.every(Boolean),
    checks: CRITERIA.map((criterion, i) => ({ criterion, passed: passed[i]!, detail: '' })),
  })),
  { maxLength: 60 },
);

describe('EligibilityTally', () => {
  it('counts failures per criterion and the funnel of who is still in after each', () => {
    const tally = new EligibilityTally();
    const result = (...passed: boolean[]): EligibilityResult => ({
      eligible: passed.every(Boolean),
      checks: passed.map((p, i) => ({ criterion: CRITERIA[i]!, passed: p, detail: '' })),
    });
    tally.add(result(true, true, true, true));
    tally.add(result(false, true, false, true));
    tally.add(result(true, false, true, true));
    tally.add(result(true, true, false, true));
    expect(tally.candidates).toBe(4);
    expect(tally.eligible).toBe(1);
    expect(tally.criteria()).toEqual([
      { criterion: 'citizenship', failing: 1, passingSoFar: 3 },
      { criterion: 'minAge', failing: 1, passingSoFar: 2 },
      { criterion: 'language:de', failing: 2, passingSoFar: 1 },
      { criterion: 'occupation', failing: 0, passingSoFar: 1 },
    ]);
  });

  it('has no criteria for a programme without any, and counts everyone eligible', () => {
    const tally = new EligibilityTally();
    tally.add({ eligible: true, checks: [] });
    expect(tally.criteria()).toEqual([]);
    expect(tally.eligible).toBe(1);
  });

  it('keeps the funnel non-increasing, ending at the eligible count, with failures within the population', () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const tally = new EligibilityTally();
        results.forEach((r) => tally.add(r));
        const lines = tally.criteria();
        for (let i = 1; i < lines.length; i += 1) {
          expect(lines[i]!.passingSoFar).toBeLessThanOrEqual(lines[i - 1]!.passingSoFar);
        }
        for (const line of lines) expect(line.failing).toBeLessThanOrEqual(tally.candidates);
        if (lines.length > 0) expect(lines.at(-1)!.passingSoFar).toBe(tally.eligible);
        expect(tally.eligible).toBe(results.filter((r) => r.eligible).length);
      }),
    );
  });
});

describe('criteriaChecked', () => {
  it('names every check a programme makes, in the order they are made, before anyone is counted', () => {
    const programme = {
      id: 'p',
      name: 'THAMM',
      criteria: {
        ...NO_CRITERIA,
        citizenships: ['MA'],
        maxAge: 45,
        languages: [
          { language: 'de', minLevel: 'B1' as const },
          { language: 'en', minLevel: 'A2' as const },
        ],
        iscoCodes: ['7212'],
        minExperienceYears: 2,
        requiresTrainingCompletion: true,
      },
    };
    expect(criteriaChecked(programme)).toEqual([
      'citizenship',
      'maxAge',
      'language:de',
      'language:en',
      'occupation',
      'experience',
      'training',
    ]);
    expect(criteriaChecked({ ...programme, criteria: NO_CRITERIA })).toEqual([]);
    const tally = new EligibilityTally(criteriaChecked(programme));
    expect(tally.criteria()).toHaveLength(7);
    expect(tally.criteria()[0]).toEqual({ criterion: 'citizenship', failing: 0, passingSoFar: 0 });
  });
});

describe('mostFrequent', () => {
  it('counts each item once per list, most frequent first, ties by key, up to the limit', () => {
    const lists = [['b', 'a', 'a'], ['a', 'c'], ['c', 'b'], ['d']];
    expect(mostFrequent(lists, (x) => x, 3)).toEqual([
      { item: 'a', count: 2 },
      { item: 'b', count: 2 },
      { item: 'c', count: 2 },
    ]);
    expect(mostFrequent([], (x: string) => x, 3)).toEqual([]);
  });
});
