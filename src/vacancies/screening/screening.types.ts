export type ScreeningFlagCode = 'FEE_REQUEST' | 'DOCUMENT_RETENTION' | 'PAY_IMPLAUSIBLE';

export const SCREENING_FLAG_CODES: readonly ScreeningFlagCode[] = [
  'FEE_REQUEST',
  'DOCUMENT_RETENTION',
  'PAY_IMPLAUSIBLE',
];

/** One reason to send a vacancy or message to human review; a flag is never a verdict. */
export interface ScreeningFlag {
  code: ScreeningFlagCode;
  message: string;
}

export type SalaryPeriod = 'HOUR' | 'MONTH' | 'YEAR';

export interface SalaryOffer {
  min: number;
  max?: number | null;
  currency: string;
  period: SalaryPeriod;
}

export interface VacancyScreeningInput {
  title: string;
  description: string;
  salary?: SalaryOffer | null;
  /** ISCO-08 code of any depth; the first one or two digits choose the pay range. */
  iscoCode: string;
  /** ISO 3166 alpha-2 code (Greece as EL or GR). */
  memberState: string;
}
