import { ARABIC_CASES } from './cases-ar';
import { GERMAN_CASES } from './cases-de';
import { ENGLISH_CASES } from './cases-en';
import { SPANISH_AND_ITALIAN_CASES } from './cases-es-it';
import { HELD_OUT_CASES } from './cases-held-out';
import { FRENCH_CASES } from './cases-fr';
import { EvaluationCase } from './evaluation-case';

export type { EvaluationCase } from './evaluation-case';

/** Vacancy texts written to measure the screening: legitimate and fraudulent, six languages. */
export const EVALUATION_SET: readonly EvaluationCase[] = [
  ...ENGLISH_CASES,
  ...FRENCH_CASES,
  ...GERMAN_CASES,
  ...ARABIC_CASES,
  ...SPANISH_AND_ITALIAN_CASES,
  ...HELD_OUT_CASES,
];
