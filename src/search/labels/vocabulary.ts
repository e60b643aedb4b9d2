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
/** Words whose links a vocabulary remembers (most words of titles and texts recur); cleared when full. */
const MAX_CACHED_WORDS = 20_000;
const NO_TERMS: readonly number[] = [];

/** The cheap links of one word: its own term (-1: none), and the terms of words sharing a long prefix. */
export interface WordLinks {
  exact: number;
  prefix: readonly number[];
}

/** The letter trigrams of a word padded with ^ and $, each as one number (three UTF-16 codes). */
function trigrams(word: string): number[] {
  const padded = `^${word}$`;
  const out: number[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    out.push(padded.charCodeAt(i) * 2 ** 32 + padded.charCodeAt(i + 1) * 2 ** 16 + padded.charCodeAt(i + 2));
  }
  return out;
}

/** Position of `key` in the sorted `keys`, or -1. */
function findKey(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key ? lo : -1;
}

// Rows of the edit-distance table, reused: words are short and one search runs at a time.
let rows: Int32Array[] = [];

/** Damerau-Levenshtein distance, giving up (returning max + 1) past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows.length <= a.length || rows[0]!.length <= b.length) {
    const size = Math.max(a.length, b.length, 32) + 1;
    rows = Array.from({ length: size }, () => new Int32Array(size));
  }
  for (let i = 0; i <= a.length; i += 1) rows[i]![0] = i;
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let best = Infinity;
    const row = rows[i]!;
    const up = rows[i - 1]!;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
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
  /**
   * Trigram -> sorted words (of four letters or more) holding it, as flat arrays: the words
   * of gramKeys[g] are gramWords[gramStart[g] .. gramStart[g + 1]).
   */
  private gramKeys = new Float64Array(0);
  private gramStart = new Int32Array(1);
  private gramWords = new Int32Array(0);
  /** Term of each sorted word. */
  private sortedTerms = new Int32Array(0);
  /** Scratch for typo search: trigrams shared with the word, per sorted word. */
  private gramCounts = new Uint8Array(0);
  private compounds = new Map<number, number[]>();
  private readonly cache = new Map<string, WordLinks>();

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
    this.sortedTerms = Int32Array.from(this.sorted, (word) => this.words.get(word)!);
    this.gramCounts = new Uint8Array(this.sorted.length);
    // (trigram, word) pairs sorted by trigram then word, cut into one run per trigram.
    const pairs: [number, number][] = [];
    this.sorted.forEach((word, index) => {
      if (word.length < 4) return;
      for (const gram of new Set(trigrams(word))) pairs.push([gram, index]);
    });
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const keys: number[] = [];
    const starts: number[] = [];
    pairs.forEach(([gram], i) => {
      if (i === 0 || gram !== pairs[i - 1]![0]) {
        keys.push(gram);
        starts.push(i);
      }
    });
    starts.push(pairs.length);
    this.gramKeys = Float64Array.from(keys);
    this.gramStart = Int32Array.from(starts);
    this.gramWords = Int32Array.from(pairs, (pair) => pair[1]);
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

  /** Rough bytes held: words (map entries with their strings), flat arrays, compounds, cached links. */
  approximateBytes(): number {
    let compounds = 0;
    for (const list of this.compounds.values()) compounds += 40 + list.length * 4;
    return (
      this.words.size * 88 +
      this.sortedTerms.byteLength +
      this.gramCounts.byteLength +
      this.gramKeys.byteLength +
      this.gramStart.byteLength +
      this.gramWords.byteLength +
      compounds +
      this.cache.size * 120
    );
  }

  /** The term of a word, when the language's labels use it (or its stem). */
  exact(raw: string, folded: string): number | undefined {
    return this.words.get(folded) ?? this.knownTerm(this.language, this.stem(raw));
  }

  /**
   * The word's own term and its prefix variants, stemmed and looked up once per word and
   * then remembered: stemming is the slow part of reading a query.
   */
  links(raw: string, folded: string): WordLinks {
    let links = this.cache.get(raw);
    if (links) return links;
    const exact = this.exact(raw, folded) ?? -1;
    const prefix: number[] = [];
    if (folded.length >= 6)
      this.prefixVariants(folded, (term) => {
        if (term !== exact && !prefix.includes(term)) prefix.push(term);
      });
    links = { exact, prefix: prefix.length > 0 ? prefix : NO_TERMS };
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(raw, links);
    return links;
  }

  /** Terms of compounds ending in the term (Schweißer -> Metallschweißer). */
  compoundsOf(term: number): readonly number[] {
    return this.compounds.get(term) ?? NO_TERMS;
  }

  /**
   * Every term a query word may stand for in this language, best link per term. `fuzzy`
   * adds, for a word the language does not know, compound heads and typos (the costly part).
   * Links weighing 0 are left out.
   */
  expand(raw: string, folded: string, weights: ExpansionWeights, fuzzy = true): Expansion[] {
    const found = new Map<number, number>();
    const put = (term: number, weight: number) => {
      if (weight > 0 && (found.get(term) ?? 0) < weight) found.set(term, weight);
    };
    const { exact, prefix } = this.links(raw, folded);
    if (exact !== -1) {
      put(exact, 1);
      if (weights.compound > 0) for (const compound of this.compoundsOf(exact)) put(compound, weights.compound);
    }
    if (weights.prefix > 0) for (const term of prefix) put(term, weights.prefix);
    if (fuzzy && exact === -1 && folded.length >= 4) {
      if (weights.head > 0) {
        const head = this.compoundHead(folded);
        if (head !== undefined) put(head, weights.head);
      }
      if (weights.typo > 0) for (const term of this.typos(folded)) put(term, weights.typo);
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
      if (commonPrefix(word, other) >= 0.7 * Math.max(word.length, other.length)) take(this.sortedTerms[i]!);
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
    const counts = this.gramCounts;
    const touched: number[] = [];
    const grams = trigrams(word);
    for (const gram of new Set(grams)) {
      const g = findKey(this.gramKeys, gram);
      if (g === -1) continue;
      for (let i = this.gramStart[g]!; i < this.gramStart[g + 1]!; i += 1) {
        const index = this.gramWords[i]!;
        if (counts[index] === 0) touched.push(index);
        if (counts[index]! < 255) counts[index]! += 1;
      }
    }
    const max = word.length >= 8 ? 2 : 1;
    // One edit changes up to three trigrams (a swap of two letters four).
    const needed = Math.max(1, grams.length - 3 * max - 1);
    const candidates = touched
      .filter((index) => counts[index]! >= needed)
      .sort((a, b) => counts[b]! - counts[a]! || a - b)
      .slice(0, MAX_TYPO_CANDIDATES);
    for (const index of touched) counts[index] = 0;
    const out: number[] = [];
    for (const index of candidates) {
      if (editDistance(word, this.sorted[index]!, max) <= max) out.push(this.sortedTerms[index]!);
    }
    return out;
  }
}
