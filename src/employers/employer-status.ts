import { EmployerStatus } from 'src/employers/employer.entity';

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
