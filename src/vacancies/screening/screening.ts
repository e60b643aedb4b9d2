import { checkPay } from 'src/vacancies/screening/pay-plausibility';
import { ScreeningFlag, VacancyScreeningInput } from 'src/vacancies/screening/screening.types';
import { findTextMatches, TextMatch, TextRuleCode } from 'src/vacancies/screening/text-screening';

const DESCRIPTIONS: Record<TextRuleCode, string> = {
  FEE_REQUEST: 'Asks candidates to pay fees, deposits or other costs',
  DOCUMENT_RETENTION: 'Asks candidates to hand over or leave passports or identity documents',
};

// Enough quotes for a reviewer to find the passage without repeating the whole text.
const MAX_QUOTES = 3;

function textFlags(text: string): ScreeningFlag[] {
  const byCode = new Map<TextRuleCode, TextMatch[]>();
  for (const match of findTextMatches(text)) {
    const matches = byCode.get(match.code) ?? [];
    if (!matches.some((quoted) => overlaps(quoted, match))) matches.push(match);
    byCode.set(match.code, matches);
  }
  return [...byCode].map(([code, matches]) => ({
    code,
    message: `${DESCRIPTIONS[code]}: ${matches
      .slice(0, MAX_QUOTES)
      .map((match) => `"${match.quote}" (${match.reason})`)
      .join(', ')}`,
  }));
}

// Several situations often rest on the same words ("must pay a deposit of 500 EUR"): quote them once.
function overlaps(quoted: TextMatch, match: TextMatch): boolean {
  return quoted.quote.includes(match.quote) || match.quote.includes(quoted.quote);
}

/**
 * Fair-recruitment screening of a vacancy before it is shown (docs/rules.md, rule 5). Any flag sends
 * the vacancy to review; an empty list lets it publish.
 */
export function screenVacancy(input: VacancyScreeningInput): ScreeningFlag[] {
  const flags = textFlags(`${input.title}\n${input.description}`);
  const pay = checkPay(input.salary, input.iscoCode, input.memberState);
  return pay ? [...flags, pay] : flags;
}

/** Screening of an employer's contact-request message: fees and documents, no pay. */
export function screenMessage(text: string): ScreeningFlag[] {
  return textFlags(text);
}
