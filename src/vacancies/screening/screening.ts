import { checkPay } from 'src/vacancies/screening/pay-plausibility';
import { ScreeningFlag, VacancyScreeningInput } from 'src/vacancies/screening/screening.types';
import { findTextMatches, TextMatch } from 'src/vacancies/screening/text-screening';
import { TextRuleCode } from 'src/vacancies/screening/rules/rule-table';

const DESCRIPTIONS: Record<TextRuleCode, string> = {
  FEE_REQUEST: 'Asks candidates to pay fees, deposits or other costs',
  DOCUMENT_RETENTION: 'Asks candidates to hand over or leave passports or identity documents',
};

// Enough quotes for a reviewer to find the passage without repeating the whole text.
const MAX_QUOTES = 3;

function textFlags(text: string): ScreeningFlag[] {
  const byCode = new Map<TextRuleCode, string[]>();
  for (const match of findTextMatches(text)) {
    const quotes = byCode.get(match.code) ?? [];
    if (!quotes.some((quote) => overlaps(quote, match))) quotes.push(match.quote);
    byCode.set(match.code, quotes);
  }
  return [...byCode].map(([code, quotes]) => ({
    code,
    message: `${DESCRIPTIONS[code]}: ${quotes
      .slice(0, MAX_QUOTES)
      .map((quote) => `"${quote}"`)
      .join(', ')}`,
  }));
}

// Several rules often hit the same words ("pay a deposit of 500 EUR"); quote them once.
function overlaps(quote: string, match: TextMatch): boolean {
  return quote.includes(match.quote) || match.quote.includes(quote);
}

/**
 * Fair-recruitment screening of a vacancy before it is shown (DOMAIN rule 5). Any flag sends
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
