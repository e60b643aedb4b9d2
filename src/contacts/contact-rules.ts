import { Role } from 'src/auth/role';

export enum ContactRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

export const MESSAGE_MAX_LENGTH = 1000;

/**
 * Who is looking at a request: the candidate it was sent to, or a member of an employer
 * (`verified`: the organisation's status is VERIFIED now).
 */
export type ContactViewer =
  { role: Role.CANDIDATE; profileId: string } | { role: Role.EMPLOYER; employerId: string; verified: boolean };

interface SeenRequest {
  status: ContactRequestStatus;
  profileId: string;
  employerId: string;
}

/**
 * Whether the viewer sees the candidate behind a request at all. A request is no standing
 * licence: an employer sees through it only what the candidate shows employers now, so
 * nothing once consent is withdrawn (whatever the request's status), and an employer that
 * is suspended or removed sees no candidate data. The candidate always sees their own.
 */
export function showsCandidate(request: SeenRequest, profile: { visible: boolean }, viewer: ContactViewer): boolean {
  if (viewer.role === Role.CANDIDATE) return viewer.profileId === request.profileId;
  return viewer.verified && viewer.employerId === request.employerId && profile.visible;
}

/**
 * The candidate's name and email are shown only once they accepted, and only to the employer
 * that asked (and to the candidate themself), and only while that employer may see the
 * candidate at all. Declined and withdrawn requests never reveal.
 */
export function revealsContact(request: SeenRequest, profile: { visible: boolean }, viewer: ContactViewer): boolean {
  return request.status === ContactRequestStatus.ACCEPTED && showsCandidate(request, profile, viewer);
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
