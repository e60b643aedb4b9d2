import fc from 'fast-check';
import {
  evaluateEligibility,
  type EligibilityCandidate,
  type EligibilityCriteria,
  type EligibilityProgramme,
} from 'src/partnerships/eligibility';
import { CEFR_LEVELS, type CefrLevel } from 'src/reference/cefr';

const COUNTRIES = ['MA', 'TN', 'EG', 'BD', 'PK', 'NG', 'SN', 'IN', 'PH', 'UA'];
const LANGUAGES = ['de', 'en', 'fr', 'nl', 'it', 'es'];
// No prefix starts with 9, so 9313 (construction labourers) never matches an ISCO criterion.
const ISCO_PREFIXES = ['7411', '7212', '2512', '2513', '5120', '2221', '25', '72', '7'];
const UNMATCHED_ISCO = '9313';
const PROGRAMME_ID = 'p-1';

const programmeOf = (criteria: EligibilityCriteria): EligibilityProgramme => ({
  id: PROGRAMME_ID,
  name: 'THAMM',
  criteria,
});
const level = (rank: number): CefrLevel => CEFR_LEVELS[Math.max(0, Math.min(5, rank))]!;
const rankOf = (l: CefrLevel): number => CEFR_LEVELS.indexOf(l);
const failing = (result: { checks: { criterion: string; passed: boolean }[] }): string[] =>
  result.checks.filter((c) => !c.passed).map((c) => c.criterion);

const optionalList = <T>(values: T[]) =>
  fc.option(fc.subarray(values, { minLength: 1 }), { nil: null }).map((v) => v ?? []);

const criteriaArb: fc.Arbitrary<EligibilityCriteria> = fc.record({
  citizenships: optionalList(COUNTRIES.slice(0, 6)),
  residenceCountries: optionalList(COUNTRIES.slice(0, 6)),
  minAge: fc.option(fc.integer({ min: 16, max: 30 }), { nil: null }),
  maxAge: fc.option(fc.integer({ min: 30, max: 60 }), { nil: null }),
  languages: fc.uniqueArray(
    fc.record({ language: fc.constantFrom(...LANGUAGES), minLevel: fc.constantFrom(...CEFR_LEVELS) }),
    { maxLength: 3, selector: (r) => r.language },
  ),
  minEqfLevel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  iscoCodes: optionalList(ISCO_PREFIXES),
  minExperienceYears: fc.option(
    fc.integer({ min: 0, max: 20 }).map((h) => h / 2),
    { nil: null },
  ),
  requiresTrainingCompletion: fc.boolean(),
});

const dateArb = fc
  .record({
    year: fc.integer({ min: 2024, max: 2032 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => iso(year, month, day));

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A birth date on which someone is exactly `age` on `onDate`, with a free birthday. */
function bornAged(age: number, onDate: string, month: number, day: number): string {
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = month < m || (month === m && day <= d);
  return iso(y - age - (hadBirthday ? 0 : 1), month, day);
}

/** Free choices for a candidate who meets the criteria; any value of each is acceptable. */
const slackArb = fc.record({
  pick: fc.nat(),
  ageSlack: fc.nat({ max: 40 }),
  birthMonth: fc.integer({ min: 1, max: 12 }),
  birthDay: fc.integer({ min: 1, max: 28 }),
  levelBoost: fc.nat({ max: 5 }),
  eqfBoost: fc.nat({ max: 7 }),
  extraYears: fc.integer({ min: 0, max: 10 }),
  extraLanguage: fc.option(
    fc.record({ language: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...CEFR_LEVELS) }),
    {
      nil: null,
    },
  ),
  noiseCredential: fc.boolean(),
});
type Slack = typeof slackArb extends fc.Arbitrary<infer T> ? T : never;

const fullCode = (prefix: string): string => prefix.padEnd(4, '1');

function meetingCandidate(criteria: EligibilityCriteria, onDate: string, s: Slack): EligibilityCandidate {
  const pickFrom = <T>(values: T[], fallback: T): T => (values.length ? values[s.pick % values.length]! : fallback);
  const minAge = criteria.minAge ?? 18;
  const maxAge = criteria.maxAge ?? minAge + 40;
  const age = minAge + (s.ageSlack % (maxAge - minAge + 1));
  const languages = criteria.languages.map((r) => ({
    language: r.language,
    level: level(rankOf(r.minLevel) + s.levelBoost),
  }));
  if (s.extraLanguage && !languages.some((l) => l.language === s.extraLanguage!.language)) {
    languages.push(s.extraLanguage);
  }
  const occupation = fullCode(pickFrom(criteria.iscoCodes, '7411'));
  const credentials = criteria.requiresTrainingCompletion
    ? [{ programmeId: PROGRAMME_ID, trainingCompleted: true }]
    : [];
  if (s.noiseCredential) credentials.push({ programmeId: 'other', trainingCompleted: false });
  return {
    citizenship: pickFrom(criteria.citizenships, 'MA'),
    residenceCountry: pickFrom(criteria.residenceCountries, 'MA'),
    birthDate: bornAged(age, onDate, s.birthMonth, s.birthDay),
    languages,
    highestEqfLevel: criteria.minEqfLevel === null ? null : Math.min(8, criteria.minEqfLevel + s.eqfBoost),
    desiredIscoCodes: [occupation],
    experience: [
      { iscoCode: occupation, years: (criteria.minExperienceYears ?? 0) + s.extraYears },
      { iscoCode: UNMATCHED_ISCO, years: 1 },
    ],
    credentials,
  };
}

/**
 * Ways to fail exactly one criterion. Failing `occupation` while experience is required
 * also fails `experience` (experience only counts in matching occupations), so that
 * mutation applies only when no experience is required; the example tests cover the pair.
 */
function singleFailures(criteria: EligibilityCriteria, onDate: string, s: Slack) {
  const outside = (allowed: string[]) => COUNTRIES.find((c) => !allowed.includes(c))!;
  const fails: { criterion: string; apply: (c: EligibilityCandidate) => EligibilityCandidate }[] = [];
  if (criteria.citizenships.length) {
    fails.push({ criterion: 'citizenship', apply: (c) => ({ ...c, citizenship: outside(criteria.citizenships) }) });
  }
  if (criteria.residenceCountries.length) {
    fails.push({
      criterion: 'residence',
      apply: (c) => ({ ...c, residenceCountry: outside(criteria.residenceCountries) }),
    });
  }
  if (criteria.minAge !== null) {
    const birthDate = bornAged(criteria.minAge - 1, onDate, s.birthMonth, s.birthDay);
    fails.push({ criterion: 'minAge', apply: (c) => ({ ...c, birthDate }) });
  }
  if (criteria.maxAge !== null) {
    const birthDate = bornAged(criteria.maxAge + 1, onDate, s.birthMonth, s.birthDay);
    fails.push({ criterion: 'maxAge', apply: (c) => ({ ...c, birthDate }) });
  }
  for (const r of criteria.languages) {
    const lower = rankOf(r.minLevel) > 0 && s.pick % 2 === 0;
    fails.push({
      criterion: `language:${r.language}`,
      apply: (c) => ({
        ...c,
        languages: lower
          ? c.languages.map((l) => (l.language === r.language ? { ...l, level: level(rankOf(r.minLevel) - 1) } : l))
          : c.languages.filter((l) => l.language !== r.language),
      }),
    });
  }
  if (criteria.minEqfLevel !== null) {
    const below = criteria.minEqfLevel > 1 && s.pick % 2 === 0 ? criteria.minEqfLevel - 1 : null;
    fails.push({ criterion: 'minEqfLevel', apply: (c) => ({ ...c, highestEqfLevel: below }) });
  }
  if (criteria.iscoCodes.length && !criteria.minExperienceYears) {
    fails.push({
      criterion: 'occupation',
      apply: (c) => ({
        ...c,
        desiredIscoCodes: [UNMATCHED_ISCO],
        experience: c.experience.map((e) => ({ ...e, iscoCode: UNMATCHED_ISCO })),
      }),
    });
  }
  if (criteria.minExperienceYears) {
    const short = criteria.minExperienceYears / 2;
    fails.push({
      criterion: 'experience',
      apply: (c) => ({
        ...c,
        // Experience in other occupations does not count when ISCO codes are set, so only
        // the matching entry keeps (too few) years when they are.
        experience: criteria.iscoCodes.length
          ? [
              { iscoCode: c.desiredIscoCodes[0]!, years: short },
              { iscoCode: UNMATCHED_ISCO, years: 30 },
            ]
          : [{ iscoCode: UNMATCHED_ISCO, years: short }],
      }),
    });
  }
  if (criteria.requiresTrainingCompletion) {
    const variant = s.pick % 3;
    fails.push({
      criterion: 'training',
      apply: (c) => ({
        ...c,
        credentials:
          variant === 0
            ? []
            : [{ programmeId: variant === 1 ? PROGRAMME_ID : 'other', trainingCompleted: variant !== 1 }],
      }),
    });
  }
  return fails;
}

describe('evaluateEligibility (properties)', () => {
  it('finds a candidate built to meet every criterion eligible, with every check passed', () => {
    fc.assert(
      fc.property(criteriaArb, dateArb, slackArb, (criteria, onDate, slack) => {
        const result = evaluateEligibility(meetingCandidate(criteria, onDate, slack), programmeOf(criteria), onDate);
        expect(failing(result)).toEqual([]);
        expect(result.eligible).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fails exactly the one criterion a candidate misses', () => {
    fc.assert(
      fc.property(criteriaArb, dateArb, slackArb, fc.nat(), (criteria, onDate, slack, choice) => {
        const failures = singleFailures(criteria, onDate, slack);
        fc.pre(failures.length > 0);
        const failure = failures[choice % failures.length]!;
        const candidate = failure.apply(meetingCandidate(criteria, onDate, slack));
        const result = evaluateEligibility(candidate, programmeOf(criteria), onDate);
        expect(result.eligible).toBe(false);
        expect(failing(result)).toEqual([failure.criterion]);
      }),
      { numRuns: 500 },
    );
  });

  const anyCandidateArb: fc.Arbitrary<EligibilityCandidate> = fc.record({
    citizenship: fc.constantFrom(...COUNTRIES),
    residenceCountry: fc.constantFrom(...COUNTRIES),
    birthDate: fc
      .record({
        year: fc.integer({ min: 1960, max: 2015 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, day }) => iso(year, month, day)),
    languages: fc.uniqueArray(
      fc.record({ language: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...CEFR_LEVELS) }),
      { maxLength: 4, selector: (l) => l.language },
    ),
    highestEqfLevel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
    desiredIscoCodes: fc.array(fc.constantFrom('7411', '7212', '2512', '5120', UNMATCHED_ISCO), { maxLength: 2 }),
    experience: fc.array(
      fc.record({ iscoCode: fc.constantFrom('7411', '2512', UNMATCHED_ISCO), years: fc.integer({ min: 0, max: 8 }) }),
      { maxLength: 3 },
    ),
    credentials: fc.array(
      fc.record({ programmeId: fc.constantFrom(PROGRAMME_ID, 'other'), trainingCompleted: fc.boolean() }),
      { maxLength: 2 },
    ),
  });

  it('never turns eligible into ineligible when a language or the EQF level rises', () => {
    const raiseArb: fc.Arbitrary<{ kind: 'language'; language: string; by: number } | { kind: 'eqf'; by: number }> =
      fc.oneof(
        fc.record({
          kind: fc.constant('language' as const),
          language: fc.constantFrom(...LANGUAGES),
          by: fc.integer({ min: 0, max: 5 }),
        }),
        fc.record({ kind: fc.constant('eqf' as const), by: fc.integer({ min: 0, max: 7 }) }),
      );
    type Raise = { kind: 'language'; language: string; by: number } | { kind: 'eqf'; by: number };
    const raise = (c: EligibilityCandidate, r: Raise): EligibilityCandidate => {
      if (r.kind === 'eqf') return { ...c, highestEqfLevel: Math.min(8, (c.highestEqfLevel ?? 1) + r.by) };
      const current = c.languages.find((l) => l.language === r.language);
      const raised = level((current ? rankOf(current.level) : 0) + r.by);
      return {
        ...c,
        languages: [...c.languages.filter((l) => l.language !== r.language), { language: r.language, level: raised }],
      };
    };
    fc.assert(
      fc.property(
        criteriaArb,
        dateArb,
        fc.oneof(
          anyCandidateArb,
          fc.tuple(criteriaArb, dateArb, slackArb).map(([c, d, s]) => meetingCandidate(c, d, s)),
        ),
        raiseArb,
        (criteria, onDate, candidate, r) => {
          const before = evaluateEligibility(candidate, programmeOf(criteria), onDate);
          const after = evaluateEligibility(raise(candidate, r), programmeOf(criteria), onDate);
          if (before.eligible) expect(after.eligible).toBe(true);
          // Stronger: nothing that passed before fails now.
          for (const criterion of failing(after)) expect(failing(before)).toContain(criterion);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('checks exactly the criteria that are set, and nothing for unset ones', () => {
    fc.assert(
      fc.property(criteriaArb, anyCandidateArb, dateArb, (criteria, candidate, onDate) => {
        const expected = [
          criteria.citizenships.length ? ['citizenship'] : [],
          criteria.residenceCountries.length ? ['residence'] : [],
          criteria.minAge !== null ? ['minAge'] : [],
          criteria.maxAge !== null ? ['maxAge'] : [],
          criteria.languages.map((l) => `language:${l.language}`),
          criteria.minEqfLevel !== null ? ['minEqfLevel'] : [],
          criteria.iscoCodes.length ? ['occupation'] : [],
          criteria.minExperienceYears !== null ? ['experience'] : [],
          criteria.requiresTrainingCompletion ? ['training'] : [],
        ].flat();
        const result = evaluateEligibility(candidate, programmeOf(criteria), onDate);
        expect(result.checks.map((c) => c.criterion)).toEqual(expected);
        expect(result.eligible).toBe(result.checks.every((c) => c.passed));
      }),
    );
  });
});
