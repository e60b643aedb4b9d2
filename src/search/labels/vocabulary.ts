import { COMPOUNDING } from 'src/search/labels/label-text';
import { foldText } from 'src/search/text/fold';
import { Stemmer, termStemmer } from 'src/search/text/stem';

/** One index term a query word stands for, with how much to trust the link (1 = the same word). */
export interface Expansion {
  term: number;
  weight: number;
}

export interface ExpansionWeights {
  /** A word sharing a long prefix (another gender or inflection: soudeur / soudeuse). */
  prefix: number;
  /** A compound whose last part is the word (Schweißer -> Metallschweißer). */
  compound: number;
  /** The last part of an unknown compound (Metallbauschweißer -> Schweißer). */
  head: number;
  /** A word one or two edits away, for an unknown word (weldr -> welder). */
  typo: number;
}

const MAX_COMPOUNDS = 40;
const MAX_TYPO_CANDIDATES = 50;

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) out.push(padded.slice(i, i + 3));
  return out;
}

/** Damerau-Levenshtein distance, giving up (returning max + 1) past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * The words of one language's labels: their terms (stems), and the ways an unknown or
 * differently inflected query word is linked to them (prefixes, compounds, typos).
 */
export class Vocabulary {
  readonly stem: Stemmer;
  /** Folded word -> term id. */
  private readonly words = new Map<string, number>();
  /** Word as written -> term id: most words recur, and folding and stemming are the slow part. */
  private readonly written = new Map<string, number>();
  private sorted: string[] = [];
  private grams = new Map<string, number[]>();
  private compounds = new Map<number, number[]>();

  constructor(
    readonly language: string,
    /** Term string -> global term id, shared by every vocabulary of the index (creates new ids). */
    private readonly termIds: (language: string, term: string) => number,
    /** The same without creating: undefined for a term no label has. */
    private readonly knownTerm: (language: string, term: string) => number | undefined,
  ) {
    this.stem = termStemmer(language);
  }

  /** Registers a word (lower case, as written) and returns its term id. */
  add(raw: string): number {
    const seen = this.written.get(raw);
    if (seen !== undefined) return seen;
    const folded = foldText(raw);
    let term = this.words.get(folded);
    if (term === undefined) {
      term = this.termIds(this.language, this.stem(raw));
      this.words.set(folded, term);
    }
    this.written.set(raw, term);
    return term;
  }

  /** Builds the lookup structures once every word is in. */
  seal(): void {
    this.written.clear();
    this.sorted = [...this.words.keys()].sort();
    this.grams = new Map();
    this.sorted.forEach((word, index) => {
      if (word.length < 4) return;
      for (const gram of new Set(trigrams(word))) {
        let list = this.grams.get(gram);
        if (!list) this.grams.set(gram, (list = []));
        list.push(index);
      }
    });
    this.compounds = new Map();
    if (!COMPOUNDING.has(this.language)) return;
    for (const word of this.sorted) {
      for (let cut = 3; word.length - cut >= 4; cut += 1) {
        const head = this.words.get(word.slice(cut));
        if (head === undefined) continue;
        let list = this.compounds.get(head);
        if (!list) this.compounds.set(head, (list = []));
        if (list.length < MAX_COMPOUNDS) list.push(this.words.get(word)!);
        break;
      }
    }
  }

  get size(): number {
    return this.words.size;
  }

  /** The term of a word, when the language's labels use it (or its stem). */
  exact(raw: string, folded: string): number | undefined {
    return this.words.get(folded) ?? this.knownTerm(this.language, this.stem(raw));
  }

  /**
   * Every term a query word may stand for in this language, best link per term. `fuzzy`
   * adds, for a word the language does not know, compound heads and typos (the costly part).
   */
  expand(raw: string, folded: string, weights: ExpansionWeights, fuzzy = true): Expansion[] {
    const found = new Map<number, number>();
    const put = (term: number, weight: number) => {
      if ((found.get(term) ?? 0) < weight) found.set(term, weight);
    };
    const exact = this.exact(raw, folded);
    if (exact !== undefined) {
      put(exact, 1);
      for (const compound of this.compounds.get(exact) ?? []) put(compound, weights.compound);
    }
    if (folded.length >= 6) this.prefixVariants(folded, (term) => put(term, weights.prefix));
    if (fuzzy && exact === undefined && folded.length >= 4) {
      const head = this.compoundHead(folded);
      if (head !== undefined) put(head, weights.head);
      for (const term of this.typos(folded)) put(term, weights.typo);
    }
    return [...found].map(([term, weight]) => ({ term, weight }));
  }

  private prefixVariants(word: string, take: (term: number) => void): void {
    const prefix = word.slice(0, 5);
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i += 1) {
      const other = this.sorted[i]!;
      if (commonPrefix(word, other) >= 0.7 * Math.max(word.length, other.length)) take(this.words.get(other)!);
    }
  }

  private compoundHead(word: string): number | undefined {
    if (!COMPOUNDING.has(this.language)) return undefined;
    for (let cut = 3; word.length - cut >= 4; cut += 1) {
      const head = this.words.get(word.slice(cut));
      if (head !== undefined) return head;
    }
    return undefined;
  }

  private typos(word: string): number[] {
    const counts = new Map<number, number>();
    const grams = trigrams(word);
    for (const gram of grams) {
      for (const index of this.grams.get(gram) ?? []) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const max = word.length >= 8 ? 2 : 1;
    // One edit changes up to three trigrams (a swap of two letters four).
    const needed = Math.max(1, grams.length - 3 * max - 1);
    const candidates = [...counts]
      .filter(([, n]) => n >= needed)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_TYPO_CANDIDATES);
    const out: number[] = [];
    for (const [index] of candidates) {
      const other = this.sorted[index]!;
      if (editDistance(word, other, max) <= max) out.push(this.words.get(other)!);
    }
    return out;
  }
}
