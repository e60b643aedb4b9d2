/**
 * Splits a normalised text into words, numbers and currency signs, and marks where clauses
 * (sentences, lines) and segments (comma-separated parts of a clause) begin. One pass over
 * the text with a regular expression that cannot backtrack far, so the cost stays linear
 * whatever the text: long runs of punctuation, no spaces, repeated words.
 */
export interface Token {
  /** The normalised word (lower case, accents removed). */
  text: string;
  /** Offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
  /** A sentence end, semicolon, line break or bullet comes before it. */
  clauseBreak: boolean;
  /** A comma, colon, bracket or free-standing dash comes before it: negations do not reach across. */
  segmentBreak: boolean;
  /** A sentence end (not a semicolon) or a line break comes before it. */
  sentenceBreak: boolean;
  /** A line break comes before it (a vacancy's description starts after its title line). */
  lineBreak: boolean;
  isNumber: boolean;
}

// Numbers keep their separators ("1.500", "1 500,00") so an amount is one token; words are
// letters only, so "B2" or "250EUR" split into parts a lexicon can name.
const TOKEN = /\p{N}+(?:[., ]\p{N}{3}(?!\p{N}))*(?:[.,]\p{N}{1,2}(?!\p{N}))?|[\p{L}\p{M}]+|[€$£₺₹₱₦]/gu;
const CLAUSE_PUNCTUATION = /[.!?;؛؟\n•|]/u;
const SENTENCE_PUNCTUATION = /[.!?؟\n•|]/u;
const SEGMENT_PUNCTUATION = /[,:()[\]،]/u;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const gap = text.slice(previousEnd, match.index);
    const clauseBreak = tokens.length === 0 || CLAUSE_PUNCTUATION.test(gap);
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      clauseBreak,
      segmentBreak: clauseBreak || SEGMENT_PUNCTUATION.test(gap) || / - /u.test(gap),
      sentenceBreak: tokens.length === 0 || SENTENCE_PUNCTUATION.test(gap),
      lineBreak: gap.includes('\n'),
      isNumber: /^\p{N}/u.test(match[0]),
    });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

/** The number a numeric token stands for, reading "1.500", "1 500" and "1,500.50" alike. */
export function numericValue(token: string): number {
  const compact = token.replace(/ /gu, '');
  // A separator followed by exactly three digits groups thousands; otherwise it is decimal.
  const decimal = /[.,](\p{N}{1,2})$/u.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/gu, '');
  return Number(`${whole}${decimal ? `.${decimal[1]}` : ''}`);
}
