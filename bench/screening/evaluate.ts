import { EvaluationCase } from './cases';
import { screenVacancy } from 'src/vacancies/screening/screening';
import {
  SCREENING_FLAG_CODES,
  ScreeningFlag,
  ScreeningFlagCode,
  VacancyScreeningInput,
} from 'src/vacancies/screening/screening.types';

export interface Scores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseOutcome {
  id: string;
  expected: ScreeningFlagCode[];
  actual: ScreeningFlagCode[];
}

export interface EvaluationReport {
  cases: number;
  /** Fraudulent vacancies: is anything flagged when something should be, and only then? */
  vacancyLevel: Scores & { trueNegatives: number };
  /** Each flag code on its own, and all codes pooled (micro-average). */
  byCode: Record<ScreeningFlagCode, Scores>;
  codeLevel: Scores;
  /** Cases whose flags differ from the expected ones, for reading. */
  mistakes: CaseOutcome[];
}

// With nothing predicted (or nothing to find) there is no error to count: score 1.
function scores(truePositives: number, falsePositives: number, falseNegatives: number): Scores {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** Runs the screening on every case and compares its flag codes with the expected ones. */
export function evaluateScreening(
  cases: readonly EvaluationCase[],
  screen: (input: VacancyScreeningInput) => ScreeningFlag[] = screenVacancy,
): EvaluationReport {
  const vacancy = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perCode = new Map(SCREENING_FLAG_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: CaseOutcome[] = [];
  for (const testCase of cases) {
    const actual = [...new Set(screen(testCase.vacancy).map((flag) => flag.code))].sort();
    const expected = [...testCase.expected].sort();
    const flagged = actual.length > 0;
    const fraudulent = expected.length > 0;
    if (flagged && fraudulent) vacancy.tp += 1;
    else if (flagged) vacancy.fp += 1;
    else if (fraudulent) vacancy.fn += 1;
    else vacancy.tn += 1;
    for (const [code, count] of perCode) {
      const predicted = actual.includes(code);
      const wanted = expected.includes(code);
      if (predicted && wanted) count.tp += 1;
      else if (predicted) count.fp += 1;
      else if (wanted) count.fn += 1;
    }
    if (actual.join() !== expected.join()) mistakes.push({ id: testCase.id, expected, actual });
  }
  const byCode = Object.fromEntries(
    [...perCode].map(([code, count]) => [code, scores(count.tp, count.fp, count.fn)]),
  ) as Record<ScreeningFlagCode, Scores>;
  const pooled = [...perCode.values()].reduce(
    (sum, count) => ({ tp: sum.tp + count.tp, fp: sum.fp + count.fp, fn: sum.fn + count.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    cases: cases.length,
    vacancyLevel: { ...scores(vacancy.tp, vacancy.fp, vacancy.fn), trueNegatives: vacancy.tn },
    byCode,
    codeLevel: scores(pooled.tp, pooled.fp, pooled.fn),
    mistakes,
  };
}

export interface LanguageScores extends Scores {
  cases: number;
  fraudulent: number;
}

/** Vacancy-level scores for each language of the cases. */
export function scoresByLanguage(
  cases: readonly EvaluationCase[],
  screen: (input: VacancyScreeningInput) => ScreeningFlag[] = screenVacancy,
): Record<string, LanguageScores> {
  const languages = [...new Set(cases.map((testCase) => testCase.language))].sort();
  return Object.fromEntries(
    languages.map((language) => {
      const inLanguage = cases.filter((testCase) => testCase.language === language);
      const report = evaluateScreening(inLanguage, screen);
      const fraudulent = inLanguage.filter((testCase) => testCase.expected.length > 0).length;
      const { trueNegatives: _trueNegatives, ...scores } = report.vacancyLevel;
      return [language, { cases: inLanguage.length, fraudulent, ...scores }];
    }),
  );
}
