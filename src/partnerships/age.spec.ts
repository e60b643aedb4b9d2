import fc from 'fast-check';
import { ageOn } from 'src/partnerships/age';

describe('ageOn', () => {
  it('agrees with a plain calendar count of whole years', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.date({ min: new Date('2021-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (birth, on) => {
          const b = birth.toISOString().slice(0, 10);
          const o = on.toISOString().slice(0, 10);
          // Count birthdays one by one: the last year whose birthday (1 March for 29 Feb in
          // common years) is on or before the date.
          let years = 0;
          for (let y = birth.getUTCFullYear() + 1; y <= on.getUTCFullYear(); y += 1) {
            const anniversary = new Date(Date.UTC(y, birth.getUTCMonth(), birth.getUTCDate()));
            if (anniversary.getTime() <= Date.parse(o)) years += 1;
          }
          expect(ageOn(b, o)).toBe(years);
        },
      ),
    );
  });

  it('lets someone born on 29 February come of age on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('refuses impossible dates instead of guessing', () => {
    expect(() => ageOn('2007-02-29', '2026-01-01')).toThrow(RangeError);
    expect(() => ageOn('2000-01-01', '01/05/2026')).toThrow(RangeError);
  });
});
