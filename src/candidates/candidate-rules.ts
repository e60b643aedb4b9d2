import { isMemberState } from 'src/reference/countries';

/** The policy text a candidate agrees to when making the profile visible; bump it when the text changes. */
export const CONSENT_POLICY_VERSION = '2026-11';

/** Today's calendar day in UTC, YYYY-MM-DD. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole years between two YYYY-MM-DD days; a 29 February birthday comes of age on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

export type EligibilityProblem =
  | { reason: 'EU_CITIZEN'; path: 'citizenship' }
  | { reason: 'RESIDES_IN_EU'; path: 'residenceCountry' }
  | { reason: 'UNDER_AGE'; path: 'birthDate' };

/**
 * docs/rules.md, rule 1: the Talent Pool is for third-country nationals living outside the EU-27
 * who are adults. Returns the first rule broken, in that order, or null.
 */
export function candidateEligibilityProblem(
  profile: { citizenship: string; residenceCountry: string; birthDate: string },
  today: string,
  minAge: number,
): EligibilityProblem | null {
  if (isMemberState(profile.citizenship)) return { reason: 'EU_CITIZEN', path: 'citizenship' };
  if (isMemberState(profile.residenceCountry)) return { reason: 'RESIDES_IN_EU', path: 'residenceCountry' };
  if (ageOn(profile.birthDate, today) < minAge) return { reason: 'UNDER_AGE', path: 'birthDate' };
  return null;
}

/** The highest EQF level among the qualifications, or null without any. */
export function highestEqfLevel(qualifications: readonly { eqfLevel: number }[]): number | null {
  return qualifications.reduce<number | null>((top, q) => (top === null || q.eqfLevel > top ? q.eqfLevel : top), null);
}

/** Total years over all experience entries, to two decimals so float noise never shows. */
export function totalExperienceYears(experience: readonly { years: number }[]): number {
  return Math.round(experience.reduce((sum, e) => sum + e.years, 0) * 100) / 100;
}

/** Each distinct value once, in order of first appearance. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
