import {
  checkPay,
  HOURS_PER_MONTH,
  monthlyEur,
  plausiblePayRange,
  TOO_HIGH_FACTOR,
} from 'src/vacancies/screening/pay-plausibility';

describe('pay plausibility', () => {
  it('converts hours, years and currencies to monthly EUR', () => {
    expect(monthlyEur(20, 'EUR', 'HOUR')).toBe(20 * HOURS_PER_MONTH);
    expect(monthlyEur(36000, 'EUR', 'YEAR')).toBe(3000);
    expect(monthlyEur(1000, 'usd', 'MONTH')).toBeCloseTo(920);
    expect(monthlyEur(1000, 'XYZ', 'MONTH')).toBeUndefined();
  });

  it('uses the sub-major group when known, else the major group, scaled by Member State', () => {
    expect(plausiblePayRange('2221', 'FR')).toEqual({ low: 2400, high: 9000 });
    expect(plausiblePayRange('2611', 'FR')).toEqual({ low: 2200, high: 7500 });
    expect(plausiblePayRange('9412', 'BG')).toEqual({ low: 385, high: 980 });
    expect(plausiblePayRange('0110', 'FR')).toBeUndefined();
  });

  it('accepts ordinary pay in every period', () => {
    expect(checkPay({ min: 3400, max: 4100, currency: 'EUR', period: 'MONTH' }, '2221', 'DE')).toBeUndefined();
    expect(checkPay({ min: 17.5, max: 21, currency: 'EUR', period: 'HOUR' }, '8332', 'NL')).toBeUndefined();
    expect(checkPay({ min: 36000, currency: 'EUR', period: 'YEAR' }, '5120', 'IE')).toBeUndefined();
    expect(checkPay({ min: 32000, max: 38000, currency: 'SEK', period: 'MONTH' }, '7411', 'SE')).toBeUndefined();
  });

  it('flags a minimum far above the usual top, with the figures in the message', () => {
    const flag = checkPay({ min: 6500, currency: 'EUR', period: 'MONTH' }, '9412', 'PT');
    expect(flag?.code).toBe('PAY_IMPLAUSIBLE');
    expect(flag?.message).toContain(`more than ${TOO_HIGH_FACTOR} times`);
    expect(flag?.message).toContain('6500 EUR per month');
    expect(checkPay({ min: 80, currency: 'EUR', period: 'HOUR' }, '9112', 'DE')?.code).toBe('PAY_IMPLAUSIBLE');
    expect(checkPay({ min: 90000, currency: 'EUR', period: 'YEAR' }, '9412', 'ES')?.code).toBe('PAY_IMPLAUSIBLE');
  });

  it('judges the same pay differently in a low-wage and a high-wage state', () => {
    const salary = { min: 2600, currency: 'EUR', period: 'MONTH' as const };
    expect(checkPay(salary, '9412', 'BG')?.code).toBe('PAY_IMPLAUSIBLE');
    expect(checkPay(salary, '9412', 'LU')).toBeUndefined();
  });

  it('flags pay far below the usual bottom, judged on the best the offer allows', () => {
    expect(checkPay({ min: 3.5, max: 4, currency: 'EUR', period: 'HOUR' }, '2221', 'DE')?.message).toContain(
      'below 0.4 times',
    );
    expect(checkPay({ min: 300, max: 2600, currency: 'EUR', period: 'MONTH' }, '2221', 'DE')).toBeUndefined();
  });

  it('does not judge unknown currencies, unknown groups or missing pay', () => {
    expect(checkPay({ min: 999999, currency: 'XAU', period: 'MONTH' }, '9412', 'DE')).toBeUndefined();
    expect(checkPay({ min: 999999, currency: 'EUR', period: 'MONTH' }, '0110', 'DE')).toBeUndefined();
    expect(checkPay(null, '9412', 'DE')).toBeUndefined();
    expect(checkPay({ min: 0, currency: 'EUR', period: 'MONTH' }, '9412', 'DE')).toBeUndefined();
  });
});
