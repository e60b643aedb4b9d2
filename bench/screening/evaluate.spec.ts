import { EVALUATION_SET } from './cases';
import { evaluateScreening, scoresByLanguage } from './evaluate';
import { ScreeningFlag } from 'src/vacancies/screening/screening.types';

describe('screening evaluation', () => {
  it('holds legitimate and fraudulent texts in every language with a lexicon, and in others', () => {
    const languages = ['en', 'fr', 'ar', 'de', 'es', 'it', 'pt', 'ro', 'pl', 'nl', 'tr', 'ur'];
    for (const language of languages) {
      const cases = EVALUATION_SET.filter((testCase) => testCase.language === language);
      expect([language, cases.some((testCase) => testCase.expected.length === 0)]).toEqual([language, true]);
      expect([language, cases.some((testCase) => testCase.expected.length > 0)]).toEqual([language, true]);
    }
    expect(EVALUATION_SET.some((testCase) => !languages.includes(testCase.language))).toBe(true);
    expect(new Set(EVALUATION_SET.map((testCase) => testCase.id)).size).toBe(EVALUATION_SET.length);
  });

  it('keeps a part written after the rules were frozen, in the languages fraud arrives in', () => {
    const frozen = EVALUATION_SET.filter((testCase) => testCase.split === 'frozen');
    expect(frozen.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(scoresByLanguage(frozen))).toEqual(
      expect.arrayContaining(['en', 'fr', 'ar', 'de', 'es', 'pt', 'ro', 'it']),
    );
  });

  it('finds at least 90% of fraudulent vacancies with at least 90% precision', () => {
    const report = evaluateScreening(EVALUATION_SET);
    expect(report.vacancyLevel.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.vacancyLevel.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.codeLevel.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.codeLevel.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('counts true and false positives and negatives per vacancy and per code', () => {
    const flag = (code: ScreeningFlag['code']): ScreeningFlag => ({ code, message: '' });
    // A screen that always answers FEE_REQUEST: right on fee cases only.
    const report = evaluateScreening(
      [
        { id: 'a', language: 'en', expected: ['FEE_REQUEST'], vacancy: EVALUATION_SET[0]!.vacancy },
        { id: 'b', language: 'en', expected: [], vacancy: EVALUATION_SET[0]!.vacancy },
        { id: 'c', language: 'en', expected: ['DOCUMENT_RETENTION'], vacancy: EVALUATION_SET[0]!.vacancy },
      ],
      () => [flag('FEE_REQUEST')],
    );
    expect(report.vacancyLevel).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0 });
    expect(report.vacancyLevel.precision).toBeCloseTo(2 / 3);
    expect(report.byCode.FEE_REQUEST).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 0 });
    expect(report.byCode.DOCUMENT_RETENTION).toMatchObject({ recall: 0, falseNegatives: 1 });
    expect(report.codeLevel).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
    expect(report.mistakes.map((mistake) => mistake.id)).toEqual(['b', 'c']);
  });

  it('fails the thresholds for a screen that flags nothing', () => {
    const report = evaluateScreening(EVALUATION_SET, () => []);
    expect(report.vacancyLevel.recall).toBe(0);
  });
});
