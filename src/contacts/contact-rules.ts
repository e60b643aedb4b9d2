import { Role } from 'src/auth/role';

export enum ContactRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

export const MESSAGE_MAX_LENGTH = 1000;

/** Who is looking at a request: the candidate it was sent to, or a member of an employer. */
export type ContactViewer = { role: Role.CANDIDATE; profileId: string } | { role: Role.EMPLOYER; employerId: string };

/**
 * The candidate's name and email are shown only once they accepted, and only to the employer
 * that asked (and to the candidate themself). Declined and withdrawn requests never reveal.
 */
export function revealsContact(
  request: { status: ContactRequestStatus; profileId: string; employerId: string },
  viewer: ContactViewer,
): boolean {
  if (request.status !== ContactRequestStatus.ACCEPTED) return false;
  return viewer.role === Role.CANDIDATE
    ? viewer.profileId === request.profileId
    : viewer.employerId === request.employerId;
}

/** Which statuses each action may start from. */
export const CONTACT_ACTIONS = {
  respond: [ContactRequestStatus.PENDING],
  withdraw: [ContactRequestStatus.PENDING],
} as const satisfies Record<string, readonly ContactRequestStatus[]>;

export function canApplyContactAction(action: keyof typeof CONTACT_ACTIONS, status: ContactRequestStatus): boolean {
  return (CONTACT_ACTIONS[action] as readonly ContactRequestStatus[]).includes(status);
}

/** An empty or blank message is no message. */
export function normaliseMessage(message: string | null | undefined): string | null {
  const trimmed = message?.trim();
  return trimmed ? trimmed : null;
}
