import { normaliseWithOrigin } from 'src/vacancies/screening/normalise';
import { Cue } from 'src/vacancies/screening/engine/lexicon';
import { Hit, Tagger } from 'src/vacancies/screening/engine/tagger';
import { numericValue, Token, tokenise } from 'src/vacancies/screening/engine/tokens';

export interface Span {
  start: number;
  end: number;
}

// A language counts as present in a text from this score on (a function word counts two,
// another word of its lexicon one) ...
const LANGUAGE_MIN_SCORE = 3;
// Words sharing their first letters with a title word name the occupation: "chauffeur", "Chauffeurs".
const OCCUPATION_STEM = 5;
// ... and when it is not far behind the main language of its script: "no" in a Portuguese
// text ("no escritório", in the office) is not read as Spanish or English.
const LANGUAGE_MIN_SHARE = 0.4;

function lowerBound(hits: Hit[], start: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hits[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A text read once: tokens, clauses, and every cue found, indexed so that the situation
 * rules can ask "is there a negation in the four words before this?" in logarithmic time.
 */
export class Analysis {
  readonly tokens: Token[];
  /** Clause index of each token. */
  readonly clauseOf: number[];
  readonly clauses: Span[];
  /** Languages whose function words the text uses; empty when it uses none we know. */
  readonly languages: ReadonlySet<string>;
  /** Languages whose clauses open with their verb. */
  readonly verbFirst: ReadonlySet<string>;
  private readonly byCue = new Map<Cue, Hit[]>();
  private readonly original: string;
  private readonly origin: number[];
  private readonly titleStems = new Set<string>();
  private sentences: Span[] | undefined;

  constructor(original: string, tagger: Tagger) {
    this.original = original;
    const { text, origin } = normaliseWithOrigin(original);
    this.origin = origin;
    this.tokens = tokenise(text);
    const titleEnd = this.tokens.findIndex((token) => token.lineBreak);
    for (const token of this.tokens.slice(0, Math.max(titleEnd, 0))) {
      if (token.text.length >= OCCUPATION_STEM) this.titleStems.add(token.text.slice(0, OCCUPATION_STEM));
    }
    const sentenceOf = this.numberClauses(() => false);
    const tagged = tagger.tag(this.tokens, sentenceOf);
    this.languages = this.detectLanguages(tagged, tagger.scripts);
    this.verbFirst = tagger.verbFirst;
    // Words are read in the languages the text is written in: Portuguese "no" (in the) is not
    // a negation, Turkish "para" (money) is not Spanish "para". Words of a script in which no
    // language stands out (a short text, a language without a lexicon) are read in all.
    const scriptOf = (language: string): string => tagger.scripts.get(language) ?? 'latin';
    const activeScripts = new Set([...this.languages].map(scriptOf));
    const hits = tagged.filter(
      (hit) =>
        hit.language === 'universal' || this.languages.has(hit.language) || !activeScripts.has(scriptOf(hit.language)),
    );
    // Contrast words ("but", "mais") start a clause, in the languages the text is written in
    // only: Romanian "ale" is not Polish "but".
    const contrastStarts = new Set(
      hits.filter((hit) => hit.cue === 'contrast' && this.languages.has(hit.language)).map((hit) => hit.start),
    );
    this.clauseOf = this.numberClauses((index) => contrastStarts.has(index));
    this.clauses = [];
    this.clauseOf.forEach((clause, index) => {
      if (clause === this.clauses.length) this.clauses.push({ start: index, end: index + 1 });
      else this.clauses[clause]!.end = index + 1;
    });
    // Words inside a set phrase ("in charge of", "bank deposit") mean nothing on their own.
    // furthest[i]: the furthest end of a set phrase starting at or before token i.
    const furthest = new Array<number>(this.tokens.length).fill(-1);
    for (const hit of hits) if (hit.cue === 'ignore') furthest[hit.start] = Math.max(furthest[hit.start]!, hit.end);
    for (let index = 1; index < furthest.length; index += 1) {
      furthest[index] = Math.max(furthest[index]!, furthest[index - 1]!);
    }
    const kept = hits.filter(
      (hit) =>
        hit.cue !== 'ignore' &&
        furthest[hit.start]! < hit.end &&
        this.clauseOf[hit.start] === this.clauseOf[hit.end - 1],
    );
    for (const hit of [...kept, ...this.amounts(kept)].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const list = this.byCue.get(hit.cue);
      if (list) list.push(hit);
      else this.byCue.set(hit.cue, [hit]);
    }
  }

  /**
   * Whether a token names the occupation of the title line ("à la charge du chauffeur" in a
   * vacancy titled "Chauffeurs VTC"): the worker, though no lexicon lists the job.
   */
  isOccupation(token: number): boolean {
    const text = this.tokens[token]?.text ?? '';
    return text.length >= OCCUPATION_STEM && this.titleStems.has(text.slice(0, OCCUPATION_STEM));
  }

  /** Whether the text uses the function words of at least one language we have a lexicon for. */
  get knownLanguage(): boolean {
    return this.languages.size > 0;
  }

  all(cue: Cue): readonly Hit[] {
    return this.byCue.get(cue) ?? [];
  }

  /** Hits of `cue` starting between tokens `from` and `to` (inclusive), in the clause of token `within`. */
  find(cue: Cue, from: number, to: number, within?: number): Hit[] {
    const hits = this.byCue.get(cue);
    if (!hits) return [];
    const clause = within === undefined ? undefined : this.clauseRange(within);
    const low = Math.max(from, clause?.start ?? from);
    const high = Math.min(to, (clause?.end ?? to + 1) - 1);
    const found: Hit[] = [];
    for (let index = lowerBound(hits, low); index < hits.length && hits[index]!.start <= high; index += 1) {
      found.push(hits[index]!);
    }
    return found;
  }

  has(cue: Cue, from: number, to: number, within?: number): boolean {
    return this.find(cue, from, to, within).length > 0;
  }

  /** Hits of `cue` sharing at least one token with `span`. */
  overlapping(cue: Cue, span: Span): Hit[] {
    // Entries are a few words long: look a little before the span for ones reaching into it.
    return this.find(cue, span.start - 8, span.end - 1).filter((hit) => hit.end > span.start);
  }

  clauseRange(token: number): Span {
    return this.clauses[this.clauseOf[token]!]!;
  }

  /** The sentence of a token: its clauses up to a sentence end ("...; 300 EUR are deducted"). */
  sentenceRange(token: number): Span {
    if (!this.sentences) {
      this.sentences = [];
      this.tokens.forEach((candidate, index) => {
        if (candidate.sentenceBreak || index === 0) this.sentences!.push({ start: index, end: index + 1 });
        else this.sentences!.at(-1)!.end = index + 1;
      });
    }
    // Binary search for the sentence that starts at or before the token.
    let low = 0;
    let high = this.sentences.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.sentences[middle]!.start <= token) low = middle;
      else high = middle - 1;
    }
    return this.sentences[low]!;
  }

  /** Whether a comma, colon or bracket separates tokens `from` and `to`. */
  segmentBreakBetween(from: number, to: number): boolean {
    for (let index = Math.min(from, to) + 1; index <= Math.max(from, to); index += 1) {
      if (this.tokens[index]?.segmentBreak) return true;
    }
    return false;
  }

  /** The original words of tokens `start` to `end` (exclusive), as written. */
  quote(span: Span): string {
    const first = this.tokens[span.start]!;
    const last = this.tokens[span.end - 1]!;
    return this.original.slice(this.origin[first.start], this.origin[last.end - 1]! + 1).trim();
  }

  private numberClauses(startsClause: (index: number) => boolean): number[] {
    let clause = -1;
    return this.tokens.map((token, index) => {
      if (token.clauseBreak || startsClause(index)) clause += 1;
      return clause;
    });
  }

  /**
   * Languages whose words the text uses, compared within each script. A word counts for a
   * language only if no other language of its script has it ("mes", "paga" are Spanish and
   * Portuguese alike); a function word counts two.
   */
  private detectLanguages(hits: Hit[], scripts: ReadonlyMap<string, string>): Set<string> {
    const scriptOf = (language: string): string => scripts.get(language) ?? 'latin';
    // For each token, the languages with a word on it ("+" marks a function word).
    const byToken = new Array<string[] | undefined>(this.tokens.length);
    for (const hit of hits) {
      if (hit.language === 'universal') continue;
      const mark = hit.cue === 'stopword' ? `+${hit.language}` : hit.language;
      for (let index = hit.start; index < hit.end; index += 1) (byToken[index] ??= []).push(mark);
    }
    const totals = new Map<string, number>();
    for (const marks of byToken) {
      if (!marks) continue;
      const languages = new Set(marks.map((mark) => (mark.startsWith('+') ? mark.slice(1) : mark)));
      for (const language of languages) {
        const shared = [...languages].some((other) => other !== language && scriptOf(other) === scriptOf(language));
        if (shared) continue;
        totals.set(language, (totals.get(language) ?? 0) + (marks.includes(`+${language}`) ? 2 : 1));
      }
    }
    const scores = [...totals].map(([language, score]) => ({ language, script: scriptOf(language), score }));
    const best = new Map<string, number>();
    for (const { script, score } of scores) best.set(script, Math.max(best.get(script) ?? 0, score));
    return new Set(
      scores
        .filter(({ script, score }) => score >= LANGUAGE_MIN_SCORE && score >= best.get(script)! * LANGUAGE_MIN_SHARE)
        .map(({ language }) => language),
    );
  }

  /**
   * A number next to a currency is an amount. Next to "per month", "gross" or a salary word it
   * is pay, not a fee; an amount of zero ("0 EUR") reads as a negation.
   */
  private amounts(hits: Hit[]): Hit[] {
    const found: Hit[] = [];
    const at = (cue: Cue): Set<number> => new Set(hits.filter((hit) => hit.cue === cue).map((hit) => hit.start));
    const rateStarts = at('rate');
    const salaryStarts = at('salary');
    for (const currency of hits.filter((hit) => hit.cue === 'currency')) {
      const before = this.tokens[currency.start - 1];
      const after = this.tokens[currency.end];
      // "200 EUR", "EUR 200", and "200 de euro" (Romanian and Spanish put "de" between).
      const beforeDe = before?.text === 'de' ? this.tokens[currency.start - 2] : undefined;
      const numberIndex = before?.isNumber
        ? currency.start - 1
        : after?.isNumber
          ? currency.end
          : beforeDe?.isNumber
            ? currency.start - 2
            : undefined;
      if (numberIndex === undefined || this.clauseOf[numberIndex] !== this.clauseOf[currency.start]) continue;
      const start = Math.min(numberIndex, currency.start);
      const end = Math.max(numberIndex + 1, currency.end);
      if (numericValue(this.tokens[numberIndex]!.text) === 0) {
        found.push({ cue: 'negation', language: 'universal', start, end });
        continue;
      }
      const near = (starts: Set<number>, from: number, to: number): boolean => {
        for (let index = from; index <= to; index += 1) if (starts.has(index)) return true;
        return false;
      };
      // "salary 1,800 EUR", "3,000 EUR bonus"; not "200 €, salaire ..." (the next item of a list).
      const salaryNext = salaryStarts.has(end) && !this.tokens[end]!.segmentBreak;
      const isPay =
        near(rateStarts, end, end + 2) ||
        near(rateStarts, start - 2, start - 1) ||
        near(salaryStarts, start - 4, start - 1) ||
        salaryNext;
      found.push({ cue: isPay ? 'payRate' : 'amount', language: 'universal', start, end });
    }
    return found;
  }
}
