/** Flag codes that come from reading text (pay plausibility reads the salary instead). */
export type TextRuleCode = 'FEE_REQUEST' | 'DOCUMENT_RETENTION';

/**
 * The screening vocabulary of one language. Every entry is a regular-expression source
 * written in plain words: the engine folds it like the text it reads (lower case, no
 * accents, Arabic letter forms unified) but leaves escapes alone, so write "Gebühr" or
 * "أجور" as you would read them and `(?:\S+\s){0,2}?` for "up to two words". Texts have
 * single spaces. Matches are whole words: the engine adds the word boundaries.
 *
 * Every language's cues apply to every text, because vacancies mix languages ("No fees /
 * لا رسوم"); a cue must therefore not be an ordinary word in another language.
 */
export interface LanguageRules {
  /** ISO 639-1 code, for documentation and per-language tests. */
  language: string;
  rules: {
    /** Costs mentioned ("visa fees", "frais de dossier"): an employer-pays phrase in the same clause cancels them. */
    feeMentions: string[];
    /** Costs demanded of the candidate ("you must pay", "a deposit"): only a negation cancels them. */
    feeDemands: string[];
    /** Handing over or leaving passports and identity papers. */
    documentRetention: string[];
  };
  /** Words that cancel a match a few words around it: "no fees", "never retained". */
  negations: string[];
  /** Phrases saying the employer bears a cost; they cancel fee matches in the same clause. */
  employerPays: string[];
  /** Phrases that make a document request harmless: "a copy of your passport". */
  copyCues: string[];
  /** Contrast words that start a new clause: "no fees, but a deposit of 500 EUR". */
  clauseBreaks: string[];
  /** Clitics written onto words (Arabic "و", "بال", "ك"), as regex sources. */
  prefix?: string;
  suffix?: string;
}
