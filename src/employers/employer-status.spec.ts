import { canMoveEmployer, employerMay, EmployerStatus, refusal } from 'src/employers/employer-status';

const { PENDING, VERIFIED, SUSPENDED, REMOVED } = EmployerStatus;

describe('what an organisation may do', () => {
  it('lets only a VERIFIED organisation publish, see and contact candidates', () => {
    for (const act of ['publish vacancies', 'see candidates', 'contact candidates'] as const) {
      expect([PENDING, VERIFIED, SUSPENDED, REMOVED].filter((s) => employerMay(s, act))).toEqual([VERIFIED]);
    }
  });

  it('lets a PENDING organisation prepare drafts, but not a SUSPENDED or REMOVED one', () => {
    expect([PENDING, VERIFIED, SUSPENDED, REMOVED].filter((s) => employerMay(s, 'prepare vacancies'))).toEqual([
      PENDING,
      VERIFIED,
    ]);
  });

  it('says why in one wording, an account without an organisation included', () => {
    expect(refusal({ status: VERIFIED }, 'see candidates')).toBeNull();
    expect(refusal({ status: PENDING }, 'see candidates')).toBe(
      'Your organisation is PENDING: only a VERIFIED organisation can see candidates',
    );
    expect(refusal({ status: SUSPENDED }, 'prepare vacancies')).toBe(
      'Your organisation is SUSPENDED: only a PENDING or VERIFIED organisation can prepare vacancies',
    );
    expect(refusal(null, 'contact candidates')).toBe(
      'Register your organisation (registerEmployer) to contact candidates',
    );
  });

  it('keeps REMOVED final', () => {
    expect([PENDING, VERIFIED, SUSPENDED].some((to) => canMoveEmployer(REMOVED, to))).toBe(false);
  });
});
