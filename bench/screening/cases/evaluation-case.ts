import { ScreeningFlagCode, SalaryOffer, VacancyScreeningInput } from 'src/vacancies/screening/screening.types';

/** A vacancy text written for measuring the screening, with the flags a reviewer expects. */
export interface EvaluationCase {
  id: string;
  language: 'en' | 'fr' | 'de' | 'ar' | 'es' | 'it';
  /** Development cases were read while writing the rules; held-out cases were not. */
  split?: 'held-out';
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
