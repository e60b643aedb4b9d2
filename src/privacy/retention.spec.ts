import fc from 'fast-check';
import { monthsBefore } from 'src/privacy/retention';

describe('monthsBefore', () => {
  it('goes back whole calendar months, keeping the time of day', () => {
    expect(monthsBefore(new Date('2026-05-15T10:30:00Z'), 24).toISOString()).toBe('2024-05-15T10:30:00.000Z');
    expect(monthsBefore(new Date('2026-01-10T00:00:00Z'), 1).toISOString()).toBe('2025-12-10T00:00:00.000Z');
  });

  it('clamps to the end of a shorter month', () => {
    expect(monthsBefore(new Date('2026-03-31T12:00:00Z'), 1).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-02-29T12:00:00Z'.replace('2026', '2028')), 12).toISOString()).toBe(
      '2027-02-28T12:00:00.000Z',
    );
  });

  it('is always earlier, and by roughly the number of months', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 240 }),
        (now, months) => {
          const before = monthsBefore(now, months);
          const days = (now.getTime() - before.getTime()) / 86_400_000;
          expect(days).toBeGreaterThanOrEqual(months * 28 - 3);
          expect(days).toBeLessThanOrEqual(months * 31 + 3);
        },
      ),
    );
  });
});
