import { foldPattern, normaliseText, normaliseWithOrigin } from 'src/vacancies/screening/normalise';
import { LANGUAGE_RULES } from 'src/vacancies/screening/rules';
import { LanguageRules, TextRuleCode } from 'src/vacancies/screening/rules/rule-table';

/** A rule hit, with the words of the original text that triggered it. */
export interface TextMatch {
  code: TextRuleCode;
  language: string;
  quote: string;
}

// Negations are looked for this many words before a match and after it, and inside it:
// "we never ask candidates for a fee", "passports are never retained".
const NEGATION_WORDS_BEFORE = 4;
const NEGATION_WORDS_AFTER = 3;
// "a copy of your passport": the copy cue sits just before the document.
const COPY_WORDS_BEFORE = 4;

interface CompiledRule {
  code: TextRuleCode;
  language: string;
  pattern: RegExp;
  /** Whether a phrase saying the employer pays, in the same clause, cancels the match. */
  excusedByEmployerPaying: boolean;
}

type RuleKind = keyof LanguageRules['rules'];

const RULE_KINDS: Record<RuleKind, Omit<CompiledRule, 'language' | 'pattern'>> = {
  feeMentions: { code: 'FEE_REQUEST', excusedByEmployerPaying: true },
  feeDemands: { code: 'FEE_REQUEST', excusedByEmployerPaying: false },
  documentRetention: { code: 'DOCUMENT_RETENTION', excusedByEmployerPaying: false },
};

interface CompiledRules {
  rules: CompiledRule[];
  negations: RegExp[];
  employerPays: RegExp[];
  copyCues: RegExp[];
  clauseBreak: RegExp;
}

const LETTER_OR_DIGIT_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_OR_DIGIT_AFTER = '(?![\\p{L}\\p{N}])';

export function compilePattern(source: string, table: Pick<LanguageRules, 'prefix' | 'suffix'>, flags = 'u'): RegExp {
  const body = foldPattern(source);
  const prefix = table.prefix ? `(?:${table.prefix})?` : '';
  const suffix = table.suffix ? `(?:${table.suffix})?` : '';
  return new RegExp(`${LETTER_OR_DIGIT_BEFORE}${prefix}(?:${body})${suffix}${LETTER_OR_DIGIT_AFTER}`, flags);
}

export function compileRules(tables: readonly LanguageRules[]): CompiledRules {
  const rules: CompiledRule[] = [];
  for (const table of tables) {
    for (const kind of Object.keys(RULE_KINDS) as RuleKind[]) {
      for (const source of table.rules[kind]) {
        rules.push({ ...RULE_KINDS[kind], language: table.language, pattern: compilePattern(source, table, 'gu') });
      }
    }
  }
  const each = (pick: (table: LanguageRules) => string[]): RegExp[] =>
    tables.flatMap((table) => pick(table).map((source) => compilePattern(source, table)));
  const breaks = tables.flatMap((table) => table.clauseBreaks.map((word) => normaliseText(word)));
  // Sentence ends (not the dot inside "1.500"), line breaks, and contrast words.
  const clauseBreak = new RegExp(
    `[.!?;؛؟]+(?=\\s|$)|\\n|\\s\\(|\\)\\s|${LETTER_OR_DIGIT_BEFORE}(?:${breaks.join('|')})${LETTER_OR_DIGIT_AFTER}`,
    'gu',
  );
  return {
    rules,
    negations: each((table) => table.negations),
    employerPays: each((table) => table.employerPays),
    copyCues: each((table) => table.copyCues),
    clauseBreak,
  };
}

const COMPILED = compileRules(LANGUAGE_RULES);

/** Start and end offsets of the clauses of a normalised text. */
function clauses(text: string, clauseBreak: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(clauseBreak)) {
    if (match.index > start) ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/** Offset of the start of the nth word before `position`, not before `floor`. */
function wordsBefore(text: string, position: number, words: number, floor: number): number {
  let at = position;
  let seen = 0;
  while (at > floor) {
    at -= 1;
    if (text[at] === ' ' && at < position - 1) {
      seen += 1;
      if (seen > words) return at + 1;
    }
  }
  return floor;
}

function wordsAfter(text: string, position: number, words: number, ceiling: number): number {
  let at = position;
  let seen = 0;
  while (at < ceiling) {
    if (text[at] === ' ' && at > position) {
      seen += 1;
      if (seen > words) return at;
    }
    at += 1;
  }
  return ceiling;
}

function anyMatch(patterns: RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}

/**
 * Reads a text with every language's rules and returns the hits that no negation, employer
 * payment or copy cue cancels. Pure; the rule tables are compiled once at load.
 */
export function findTextMatches(original: string, compiled: CompiledRules = COMPILED): TextMatch[] {
  const { text, origin } = normaliseWithOrigin(original);
  const matches: TextMatch[] = [];
  for (const [start, end] of clauses(text, compiled.clauseBreak)) {
    const clause = text.slice(start, end);
    let employerPays: boolean | undefined;
    for (const rule of compiled.rules) {
      for (const hit of clause.matchAll(rule.pattern)) {
        const hitStart = start + hit.index;
        const hitEnd = hitStart + hit[0].length;
        const around = text.slice(
          wordsBefore(text, hitStart, NEGATION_WORDS_BEFORE, start),
          wordsAfter(text, hitEnd, NEGATION_WORDS_AFTER, end),
        );
        if (anyMatch(compiled.negations, around)) continue;
        if (rule.excusedByEmployerPaying) {
          employerPays ??= anyMatch(compiled.employerPays, clause);
          if (employerPays) continue;
        }
        if (rule.code === 'DOCUMENT_RETENTION') {
          const before = text.slice(wordsBefore(text, hitStart, COPY_WORDS_BEFORE, start), hitEnd);
          if (anyMatch(compiled.copyCues, before)) continue;
        }
        const quote = original.slice(origin[hitStart], (origin[hitEnd - 1] ?? hitStart) + 1);
        matches.push({ code: rule.code, language: rule.language, quote: quote.trim() });
      }
    }
  }
  return matches;
}
