import {
  evaluateEligibility,
  type EligibilityCandidate,
  type EligibilityProgramme,
  type EligibilityResult,
} from 'src/partnerships/eligibility';

const NO_FACTS: EligibilityCandidate = {
  citizenship: '',
  residenceCountry: '',
  birthDate: '2000-01-01',
  languages: [],
  highestEqfLevel: null,
  desiredIscoCodes: [],
  experience: [],
  credentials: [],
};

/**
 * The checks a programme makes, in order. Which checks run depends only on which criteria
 * are set, not on the candidate, so evaluating one with no facts names every one.
 */
export function criteriaChecked(programme: EligibilityProgramme): string[] {
  return evaluateEligibility(NO_FACTS, programme, '2000-01-01').checks.map((c) => c.criterion);
}

/** How many candidates fail one criterion, and how many are still in after it and every one before. */
export interface CriterionTally {
  criterion: string;
  failing: number;
  passingSoFar: number;
}

/**
 * Counts eligibility results of one programme, one candidate at a time, so any number of
 * candidates can be counted in batches. Every result of a programme has the same checks in
 * the same order (evaluateEligibility's), which is the order of the funnel.
 */
export class EligibilityTally {
  private evaluated = 0;
  private eligibleCount = 0;
  private readonly tallies = new Map<string, CriterionTally>();

  /** `criteria`: the programme's checks in order (criteriaChecked), so each has a line even when nobody is counted. */
  constructor(criteria: readonly string[] = []) {
    for (const criterion of criteria) this.tallies.set(criterion, { criterion, failing: 0, passingSoFar: 0 });
  }

  add(result: EligibilityResult): void {
    this.evaluated += 1;
    if (result.eligible) this.eligibleCount += 1;
    let stillIn = true;
    for (const check of result.checks) {
      let tally = this.tallies.get(check.criterion);
      if (!tally) {
        tally = { criterion: check.criterion, failing: 0, passingSoFar: 0 };
        this.tallies.set(check.criterion, tally);
      }
      stillIn = stillIn && check.passed;
      if (!check.passed) tally.failing += 1;
      if (stillIn) tally.passingSoFar += 1;
    }
  }

  get candidates(): number {
    return this.evaluated;
  }

  get eligible(): number {
    return this.eligibleCount;
  }

  /** One line per criterion, in the order the criteria are checked. */
  criteria(): CriterionTally[] {
    return [...this.tallies.values()].map((t) => ({ ...t }));
  }
}

/** The items named most often across lists (each list counts an item once), most frequent first, then by key. */
export function mostFrequent<T>(
  lists: readonly (readonly T[])[],
  key: (item: T) => string,
  limit: number,
): { item: T; count: number }[] {
  const counts = new Map<string, { item: T; count: number }>();
  for (const list of lists) {
    const seen = new Set<string>();
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      const entry = counts.get(k);
      if (entry) entry.count += 1;
      else counts.set(k, { item, count: 1 });
    }
  }
  return [...counts.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, limit)
    .map(([, entry]) => entry);
}
