import { FALLBACK_LANGUAGE, SAFETY_TEXTS, SafetyTexts, SafetyWarning } from 'src/moderation/safety/safety-texts';

/** The texts of `language`, or English when there are none in it; with the language actually used. */
export function textsIn(language: string | null | undefined): { language: string; texts: SafetyTexts } {
  const asked = language?.toLowerCase();
  if (asked && SAFETY_TEXTS[asked]) return { language: asked, texts: SAFETY_TEXTS[asked] };
  return { language: FALLBACK_LANGUAGE, texts: SAFETY_TEXTS[FALLBACK_LANGUAGE]! };
}

export function safetyAdvice(language: string | null | undefined): { language: string; items: string[] } {
  const { language: used, texts } = textsIn(language);
  return { language: used, items: [...texts.advice] };
}

/** Which screening flags, still on a vacancy a person approved, make which warning. */
const FLAG_WARNINGS: Readonly<Record<string, SafetyWarning>> = {
  FEE_REQUEST: 'FEES_MENTIONED',
  DOCUMENT_RETENTION: 'DOCUMENTS_MENTIONED',
  PAY_IMPLAUSIBLE: 'PAY_UNUSUAL',
};

export interface VacancySafetyFacts {
  employerVerified: boolean;
  flagCodes: readonly string[];
}

/**
 * What a candidate should know about one vacancy: whether Pathways verified the employer,
 * whether screening found nothing, and a plain warning for each thing it found that a
 * person let through.
 */
export function vacancySafety(
  facts: VacancySafetyFacts,
  language: string | null | undefined,
): { employerVerified: boolean; screeningPassed: boolean; warnings: string[] } {
  const { texts } = textsIn(language);
  const screened = facts.flagCodes.filter((code) => code in FLAG_WARNINGS);
  const keys = new Set<SafetyWarning>(screened.map((code) => FLAG_WARNINGS[code]!));
  if (!facts.employerVerified) keys.add('EMPLOYER_NOT_VERIFIED');
  return {
    employerVerified: facts.employerVerified,
    screeningPassed: screened.length === 0,
    warnings: [...keys].map((key) => texts.warnings[key]),
  };
}
