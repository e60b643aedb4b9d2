import { ScreeningFlagCode, SalaryOffer, VacancyScreeningInput } from 'src/vacancies/screening/screening.types';

/** A vacancy text written for measuring the screening, with the flags a reviewer expects. */
export interface EvaluationCase {
  id: string;
  /** ISO 639-1 code of the language it is written in (also languages without a lexicon). */
  language: string;
  /**
   * Development cases were read while the rules were written and tuned. Frozen cases were
   * written after the rules were frozen and never used to change them.
   */
  split?: 'frozen';
  /** Empty for a legitimate vacancy. */
  expected: ScreeningFlagCode[];
  vacancy: VacancyScreeningInput;
}

export function vacancy(
  title: string,
  description: string,
  iscoCode: string,
  memberState: string,
  salary: SalaryOffer | null = null,
): VacancyScreeningInput {
  return { title, description, iscoCode, memberState, salary };
}

export const monthly = (min: number, max: number | null = null, currency = 'EUR'): SalaryOffer => ({
  min,
  max,
  currency,
  period: 'MONTH',
});

export const LEGITIMATE: ScreeningFlagCode[] = [];
export const FEE: ScreeningFlagCode[] = ['FEE_REQUEST'];
export const DOCUMENT: ScreeningFlagCode[] = ['DOCUMENT_RETENTION'];
export const FEE_AND_DOCUMENT: ScreeningFlagCode[] = ['FEE_REQUEST', 'DOCUMENT_RETENTION'];

/** A case about the text only: no salary, so pay plausibility stays out of it. */
export function textCase(
  id: string,
  language: string,
  expected: ScreeningFlagCode[],
  title: string,
  description: string,
): EvaluationCase {
  return { id, language, expected, vacancy: vacancy(title, description, '9329', 'DE') };
}
