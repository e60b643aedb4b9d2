import { normaliseText } from 'src/vacancies/screening/normalise';
import { Cue, CUES, Lexicon } from 'src/vacancies/screening/engine/lexicon';
import { Token } from 'src/vacancies/screening/engine/tokens';

/** A lexicon entry found in a text: tokens `start` to `end` (exclusive). */
export interface Hit {
  cue: Cue;
  language: string;
  start: number;
  end: number;
}

type WordKind = 'exact' | 'prefix' | 'suffix' | 'infix';

interface WordPattern {
  kind: WordKind;
  text: string;
}

interface Slot {
  words: WordPattern[];
  optional: boolean;
  /** Up to this many arbitrary tokens (a `~n` slot); words is then empty. */
  gap: number;
}

interface Entry {
  cue: Cue;
  language: string;
  slots: Slot[];
}

const WORD = /^[\p{L}\p{M}\p{N}€$£₺₹₱₦]+$/u;
const ARABIC_LETTER = /^[\u0600-\u06ff]/u;
const MIN_STEM = 3;
// No real word is longer; longer tokens (a text without spaces) are only matched exactly.
const MAX_AFFIX_SCAN = 40;

function parseWord(source: string, entry: string): WordPattern {
  const leading = source.startsWith('*');
  const trailing = source.length > 1 && source.endsWith('*');
  const text = source.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (!WORD.test(text)) throw new Error(`Lexicon entry "${entry}": "${source}" is not a word`);
  const kind: WordKind = leading && trailing ? 'infix' : leading ? 'suffix' : trailing ? 'prefix' : 'exact';
  return { kind, text };
}

function parseEntry(source: string, cue: Cue, language: string): Entry {
  // Folded like the texts; apostrophes and hyphens separate words as they do in texts.
  const folded = normaliseText(source).replace(/['-]/gu, ' ').trim();
  const slots = folded.split(/ +/u).map((part): Slot => {
    const gap = /^~(\d)$/u.exec(part);
    if (gap) return { words: [], optional: true, gap: Number(gap[1]) };
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    return { words: body.split('|').map((word) => parseWord(word, source)), optional, gap: 0 };
  });
  if (slots[0]!.gap > 0 || slots.at(-1)!.gap > 0)
    throw new Error(`Lexicon entry "${source}" starts or ends with a gap`);
  return { cue, language, slots };
}

/** Entries whose first slot is optional are indexed twice: with it and without it. */
function expandOptionalStart(entry: Entry): Entry[] {
  if (!entry.slots[0]!.optional || entry.slots.length === 1) return [entry];
  return [
    { ...entry, slots: [{ ...entry.slots[0]!, optional: false }, ...entry.slots.slice(1)] },
    ...expandOptionalStart({ ...entry, slots: entry.slots.slice(1) }),
  ];
}

function wordMatches(word: WordPattern, form: string): boolean {
  switch (word.kind) {
    case 'exact':
      return form === word.text;
    case 'prefix':
      return form.startsWith(word.text);
    case 'suffix':
      return form.endsWith(word.text);
    case 'infix':
      return form.length <= MAX_AFFIX_SCAN && form.includes(word.text);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds every lexicon entry in a tokenised text. Entries are indexed by their first word, so
 * each token costs a handful of map look-ups however many languages and entries there are.
 */
export class Tagger {
  private readonly exact = new Map<string, Entry[]>();
  private readonly prefix = new Map<string, Entry[]>();
  private readonly suffix = new Map<string, Entry[]>();
  private readonly infix: { text: string; entries: Entry[] }[] = [];
  private readonly prefixLengths: number[];
  private readonly suffixLengths: number[];
  private readonly cliticPrefixes: string[];
  private readonly cliticSuffixes: string[];
  /** The script of each lexicon's language ("latin" unless it says otherwise). */
  readonly scripts: ReadonlyMap<string, string>;
  /** Languages whose clauses open with their verb. */
  readonly verbFirst: ReadonlySet<string>;

  constructor(lexicons: readonly Lexicon[]) {
    const infix = new Map<string, Entry[]>();
    this.scripts = new Map(lexicons.map((lexicon) => [lexicon.language, lexicon.script ?? 'latin']));
    this.verbFirst = new Set(lexicons.filter((lexicon) => lexicon.verbFirst).map((lexicon) => lexicon.language));
    for (const lexicon of lexicons) {
      for (const cue of Object.keys(lexicon.cues) as Cue[]) {
        if (!CUES.includes(cue)) throw new Error(`Lexicon ${lexicon.language}: unknown cue ${cue}`);
        const sources = (lexicon.cues[cue] ?? '').split(',').map((source) => source.trim());
        for (const source of sources.filter(Boolean)) {
          for (const entry of expandOptionalStart(parseEntry(source, cue, lexicon.language))) {
            for (const word of entry.slots[0]!.words) {
              const index = { exact: this.exact, prefix: this.prefix, suffix: this.suffix, infix }[word.kind];
              push(index, word.text, entry);
            }
          }
        }
      }
    }
    for (const [text, entries] of infix) this.infix.push({ text, entries });
    const lengths = (map: Map<string, Entry[]>): number[] => [...new Set([...map.keys()].map((key) => key.length))];
    this.prefixLengths = lengths(this.prefix);
    this.suffixLengths = lengths(this.suffix);
    const fold = (parts: string[]): string[] => parts.map((part) => normaliseText(part));
    this.cliticPrefixes = fold(lexicons.flatMap((lexicon) => lexicon.clitics?.prefixes ?? []));
    this.cliticSuffixes = fold(lexicons.flatMap((lexicon) => lexicon.clitics?.suffixes ?? []));
  }

  /** The token and, for scripts that attach clitics, the token without them. */
  forms(token: string): string[] {
    const forms = [token];
    if (this.cliticPrefixes.length === 0 || token.length > MAX_AFFIX_SCAN || !ARABIC_LETTER.test(token)) return forms;
    const stems = [token, ...this.cliticPrefixes.filter((p) => token.startsWith(p)).map((p) => token.slice(p.length))];
    // Arabic words have at least three letters once their clitics are gone: "سلم" is not
    // "س" + "لم" (a negation).
    for (const stem of stems) {
      if (stem !== token && stem.length >= MIN_STEM) forms.push(stem);
      for (const suffix of this.cliticSuffixes) {
        if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM) forms.push(stem.slice(0, -suffix.length));
      }
    }
    return [...new Set(forms)];
  }

  tag(tokens: readonly Token[], clauseOf: readonly number[]): Hit[] {
    // Texts repeat their words: look each distinct word up once.
    const formsOf = new Map<string, string[]>();
    const candidatesOf = new Map<string, Entry[]>();
    const forms = tokens.map((token) => {
      let found = formsOf.get(token.text);
      if (!found) formsOf.set(token.text, (found = this.forms(token.text)));
      return found;
    });
    const hits: Hit[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      const text = tokens[index]!.text;
      let candidates = candidatesOf.get(text);
      if (!candidates) candidatesOf.set(text, (candidates = this.candidates(forms[index]!)));
      for (const entry of candidates) {
        const end = this.matchFrom(entry.slots, 0, index, forms, clauseOf, clauseOf[index]!);
        if (end !== undefined) hits.push({ cue: entry.cue, language: entry.language, start: index, end });
      }
    }
    return hits;
  }

  private candidates(forms: string[]): Entry[] {
    const found = new Set<Entry>();
    const add = (entries: Entry[] | undefined): void => entries?.forEach((entry) => found.add(entry));
    for (const form of forms) {
      add(this.exact.get(form));
      if (form.length > MAX_AFFIX_SCAN) continue;
      for (const length of this.prefixLengths) if (length <= form.length) add(this.prefix.get(form.slice(0, length)));
      for (const length of this.suffixLengths) if (length <= form.length) add(this.suffix.get(form.slice(-length)));
      for (const { text, entries } of this.infix) if (form.includes(text)) add(entries);
    }
    return [...found];
  }

  /** Token index after the entry's last word, when slots from `slot` on match from `at`. */
  private matchFrom(
    slots: Slot[],
    slot: number,
    at: number,
    forms: string[][],
    clauseOf: readonly number[],
    clause: number,
  ): number | undefined {
    if (slot === slots.length) return at;
    const current = slots[slot]!;
    if (current.gap > 0) {
      for (let skip = 0; skip <= current.gap; skip += 1) {
        if (skip > 0 && clauseOf[at + skip - 1] !== clause) break;
        const end = this.matchFrom(slots, slot + 1, at + skip, forms, clauseOf, clause);
        if (end !== undefined) return end;
      }
      return undefined;
    }
    if (at < forms.length && clauseOf[at] === clause) {
      const tokenForms = forms[at]!;
      if (current.words.some((word) => tokenForms.some((form) => wordMatches(word, form)))) {
        const end = this.matchFrom(slots, slot + 1, at + 1, forms, clauseOf, clause);
        if (end !== undefined) return end;
      }
    }
    return current.optional ? this.matchFrom(slots, slot + 1, at, forms, clauseOf, clause) : undefined;
  }
}
