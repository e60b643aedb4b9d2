import { SalaryOffer, SalaryPeriod, ScreeningFlag } from 'src/vacancies/screening/screening.types';

/**
 * Pay plausibility: a screening heuristic, not a wage check. A flag only sends the vacancy
 * to a person; the tables are deliberately coarse and wide.
 */

/** Monthly gross pay, in EUR, that is usual for an occupation group at the EU average. */
export interface PayRange {
  low: number;
  high: number;
}

// Rounded, wide bands around EU-average monthly gross earnings by ISCO-08 group (Eurostat
// Structure of Earnings Survey orders of magnitude). Sub-major groups (two digits) refine
// their major group (one digit) where shortage occupations sit.
export const PAY_RANGES: Readonly<Record<string, PayRange>> = {
  '1': { low: 2500, high: 9000 }, // managers
  '2': { low: 2200, high: 7500 }, // professionals
  '21': { low: 2500, high: 7500 }, // science and engineering
  '22': { low: 2400, high: 9000 }, // health professionals: nurses to doctors
  '25': { low: 2500, high: 7500 }, // ICT professionals
  '3': { low: 1800, high: 5000 }, // technicians and associate professionals
  '32': { low: 1700, high: 4500 }, // health associate professionals
  '4': { low: 1500, high: 3500 }, // clerical support
  '5': { low: 1300, high: 3200 }, // services and sales: cooks, waiters, carers
  '6': { low: 1200, high: 3000 }, // skilled agricultural
  '7': { low: 1500, high: 4200 }, // craft and trades: electricians, welders, roofers
  '8': { low: 1500, high: 4000 }, // plant and machine operators, drivers
  '83': { low: 1600, high: 4200 }, // drivers, including heavy trucks
  '9': { low: 1100, high: 2800 }, // elementary occupations
};

// Rough ratio of each Member State's wage level to the EU average, so that 1,500 EUR for a
// cook is ordinary in Bulgaria and low in Luxembourg. Missing states count as 1.
export const MEMBER_STATE_PAY_FACTORS: Readonly<Record<string, number>> = {
  LU: 1.5,
  DK: 1.4,
  IE: 1.3,
  BE: 1.2,
  NL: 1.2,
  AT: 1.15,
  DE: 1.15,
  FI: 1.1,
  SE: 1.05,
  FR: 1.0,
  IT: 0.85,
  ES: 0.8,
  MT: 0.75,
  SI: 0.75,
  CY: 0.75,
  PT: 0.6,
  EE: 0.65,
  CZ: 0.6,
  LT: 0.6,
  PL: 0.55,
  LV: 0.55,
  SK: 0.55,
  HR: 0.55,
  EL: 0.55,
  GR: 0.55,
  HU: 0.5,
  RO: 0.5,
  BG: 0.35,
};

// EUR per unit, approximate; enough for a factor-of-2.5 test. Unknown currency: no check.
export const EUR_PER_UNIT: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 0.92,
  GBP: 1.17,
  CHF: 1.05,
  SEK: 0.088,
  DKK: 0.134,
  NOK: 0.086,
  PLN: 0.23,
  CZK: 0.04,
  HUF: 0.0025,
  RON: 0.2,
  BGN: 0.51,
  MAD: 0.092,
  TND: 0.3,
  EGP: 0.019,
  INR: 0.011,
  PKR: 0.0033,
  BDT: 0.0077,
  NGN: 0.0006,
};

/** Full-time hours in a month (40 h x 52 weeks / 12). */
export const HOURS_PER_MONTH = 173;

/** A minimum above this multiple of the band's top looks like a lure ("pay far above"). */
export const TOO_HIGH_FACTOR = 2.5;
/** A best offer below this fraction of the band's bottom suggests exploitation. */
export const TOO_LOW_FACTOR = 0.4;

const PER_MONTH: Record<SalaryPeriod, number> = { HOUR: HOURS_PER_MONTH, MONTH: 1, YEAR: 1 / 12 };

/** The amount as monthly EUR, or undefined when the currency is not in the table. */
export function monthlyEur(amount: number, currency: string, period: SalaryPeriod): number | undefined {
  const rate = EUR_PER_UNIT[currency.trim().toUpperCase()];
  return rate === undefined ? undefined : amount * rate * PER_MONTH[period];
}

/** The usual monthly EUR range for an ISCO code in a Member State, if the group is known. */
export function plausiblePayRange(iscoCode: string, memberState: string): PayRange | undefined {
  const base = PAY_RANGES[iscoCode.slice(0, 2)] ?? PAY_RANGES[iscoCode.slice(0, 1)];
  if (!base) return undefined;
  const factor = MEMBER_STATE_PAY_FACTORS[memberState.trim().toUpperCase()] ?? 1;
  return { low: Math.round(base.low * factor), high: Math.round(base.high * factor) };
}

const eur = (amount: number): string => `${Math.round(amount).toLocaleString('en-GB')} EUR`;

/** A PAY_IMPLAUSIBLE flag when the offer is far above or far below the usual range. */
export function checkPay(
  salary: SalaryOffer | null | undefined,
  iscoCode: string,
  memberState: string,
): ScreeningFlag | undefined {
  if (!salary || !Number.isFinite(salary.min) || salary.min <= 0) return undefined;
  const range = plausiblePayRange(iscoCode, memberState);
  const min = monthlyEur(salary.min, salary.currency, salary.period);
  if (!range || min === undefined) return undefined;
  const best = salary.max && salary.max > salary.min ? monthlyEur(salary.max, salary.currency, salary.period) : min;
  const offered = `${salary.min} ${salary.currency} per ${salary.period.toLowerCase()} (about ${eur(min)} a month)`;
  const where = `ISCO group ${iscoCode} in ${memberState.toUpperCase()}`;
  if (min > range.high * TOO_HIGH_FACTOR) {
    return {
      code: 'PAY_IMPLAUSIBLE',
      message: `Pay of ${offered} is more than ${TOO_HIGH_FACTOR} times the usual top of ${eur(range.high)} a month for ${where}`,
    };
  }
  if (best !== undefined && best < range.low * TOO_LOW_FACTOR) {
    return {
      code: 'PAY_IMPLAUSIBLE',
      message: `Pay of at most ${eur(best)} a month is below ${TOO_LOW_FACTOR} times the usual bottom of ${eur(range.low)} a month for ${where}`,
    };
  }
  return undefined;
}
