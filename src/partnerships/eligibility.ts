import { ageOn } from 'src/partnerships/age';
import { countryList, countryName, languageName } from 'src/partnerships/names';
import { bestLevel, meetsCefr, type LanguageLevel, type LanguageRequirement } from 'src/reference/cefr';

/** A programme's criteria; an empty list, null or false means "no constraint". */
export interface EligibilityCriteria {
  citizenships: string[];
  residenceCountries: string[];
  minAge: number | null;
  maxAge: number | null;
  languages: LanguageRequirement[];
  minEqfLevel: number | null;
  iscoCodes: string[];
  minExperienceYears: number | null;
  requiresTrainingCompletion: boolean;
}

/** Criteria that check nothing: every field unset. */
export const NO_CRITERIA: Readonly<EligibilityCriteria> = Object.freeze({
  citizenships: [],
  residenceCountries: [],
  minAge: null,
  maxAge: null,
  languages: [],
  minEqfLevel: null,
  iscoCodes: [],
  minExperienceYears: null,
  requiresTrainingCompletion: false,
});

/** The coded facts of a candidate profile that criteria may look at, and nothing else. */
export interface EligibilityCandidate {
  citizenship: string;
  residenceCountry: string;
  /** YYYY-MM-DD */
  birthDate: string;
  languages: LanguageLevel[];
  highestEqfLevel: number | null;
  /** ISCO-08 unit group codes (4 digits) of the desired occupations. */
  desiredIscoCodes: string[];
  experience: { iscoCode: string; years: number }[];
  credentials: { programmeId: string; trainingCompleted: boolean }[];
}

export interface EligibilityProgramme {
  id: string;
  name: string;
  criteria: EligibilityCriteria;
}

export interface EligibilityCheck {
  criterion: string;
  passed: boolean;
  detail: string;
}

export interface EligibilityResult {
  eligible: boolean;
  checks: EligibilityCheck[];
}

function check(criterion: string, passed: boolean, detail: string): EligibilityCheck {
  return { criterion, passed, detail };
}

function years(value: number): string {
  return `${Number(value.toFixed(2))} year${value === 1 ? '' : 's'}`;
}

function matchesIsco(code: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => code.startsWith(prefix));
}

function iscoGroups(codes: readonly string[]): string {
  return `ISCO ${codes.join(', ')}`;
}

function citizenshipCheck(candidate: EligibilityCandidate, allowed: readonly string[]): EligibilityCheck {
  const passed = allowed.includes(candidate.citizenship);
  const who = `Citizenship ${countryName(candidate.citizenship)} (${candidate.citizenship})`;
  return check('citizenship', passed, `${who} is ${passed ? '' : 'not '}one of ${countryList(allowed)}`);
}

function residenceCheck(candidate: EligibilityCandidate, allowed: readonly string[]): EligibilityCheck {
  const passed = allowed.includes(candidate.residenceCountry);
  const where = `Residence in ${countryName(candidate.residenceCountry)} (${candidate.residenceCountry})`;
  return check('residence', passed, `${where} is ${passed ? '' : 'not '}one of ${countryList(allowed)}`);
}

function languageCheck(candidate: EligibilityCandidate, requirement: LanguageRequirement): EligibilityCheck {
  const has = bestLevel(candidate.languages, requirement.language);
  const passed = has !== null && meetsCefr(has, requirement.minLevel);
  const name = languageName(requirement.language);
  return check(
    `language:${requirement.language}`,
    passed,
    `${name} ${requirement.minLevel} required, candidate has ${has ?? 'none'}`,
  );
}

function eqfCheck(candidate: EligibilityCandidate, min: number): EligibilityCheck {
  const has = candidate.highestEqfLevel;
  const passed = has !== null && has >= min;
  const detail = has === null ? 'candidate has no recorded qualification' : `candidate's highest is EQF ${has}`;
  return check('minEqfLevel', passed, `EQF level ${min} or higher required, ${detail}`);
}

function occupationCheck(candidate: EligibilityCandidate, prefixes: readonly string[]): EligibilityCheck {
  const held = [...candidate.desiredIscoCodes, ...candidate.experience.map((e) => e.iscoCode)];
  const matching = [...new Set(held.filter((code) => matchesIsco(code, prefixes)))];
  const required = `An occupation in ${iscoGroups(prefixes)} required`;
  if (matching.length > 0) return check('occupation', true, `${required}, candidate has ${matching.join(', ')}`);
  const others = [...new Set(held)];
  const has = others.length > 0 ? `candidate has only ${others.join(', ')}` : 'candidate has no occupation';
  return check('occupation', false, `${required}, ${has}`);
}

function experienceCheck(candidate: EligibilityCandidate, min: number, prefixes: readonly string[]): EligibilityCheck {
  // With no ISCO codes every occupation counts, as docs/api.md says.
  const counted = candidate.experience.filter((e) => prefixes.length === 0 || matchesIsco(e.iscoCode, prefixes));
  const total = counted.reduce((sum, e) => sum + e.years, 0);
  const where = prefixes.length > 0 ? ` in ${iscoGroups(prefixes)}` : '';
  // The epsilon keeps 0.1 + 0.2 years from falling short of a 0.3-year minimum.
  return check(
    'experience',
    total >= min - 1e-9,
    `${years(min)} of experience${where} required, candidate has ${years(total)}`,
  );
}

function trainingCheck(candidate: EligibilityCandidate, programme: EligibilityProgramme): EligibilityCheck {
  const own = candidate.credentials.filter((c) => c.programmeId === programme.id);
  const passed = own.some((c) => c.trainingCompleted);
  const required = `Completed ${programme.name} training required`;
  const has = passed
    ? 'candidate has completed it'
    : own.length > 0
      ? 'candidate has not completed it yet'
      : `candidate holds no ${programme.name} credential`;
  return check('training', passed, `${required}, ${has}`);
}

function ageChecks(candidate: EligibilityCandidate, criteria: EligibilityCriteria, onDate: string): EligibilityCheck[] {
  if (criteria.minAge === null && criteria.maxAge === null) return [];
  const age = ageOn(candidate.birthDate, onDate);
  const checks: EligibilityCheck[] = [];
  if (criteria.minAge !== null) {
    const passed = age >= criteria.minAge;
    checks.push(check('minAge', passed, `Age ${criteria.minAge} or over required, candidate is ${age} on ${onDate}`));
  }
  if (criteria.maxAge !== null) {
    const passed = age <= criteria.maxAge;
    checks.push(check('maxAge', passed, `Age ${criteria.maxAge} or under required, candidate is ${age} on ${onDate}`));
  }
  return checks;
}

/**
 * Evaluates a programme's criteria for a candidate on a date (YYYY-MM-DD). Every criterion
 * that is set yields one check (one per required language); unset criteria yield none, so
 * a programme without criteria accepts everyone. Eligible means every check passed.
 */
export function evaluateEligibility(
  candidate: EligibilityCandidate,
  programme: EligibilityProgramme,
  onDate: string,
): EligibilityResult {
  const criteria = programme.criteria;
  const checks: EligibilityCheck[] = [];
  if (criteria.citizenships.length > 0) checks.push(citizenshipCheck(candidate, criteria.citizenships));
  if (criteria.residenceCountries.length > 0) checks.push(residenceCheck(candidate, criteria.residenceCountries));
  checks.push(...ageChecks(candidate, criteria, onDate));
  for (const requirement of criteria.languages) checks.push(languageCheck(candidate, requirement));
  if (criteria.minEqfLevel !== null) checks.push(eqfCheck(candidate, criteria.minEqfLevel));
  if (criteria.iscoCodes.length > 0) checks.push(occupationCheck(candidate, criteria.iscoCodes));
  if (criteria.minExperienceYears !== null) {
    checks.push(experienceCheck(candidate, criteria.minExperienceYears, criteria.iscoCodes));
  }
  if (criteria.requiresTrainingCompletion) checks.push(trainingCheck(candidate, programme));
  return { eligible: checks.every((c) => c.passed), checks };
}
