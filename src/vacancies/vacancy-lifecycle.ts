export enum VacancyStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  REMOVED = 'REMOVED',
}

const { DRAFT, IN_REVIEW, PUBLISHED, CLOSED, REMOVED } = VacancyStatus;

export type VacancyAction = 'edit' | 'publish' | 'close' | 'review' | 'report';

/** From which statuses each action may start; anything else is an INVALID_TRANSITION. */
const ALLOWED_FROM: Readonly<Record<VacancyAction, readonly VacancyStatus[]>> = {
  edit: [DRAFT, IN_REVIEW],
  publish: [DRAFT],
  close: [DRAFT, IN_REVIEW, PUBLISHED],
  // A published or closed vacancy is reviewed when notices about it wait, or removed on an administrator's initiative.
  review: [IN_REVIEW, PUBLISHED, CLOSED],
  // Notices are taken on what the public saw: a published vacancy, or one hidden pending review since.
  report: [PUBLISHED, IN_REVIEW],
};

/** How each action reads in a refusal: "A CLOSED vacancy cannot be edited". */
export const ACTION_DONE: Readonly<Record<VacancyAction, string>> = {
  edit: 'edited',
  publish: 'published',
  close: 'closed',
  review: 'reviewed',
  report: 'reported',
};

export function canApply(action: VacancyAction, status: VacancyStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** Statuses that no action leaves. */
export const FINAL_STATUSES: readonly VacancyStatus[] = [CLOSED, REMOVED];
