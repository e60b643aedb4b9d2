import { ARABIC_CASES } from './cases-ar';
import { GERMAN_CASES } from './cases-de';
import { ENGLISH_CASES } from './cases-en';
import { SPANISH_AND_ITALIAN_CASES } from './cases-es-it';
import { HELD_OUT_CASES } from './cases-held-out';
import { FRENCH_CASES } from './cases-fr';
import { AR_UR_DEV_CASES } from './dev-ar-ur';
import { ENGLISH_DEV_CASES } from './dev-en';
import { FR_DE_ES_IT_DEV_CASES } from './dev-fr-de-es-it';
import { OTHER_LANGUAGE_DEV_CASES } from './dev-other';
import { PL_NL_TR_DEV_CASES } from './dev-pl-nl-tr';
import { PT_RO_DEV_CASES } from './dev-pt-ro';
import { AR_ES_PT_RO_IT_DEV2_CASES } from './dev2-ar-es-pt-ro-it';
import { EN_FR_DE_DEV2_CASES } from './dev2-en-fr-de';
import { DEV3_CASES } from './dev3';
import { DEV4_CASES } from './dev4';
import { DEV6_CASES } from './dev6';
import { DEV7_CASES } from './dev7';
import { EvaluationCase } from './evaluation-case';
import { FROZEN_CASES_1 } from './frozen-1';
import { FROZEN_CASES_2 } from './frozen-2';
import { FROZEN_CASES_3 } from './frozen-3';
import { AFTER_FREEZE2_CASES_A } from './after-freeze2-a';
import { AFTER_FREEZE2_CASES_B } from './after-freeze2-b';
import { AFTER_FREEZE2_CASES_C } from './after-freeze2-c';
import { AFTER_FREEZE1_CASES_1 } from './after-freeze1-1';
import { AFTER_FREEZE1_CASES_2 } from './after-freeze1-2';
import { AFTER_FREEZE1_CASES_3 } from './after-freeze1-3';

export type { EvaluationCase } from './evaluation-case';

/** Vacancy texts written to measure the screening: legitimate and fraudulent, in many languages. */
export const EVALUATION_SET: readonly EvaluationCase[] = [
  ...ENGLISH_CASES,
  ...FRENCH_CASES,
  ...GERMAN_CASES,
  ...ARABIC_CASES,
  ...SPANISH_AND_ITALIAN_CASES,
  ...HELD_OUT_CASES,
  ...ENGLISH_DEV_CASES,
  ...FR_DE_ES_IT_DEV_CASES,
  ...AR_UR_DEV_CASES,
  ...PT_RO_DEV_CASES,
  ...PL_NL_TR_DEV_CASES,
  ...OTHER_LANGUAGE_DEV_CASES,
  ...EN_FR_DE_DEV2_CASES,
  ...AR_ES_PT_RO_IT_DEV2_CASES,
  ...DEV3_CASES,
  ...DEV4_CASES,
  ...AFTER_FREEZE1_CASES_1,
  ...AFTER_FREEZE1_CASES_2,
  ...AFTER_FREEZE1_CASES_3,
  ...DEV6_CASES,
  ...DEV7_CASES,
  ...AFTER_FREEZE2_CASES_A,
  ...AFTER_FREEZE2_CASES_B,
  ...AFTER_FREEZE2_CASES_C,
  ...FROZEN_CASES_1,
  ...FROZEN_CASES_2,
  ...FROZEN_CASES_3,
];
