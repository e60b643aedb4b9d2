/**
 * What a language contributes to the screening: words and phrases sorted into cues. The
 * engine (shared by every language) reads the cues together to decide who pays, who holds
 * a document and what is negated; a lexicon only says which words mean what.
 */
export const CUES = [
  // Reading the text
  'stopword', // frequent function words: tell which languages a text is written in
  'contrast', // "but", "however": a new clause begins
  'negation', // "no", "not", "never", "without", "free"
  'warning', // "beware", "scam": a text warning candidates about fraud
  'ignore', // set phrases whose words mean nothing here: "in charge of", "feel free", "bank deposit"
  // Who
  'worker', // the candidate as the one acting: "you", "candidates", "the worker"
  'employer', // the employer or recruiter as the one acting: "the employer", "we", "the agency"
  'holder', // someone else who could hold a document: "supervisor", "manager", "the office"
  'toward', // "to", "à", "an": the one named next receives, not acts ("payable to the agency")
  'must', // obligation: "must", "have to", "are required to", "we ask you to"
  // Money
  'pay', // paying: "pay", "transfer", "settle", "payable"
  'send', // sending, which is paying only when money is sent: "send 150 dollars", not "send your CV"
  'charge', // asking for money: "charge", "collect a fee", "ask for payment"
  'bear', // carrying a cost: "cover", "bear", "fund", "take care of" (who does decides)
  'paidBy', // a cost and its bearer: "paid by", "at the expense of", "the responsibility of"
  'fee', // fee words: "fee", "charge", "frais", "Gebühr"
  'cost', // weaker cost words: "cost", "expenses", "money", "sum"
  'deposit', // money held as security: "deposit", "caution", "Kaution", "fianza"
  'purpose', // what a fee is for: recruitment, placement, visa, travel, training, medical check
  'benign', // what workers ordinarily pay or have deducted: rent, meals, tax, social insurance
  'workerBears', // "at your own expense", "à votre charge", "على نفقتك"
  'employerBears', // "free of charge", "paid by the employer", "pris en charge"
  'reimburse', // "reimbursed", "refunded", "erstattet"
  'serviceDelay', // a delay tied to staying: "after six months", "at the end of the contract"
  'upfront', // "in advance", "before departure"
  'deduct', // "deducted", "withheld", "verrechnet"
  'salary', // "salary", "wages": what deductions are taken from
  'channel', // payment channels used by fraud: Western Union, MoneyGram, crypto
  'currency', // currency names and signs; next to a number they make an amount
  'rate', // "per month", "per hour", "gross": an amount that is pay, not a fee
  'intlFee', // words understood across languages ("visa", "fee", "cash"): a fee cue for any language
  // Documents
  'document', // passports and identity papers
  'handOver', // handing a document over: "hand over", "leave with", "surrender"
  'hold', // keeping a document: "keep", "hold", "retain", "confiscate"
  'workerKeeps', // "you keep your passport", "remains in your possession"
  'returned', // "handed back", "returned to you"
  'check', // a look, not a hand-over: "verify", "check", "show", "present"
  'copy', // "a copy of", "scan", "passport number": not the document itself
  'duration', // "until the end of the contract", "for the whole season"
  'collateral', // "as a guarantee", "as security"
  'official', // "embassy", "consulate": authorities that legitimately take passports
  // Found by the engine, not listed in lexicons
  'amount', // a number next to a currency, not a rate of pay
  'payRate', // an amount that is pay: "2,500 EUR per month", "salary 1,800 EUR"
] as const;

export type Cue = (typeof CUES)[number];

/**
 * One language's words. Each cue is a comma-separated list of entries; an entry is one or
 * more words separated by spaces, written as people write them (the engine folds case,
 * accents and Arabic letter forms). In a word, `a|b` offers alternatives, a trailing `*`
 * matches any ending ("pay*"), a leading `*` any beginning ("*gebühr"), both any part
 * ("*gebühr*", for German compounds). A word ending in `?` may be missing, and `~2` stands
 * for up to two words of any kind. Apostrophes separate words: write "l'employeur".
 */
export interface Lexicon {
  /** ISO 639-1 code, or "universal" for cues that hold in every language. */
  language: string;
  /** English name, for documentation. */
  name: string;
  cues: Partial<Record<Cue, string>>;
  /**
   * The script it is written in, when not Latin: languages are told apart within a script
   * ("no" is Spanish or English, not Arabic), and a text may mix scripts.
   */
  script?: 'arabic';
  /**
   * Whether clauses usually open with their verb (Arabic): a verb at the start of a clause
   * is then not taken for an imperative addressed to the reader.
   */
  verbFirst?: boolean;
  /** Letters written onto words (Arabic conjunctions, prepositions, article; attached pronouns). */
  clitics?: { prefixes: string[]; suffixes: string[] };
}
