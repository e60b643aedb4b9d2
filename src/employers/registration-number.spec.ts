import { registrationDisplay, registrationKey } from 'src/employers/registration-number';

describe('registration numbers', () => {
  it.each(['HRB 1003', 'HRB-1003', 'hrb 1003', 'HRB1003', 'H.R.B. 1003', 'ＨＲＢ　１００３', 'ｈｒｂ－１００３'])(
    'keys %s as HRB1003',
    (raw) => {
      expect(registrationKey(raw)).toBe('HRB1003');
    },
  );

  it('keeps different numbers apart', () => {
    expect(registrationKey('HRB 1003')).not.toBe(registrationKey('HRB 10030'));
    expect(registrationKey('HRA 1003')).not.toBe(registrationKey('HRB 1003'));
  });

  it('shows what was typed, in half-width form', () => {
    expect(registrationDisplay('  ＨＲＢ　１００３ ')).toBe('HRB 1003');
    expect(registrationDisplay('hrb-1003')).toBe('hrb-1003');
  });
});
