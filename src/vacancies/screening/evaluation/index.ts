import { ARABIC_CASES } from 'src/vacancies/screening/evaluation/cases-ar';
import { GERMAN_CASES } from 'src/vacancies/screening/evaluation/cases-de';
import { ENGLISH_CASES } from 'src/vacancies/screening/evaluation/cases-en';
import { SPANISH_AND_ITALIAN_CASES } from 'src/vacancies/screening/evaluation/cases-es-it';
import { HELD_OUT_CASES } from 'src/vacancies/screening/evaluation/cases-held-out';
import { FRENCH_CASES } from 'src/vacancies/screening/evaluation/cases-fr';
import { EvaluationCase } from 'src/vacancies/screening/evaluation/evaluation-case';

export type { EvaluationCase } from 'src/vacancies/screening/evaluation/evaluation-case';

/** Vacancy texts written to measure the screening: legitimate and fraudulent, six languages. */
export const EVALUATION_SET: readonly EvaluationCase[] = [
  ...ENGLISH_CASES,
  ...FRENCH_CASES,
  ...GERMAN_CASES,
  ...ARABIC_CASES,
  ...SPANISH_AND_ITALIAN_CASES,
  ...HELD_OUT_CASES,
];
