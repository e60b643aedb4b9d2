/** Where an organisation stands; only an administrator changes it. */
export enum EmployerStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  SUSPENDED = 'SUSPENDED',
  REMOVED = 'REMOVED',
}

const { PENDING, VERIFIED, SUSPENDED, REMOVED } = EmployerStatus;

/** Which status changes an administrator may make. REMOVED is final. */
export const EMPLOYER_TRANSITIONS: Readonly<Record<EmployerStatus, readonly EmployerStatus[]>> = {
  [PENDING]: [VERIFIED, SUSPENDED, REMOVED],
  [VERIFIED]: [SUSPENDED, REMOVED],
  [SUSPENDED]: [VERIFIED, REMOVED],
  [REMOVED]: [],
};

export function canMoveEmployer(from: EmployerStatus, to: EmployerStatus): boolean {
  return EMPLOYER_TRANSITIONS[from].includes(to);
}

/** Suspending or removing an organisation must say why: the record is shown to it and audited. */
export function needsReason(to: EmployerStatus): boolean {
  return to === SUSPENDED || to === REMOVED;
}

/** What an employer's organisation does that its status must allow. */
export type EmployerAct = 'prepare vacancies' | 'publish vacancies' | 'see candidates' | 'contact candidates';

/**
 * Only a VERIFIED organisation publishes vacancies or sees and contacts candidates
 * (docs/rules.md, rule 3); a PENDING one may already prepare drafts for when it is.
 */
const MAY: Readonly<Record<EmployerAct, readonly EmployerStatus[]>> = {
  'prepare vacancies': [PENDING, VERIFIED],
  'publish vacancies': [VERIFIED],
  'see candidates': [VERIFIED],
  'contact candidates': [VERIFIED],
};

export function employerMay(status: EmployerStatus, act: EmployerAct): boolean {
  return MAY[act].includes(status);
}

/** Why an organisation (or an account without one) may not `act`, or null when it may. */
export function refusal(employer: { status: EmployerStatus } | null, act: EmployerAct): string | null {
  if (!employer) return `Register your organisation (registerEmployer) to ${act}`;
  if (employerMay(employer.status, act)) return null;
  return `Your organisation is ${employer.status}: only a ${MAY[act].join(' or ')} organisation can ${act}`;
}
