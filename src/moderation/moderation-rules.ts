/*
 * The trust-and-safety rules, with no framework in sight: what a notice is about, what may
 * become of it, which decisions restrict a vacancy, how urgent a case is, when a notice
 * hides a vacancy, when an appeal is still open and when an employer is a repeat offender.
 * docs/moderation.md explains each rule and the articles of the Digital Services Act it follows.
 */

/** What a notice says is wrong with a vacancy (DSA Art. 16(2)(a): the type of alleged illegal content). */
export enum NoticeCategory {
  FEE_REQUEST = 'FEE_REQUEST',
  DOCUMENT_RETENTION = 'DOCUMENT_RETENTION',
  FAKE_EMPLOYER = 'FAKE_EMPLOYER',
  TRAFFICKING_OR_SMUGGLING = 'TRAFFICKING_OR_SMUGGLING',
  DISCRIMINATION = 'DISCRIMINATION',
  MISLEADING_CONDITIONS = 'MISLEADING_CONDITIONS',
  OTHER = 'OTHER',
}

/** RECEIVED until a person decides on the vacancy: ACTIONED when it was removed, REJECTED when it stayed. */
export enum NoticeStatus {
  RECEIVED = 'RECEIVED',
  ACTIONED = 'ACTIONED',
  REJECTED = 'REJECTED',
}

/** What a moderation decision did. */
export enum DecisionKind {
  /** Hidden from the public while a person reviews it (screening flags, a trusted notice, enough notices). */
  VISIBILITY_RESTRICTED = 'VISIBILITY_RESTRICTED',
  /** Taken down for good by a person. */
  REMOVED = 'REMOVED',
  /** A person found no rule broken: the vacancy is (or stays) public and pending notices are rejected. */
  APPROVED = 'APPROVED',
  /** The organisation's vacancies all leave the service while an administrator reviews it. */
  EMPLOYER_SUSPENDED = 'EMPLOYER_SUSPENDED',
}

/** What led to a decision (DSA Art. 17(3)(b): a notice, or the provider's own initiative). */
export enum DecisionBasis {
  /** The automatic fair-recruitment screening (own initiative, automated detection). */
  SCREENING = 'SCREENING',
  /** Notices from people who are not trusted flaggers. */
  NOTICES = 'NOTICES',
  /** At least one notice from a trusted flagger (DSA Art. 22). */
  TRUSTED_FLAGGER = 'TRUSTED_FLAGGER',
  /** An administrator acting without a notice or a screening flag. */
  OWN_INITIATIVE = 'OWN_INITIATIVE',
  /** Removals within twelve months reaching REPEAT_OFFENDER_THRESHOLD (DSA Art. 23). */
  REPEAT_OFFENDER = 'REPEAT_OFFENDER',
  /** The owner's appeal was upheld in their favour (DSA Art. 20(4)). */
  APPEAL = 'APPEAL',
}

/** Whether a decision rests on the law or on Pathways' own rules (DSA Art. 15(1)(b), 17(3)(d) and (e)). */
export enum GroundType {
  ILLEGAL_CONTENT = 'ILLEGAL_CONTENT',
  TERMS_OF_USE = 'TERMS_OF_USE',
}

export enum AppealStatus {
  PENDING = 'PENDING',
  /** The decision stands. */
  UPHELD = 'UPHELD',
  /** The decision was wrong and is undone. */
  REVERSED = 'REVERSED',
}

/** Decisions a vacancy's owner is told about with a statement of reasons, and may appeal. */
export const RESTRICTIVE_KINDS: readonly DecisionKind[] = [
  DecisionKind.VISIBILITY_RESTRICTED,
  DecisionKind.REMOVED,
  DecisionKind.EMPLOYER_SUSPENDED,
];

export function isRestrictive(kind: DecisionKind): boolean {
  return RESTRICTIVE_KINDS.includes(kind);
}

/** Art. 20(1): complaints may be lodged for at least six months after the decision. */
export const APPEAL_WINDOW_MONTHS = 6;

export function appealDeadline(decidedAt: Date): Date {
  const deadline = new Date(decidedAt);
  deadline.setUTCMonth(deadline.getUTCMonth() + APPEAL_WINDOW_MONTHS);
  return deadline;
}

export function appealOpen(decidedAt: Date, now: Date): boolean {
  return now.getTime() <= appealDeadline(decidedAt).getTime();
}

/** How far back removals count towards suspending an organisation. */
export const REPEAT_OFFENDER_WINDOW_MONTHS = 12;

export function repeatOffenderWindowStart(now: Date): Date {
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - REPEAT_OFFENDER_WINDOW_MONTHS);
  return start;
}

/** What the removals counted so far mean for the organisation (DSA Art. 23: warn first, then suspend). */
export function repeatOffenderStep(removalsInWindow: number, threshold: number): 'none' | 'warn' | 'suspend' {
  if (removalsInWindow >= threshold) return 'suspend';
  if (threshold > 1 && removalsInWindow === threshold - 1) return 'warn';
  return 'none';
}

/**
 * Whether notices hide a published vacancy before anyone has reviewed it: at once for a
 * trusted flagger (DSA Art. 22 asks for priority; Pathways goes further and hides), otherwise
 * once `threshold` different notifiers have sent a notice still awaiting a decision, so that
 * one competitor cannot hide a vacancy with one click.
 */
export function noticesHide(pending: { trusted: boolean; distinctNotifiers: number }, threshold: number): boolean {
  return pending.trusted || pending.distinctNotifiers >= threshold;
}

/** Which notices and flags make a case urgent. Priority 3 is looked at first, then 2, then 1. */
export const URGENT_CATEGORIES: readonly NoticeCategory[] = [NoticeCategory.TRAFFICKING_OR_SMUGGLING];
export const SERIOUS_CATEGORIES: readonly NoticeCategory[] = [
  NoticeCategory.FEE_REQUEST,
  NoticeCategory.DOCUMENT_RETENTION,
];
export const SERIOUS_FLAGS: readonly string[] = ['FEE_REQUEST', 'DOCUMENT_RETENTION'];

export interface CaseFacts {
  trustedNotice: boolean;
  categories: readonly NoticeCategory[];
  flagCodes: readonly string[];
  appealPending: boolean;
  hidden: boolean;
}

/**
 * 3: a trusted flagger's notice or an alleged trafficking or smuggling; 2: fees or kept
 * documents (noticed or screened), a pending appeal, or a vacancy already hidden (its owner
 * waits); 1: the rest. The queue's SQL applies the same tiers from the same lists.
 */
export function casePriority(facts: CaseFacts): 1 | 2 | 3 {
  if (facts.trustedNotice || facts.categories.some((c) => URGENT_CATEGORIES.includes(c))) return 3;
  if (
    facts.categories.some((c) => SERIOUS_CATEGORIES.includes(c)) ||
    facts.flagCodes.some((f) => SERIOUS_FLAGS.includes(f)) ||
    facts.appealPending ||
    facts.hidden
  )
    return 2;
  return 1;
}
