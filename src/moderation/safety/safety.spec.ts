import { safetyAdvice, vacancySafety } from 'src/moderation/safety/safety';
import { SAFETY_TEXTS } from 'src/moderation/safety/safety-texts';

describe('safety texts', () => {
  it('are written in at least English, French, Arabic, Spanish, Portuguese and German', () => {
    expect(Object.keys(SAFETY_TEXTS)).toEqual(expect.arrayContaining(['en', 'fr', 'ar', 'es', 'pt', 'de']));
  });

  it.each(Object.entries(SAFETY_TEXTS))('%s has every item and every warning, none empty', (_language, texts) => {
    const english = SAFETY_TEXTS.en!;
    expect(texts.advice).toHaveLength(english.advice.length);
    expect(Object.keys(texts.warnings).sort()).toEqual(Object.keys(english.warnings).sort());
    for (const text of [...texts.advice, ...Object.values(texts.warnings)])
      expect(text.trim().length).toBeGreaterThan(10);
  });

  it('falls back to English for a language without texts, and says so', () => {
    expect(safetyAdvice('sw')).toEqual({ language: 'en', items: SAFETY_TEXTS.en!.advice });
    expect(safetyAdvice(null).language).toBe('en');
    expect(safetyAdvice('AR').language).toBe('ar');
  });

  it('warns about what a person let through, in the language asked for', () => {
    const safety = vacancySafety({ employerVerified: true, flagCodes: ['FEE_REQUEST', 'REPORTED'] }, 'de');
    expect(safety).toEqual({
      employerVerified: true,
      screeningPassed: false,
      warnings: [SAFETY_TEXTS.de!.warnings.FEES_MENTIONED],
    });
    expect(vacancySafety({ employerVerified: false, flagCodes: [] }, 'xx')).toEqual({
      employerVerified: false,
      screeningPassed: true,
      warnings: [SAFETY_TEXTS.en!.warnings.EMPLOYER_NOT_VERIFIED],
    });
  });
});
