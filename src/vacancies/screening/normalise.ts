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

export function normaliseWithOrigin(original: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = /[\n\r\u2028\u2029]/u.test(char) ? '\n' : /\s/u.test(char) ? ' ' : foldCharacter(char);
    for (const out of folded) {
      // Runs of spaces become one, so rules can write a single `\s`; line breaks stay, as
      // they end clauses.
      const previous = text.at(-1);
      if (out === ' ' && (previous === undefined || previous === ' ' || previous === '\n')) continue;
      if (out === '\n' && (previous === undefined || previous === '\n')) continue;
      text += out;
      origin.push(index);
    }
    index += char.length;
  }
  return { text, origin };
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
