import fc from 'fast-check';
import {
  ageOn,
  candidateEligibilityProblem,
  distinct,
  highestEqfLevel,
  totalExperienceYears,
  utcToday,
} from 'src/candidates/candidate-rules';

describe('ageOn', () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
    expect(ageOn('2008-06-15', '2027-01-01')).toBe(18);
  });

  it('lets a 29 February birthday come of age on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('never decreases as the day moves on', () => {
    const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, day, day, (birth, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        return ageOn(utcToday(birth), utcToday(earlier)) <= ageOn(utcToday(birth), utcToday(later));
      }),
    );
  });
});

describe('candidateEligibilityProblem', () => {
  const adult = { citizenship: 'MA', residenceCountry: 'MA', birthDate: '1990-01-01' };

  it('accepts an adult third-country national living outside the EU', () => {
    expect(candidateEligibilityProblem(adult, '2026-11-01', 18)).toBeNull();
  });

  it('names EU citizenship first, then residence, then age', () => {
    expect(
      candidateEligibilityProblem({ ...adult, citizenship: 'EL', residenceCountry: 'DE' }, '2026-11-01', 18),
    ).toEqual({ reason: 'EU_CITIZEN', path: 'citizenship' });
    expect(
      candidateEligibilityProblem({ ...adult, residenceCountry: 'DE', birthDate: '2020-01-01' }, '2026-11-01', 18),
    ).toEqual({ reason: 'RESIDES_IN_EU', path: 'residenceCountry' });
    expect(candidateEligibilityProblem({ ...adult, birthDate: '2008-11-02' }, '2026-11-01', 18)).toEqual({
      reason: 'UNDER_AGE',
      path: 'birthDate',
    });
  });

  it('uses the configured age of majority', () => {
    const nineteenSoon = { ...adult, birthDate: '2007-11-02' };
    expect(candidateEligibilityProblem(nineteenSoon, '2026-11-01', 18)).toBeNull();
    expect(candidateEligibilityProblem(nineteenSoon, '2026-11-01', 19)?.reason).toBe('UNDER_AGE');
  });
});

describe('derived profile fields', () => {
  it('takes the highest EQF level, or null without qualifications', () => {
    expect(highestEqfLevel([])).toBeNull();
    expect(highestEqfLevel([{ eqfLevel: 4 }, { eqfLevel: 6 }, { eqfLevel: 5 }])).toBe(6);
  });

  it('sums experience years without float noise', () => {
    expect(totalExperienceYears([])).toBe(0);
    expect(totalExperienceYears([{ years: 0.1 }, { years: 0.2 }])).toBe(0.3);
    expect(totalExperienceYears([{ years: 2.5 }, { years: 3 }])).toBe(5.5);
  });

  it('keeps the highest EQF level among the levels and the total at least each entry', () => {
    const levels = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(levels, (ls) => {
        const top = highestEqfLevel(ls.map((eqfLevel) => ({ eqfLevel })));
        return top === Math.max(...ls);
      }),
    );
    const years = fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { maxLength: 30 });
    fc.assert(
      fc.property(years, (ys) => {
        const total = totalExperienceYears(ys.map((y) => ({ years: y })));
        return ys.every((y) => total >= Math.round(y * 100) / 100 - 0.01);
      }),
    );
  });

  it('collapses duplicates in first-seen order', () => {
    expect(distinct(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
