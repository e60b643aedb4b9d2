/**
 * Text folding for taxonomy search in every script ESCO is published in: pure functions.
 *
 * NFKD splits Latin accents (é -> e + ´), Greek tonos, Cyrillic breves and Arabic hamza
 * and madda forms (أ -> ا + mark); dropping every non-spacing mark removes them all. The
 * letters NFKD leaves whole are mapped by hand: German ß, Polish ł, Nordic ø and æ, ...
 * Arabic is folded like the vacancy screening folds it (tashkeel, tatweel, ta marbuta,
 * alef maqsura, Arabic-Indic digits), so both features read a text alike.
 */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
  ħ: 'h',
  Ħ: 'h',
  ı: 'i',
  ĸ: 'k',
  ŀ: 'l',
  ς: 'σ',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ـ: '',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;

function arabicDigit(char: string): string {
  const code = char.codePointAt(0)!;
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Lower case with accents and letter variants folded; punctuation and spacing are kept. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(LETTER_PATTERN, (char) => LETTERS[char]!)
    .replace(ARABIC_DIGITS, arabicDigit);
}

/** One word of a text: as written (lower case), folded, and where it stands in the original. */
export interface Token {
  raw: string;
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}]+/gu;

/** The words of a text (letters, digits and their marks), folded, with their spans in the original. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].toLowerCase();
    const folded = foldText(raw);
    if (folded !== '') tokens.push({ raw, text: folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Just the folded words. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}
