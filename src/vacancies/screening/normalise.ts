/**
 * Text normalisation shared by the screening rules and the texts they read, so that a rule
 * written as "Gebühren" or "أجور" matches "GEBUHREN" or "اجور" alike.
 *
 * Each character is normalised on its own so that every output character remembers where it
 * came from: flag messages can then quote the original words, not the folded ones.
 */
export interface NormalisedText {
  text: string;
  /** For each character of `text`, its index in the original string. */
  origin: number[];
}

// Ta marbuta, alef maqsura and Persian/Urdu letters folded to the forms rules are written in.
const LETTER_FOLDS: Record<string, string> = {
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ß: 'ss',
  ـ: '', // tatweel only stretches a word
  '\u200c': '', // zero-width (non-)joiners shape Urdu and Persian letters inside a word
  '\u200d': '',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '–': '-',
  '—': '-',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
};

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

function foldCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
  if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
    return String(code - EXTENDED_ARABIC_INDIC_ZERO);
  }
  const folded = LETTER_FOLDS[char];
  if (folded !== undefined) return folded;
  // NFKD splits accents (é -> e + ´) and Arabic hamza and madda forms (أ إ آ -> ا + mark);
  // dropping every non-spacing mark then removes Latin accents and Arabic tashkeel alike.
  const decomposed = char
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
  return decomposed.length === 1 ? (LETTER_FOLDS[decomposed] ?? decomposed) : decomposed;
}

// Every character a text can hold folds the same way each time: remember the answers (the
// map is bounded by the number of distinct characters, a few thousand at most in practice).
const FOLDED = new Map<string, string>();

function foldOnce(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    folded = /[\n\r\u2028\u2029]/u.test(char) ? '\n' : /\s/u.test(char) ? ' ' : foldCharacter(char);
    FOLDED.set(char, folded);
  }
  return folded;
}

export function normaliseWithOrigin(original: string): NormalisedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let previous = '\n'; // nothing written yet: leading spaces and line breaks are dropped
  let index = 0;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    // ASCII letters, digits and punctuation need no table; the rest is looked up once.
    let folded: string;
    let width = 1;
    if (code < 128) {
      folded =
        code === 10 || code === 13
          ? '\n'
          : code === 32 || code === 9 || code === 11 || code === 12
            ? ' '
            : code >= 65 && code <= 90
              ? String.fromCharCode(code + 32)
              : code === 96
                ? "'"
                : original[index]!;
    } else {
      width = code >= 0xd800 && code <= 0xdbff && index + 1 < original.length ? 2 : 1;
      folded = foldOnce(original.slice(index, index + width));
    }
    for (let at = 0; at < folded.length; at += 1) {
      const out = folded[at]!;
      // Runs of spaces become one; line breaks stay, as they end clauses.
      if (out === ' ' && (previous === ' ' || previous === '\n')) continue;
      if (out === '\n' && previous === '\n') continue;
      parts.push(out);
      origin.push(index);
      previous = out;
    }
    index += width;
  }
  return { text: parts.join(''), origin };
}

/**
 * Folds a regular-expression source like a text, leaving its escapes (`\\S`, `\\d`) alone, so
 * rules can be written with accents and letter forms as people write them.
 */
export function foldPattern(source: string): string {
  return source.replace(/\\.|[^\\]+/gsu, (part) =>
    part.startsWith('\\') ? part : Array.from(part, (char) => foldCharacter(char)).join(''),
  );
}

export function normaliseText(original: string): string {
  return normaliseWithOrigin(original).text;
}
