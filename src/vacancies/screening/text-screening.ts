import { Analysis } from 'src/vacancies/screening/engine/analysis';
import { documentEvidence } from 'src/vacancies/screening/engine/documents';
import { Evidence, feeEvidence } from 'src/vacancies/screening/engine/fees';
import { Lexicon } from 'src/vacancies/screening/engine/lexicon';
import { Tagger } from 'src/vacancies/screening/engine/tagger';
import { LEXICONS } from 'src/vacancies/screening/languages';

/** Flag codes that come from reading text (pay plausibility reads the salary instead). */
export type TextRuleCode = Evidence['code'];

/** A situation found in a text, with the words of the original text that show it. */
export interface TextMatch {
  code: TextRuleCode;
  /** The situation read, e.g. "the worker pays", "kept by someone else". */
  reason: string;
  quote: string;
}

export interface TextScreener {
  (text: string): TextMatch[];
}

/** Builds a screener from lexicons; the lexicons are compiled once. */
export function textScreener(lexicons: readonly Lexicon[]): TextScreener {
  const tagger = new Tagger(lexicons);
  return (text) => {
    const analysis = new Analysis(text, tagger);
    return [...feeEvidence(analysis), ...documentEvidence(analysis)]
      .sort((a, b) => a.start - b.start)
      .map((evidence) => ({ code: evidence.code, reason: evidence.reason, quote: analysis.quote(evidence) }));
  };
}

/** Reads a text with every lexicon and returns the fee and document situations it describes. */
export const findTextMatches: TextScreener = textScreener(LEXICONS);
