import { Role } from 'src/auth/role';

import {
  canApplyContactAction,
  ContactRequestStatus,
  normaliseMessage,
  revealsContact,
} from 'src/contacts/contact-rules';

const { PENDING, ACCEPTED, DECLINED, WITHDRAWN } = ContactRequestStatus;
const request = (status: ContactRequestStatus) => ({ status, profileId: 'p1', employerId: 'e1' });

describe('contact rules', () => {
  it('reveals an accepted request to the employer that sent it and to the candidate only', () => {
    expect(revealsContact(request(ACCEPTED), { role: Role.EMPLOYER, employerId: 'e1' })).toBe(true);
    expect(revealsContact(request(ACCEPTED), { role: Role.CANDIDATE, profileId: 'p1' })).toBe(true);
    expect(revealsContact(request(ACCEPTED), { role: Role.EMPLOYER, employerId: 'e2' })).toBe(false);
    expect(revealsContact(request(ACCEPTED), { role: Role.CANDIDATE, profileId: 'p2' })).toBe(false);
  });

  it.each([PENDING, DECLINED, WITHDRAWN])('never reveals a %s request', (status) => {
    expect(revealsContact(request(status), { role: Role.EMPLOYER, employerId: 'e1' })).toBe(false);
    expect(revealsContact(request(status), { role: Role.CANDIDATE, profileId: 'p1' })).toBe(false);
  });

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
