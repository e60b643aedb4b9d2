import { Role } from 'src/auth/role';
import {
  canApplyContactAction,
  ContactRequestStatus,
  normaliseMessage,
  revealsContact,
  showsCandidate,
} from 'src/contacts/contact-rules';

const { PENDING, ACCEPTED, DECLINED, WITHDRAWN } = ContactRequestStatus;
const request = (status: ContactRequestStatus) => ({ status, profileId: 'p1', employerId: 'e1' });
const visible = { visible: true };
const hidden = { visible: false };
const asker = { role: Role.EMPLOYER, employerId: 'e1', verified: true } as const;
const suspended = { role: Role.EMPLOYER, employerId: 'e1', verified: false } as const;
const other = { role: Role.EMPLOYER, employerId: 'e2', verified: true } as const;
const candidate = { role: Role.CANDIDATE, profileId: 'p1' } as const;

describe('contact rules', () => {
  it('reveals an accepted request to the employer that sent it and to the candidate only', () => {
    expect(revealsContact(request(ACCEPTED), visible, asker)).toBe(true);
    expect(revealsContact(request(ACCEPTED), visible, candidate)).toBe(true);
    expect(revealsContact(request(ACCEPTED), visible, other)).toBe(false);
    expect(revealsContact(request(ACCEPTED), visible, { role: Role.CANDIDATE, profileId: 'p2' })).toBe(false);
  });

  it.each([PENDING, DECLINED, WITHDRAWN])('never reveals a %s request', (status) => {
    expect(revealsContact(request(status), visible, asker)).toBe(false);
    expect(revealsContact(request(status), visible, candidate)).toBe(false);
  });

  it.each([PENDING, ACCEPTED, DECLINED, WITHDRAWN])(
    'shows an employer nothing of a hidden candidate, or of anyone once it is not verified (%s)',
    (status) => {
      expect(showsCandidate(request(status), visible, asker)).toBe(true);
      expect(showsCandidate(request(status), hidden, asker)).toBe(false);
      expect(revealsContact(request(status), hidden, asker)).toBe(false);
      expect(showsCandidate(request(status), visible, suspended)).toBe(false);
      expect(revealsContact(request(status), visible, suspended)).toBe(false);
      // The candidate keeps seeing their own requests, hidden or not.
      expect(showsCandidate(request(status), hidden, candidate)).toBe(true);
    },
  );

  it('lets only pending requests be answered or withdrawn', () => {
    expect(canApplyContactAction('respond', PENDING)).toBe(true);
    expect(canApplyContactAction('withdraw', PENDING)).toBe(true);
    for (const status of [ACCEPTED, DECLINED, WITHDRAWN]) {
      expect(canApplyContactAction('respond', status)).toBe(false);
      expect(canApplyContactAction('withdraw', status)).toBe(false);
    }
  });

  it('treats a blank message as none', () => {
    expect(normaliseMessage('  ')).toBeNull();
    expect(normaliseMessage(undefined)).toBeNull();
    expect(normaliseMessage(' Hello ')).toBe('Hello');
  });
});
