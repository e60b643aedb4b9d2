import { tokenize, Token } from 'src/search/text/fold';

/**
 * How labels and titles are cut into words before indexing: pure functions.
 *
 * ESCO writes both genders of a title in one label, as "soudeur/soudeuse" or "Technischer
 * Leiter für .../Technische Leiterin für ...": such a label becomes one variant per form, so
 * a title matching one form matches a whole label. Single letters ("m/w/d", "h/f") and the
 * gender suffixes written after a slash ("Elektroniker/in") say nothing about the work.
 */
export function labelVariants(label: string): string[] {
  const parts = label.split('/').map((p) => p.trim());
  if (parts.length > 1 && parts.every((p) => p.replace(/[^\p{L}]/gu, '').length >= 4)) return parts;
  return [label];
}

/** The words worth indexing or matching: single letters are dropped, digits kept. */
export function indexWords(text: string): Token[] {
  return tokenize(text).filter((t) => t.text.length >= 2 || /\d/.test(t.text));
}

const WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}]+/gu;

/** The words of a label as written (lower case), for indexing: folding waits for the vocabulary's cache. */
export function labelWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 2 || /\d/.test(w));
}

// Where a language puts the word that names the work: the first word ("technicien de
// maintenance", "kierowca autobusu") or the last one before a complement ("software
// developer", "Leiter für Bühne", German compounds). Lower case, as written.
const HEAD_FIRST = new Set(['fr', 'es', 'it', 'pt', 'ro', 'pl', 'cs', 'sk', 'hr', 'sl', 'bg', 'mt', 'ga', 'ar']);
const COMPLEMENT_WORDS: Record<string, string[]> = {
  en: ['of', 'in', 'for', 'at', 'on', 'to', 'with', 'and'],
  de: ['für', 'der', 'des', 'im', 'in', 'von', 'mit', 'zur', 'zum', 'und', 'bei'],
  nl: ['van', 'voor', 'in', 'op', 'en', 'bij', 'met'],
  sv: ['för', 'inom', 'av', 'i', 'och', 'vid', 'med'],
  da: ['for', 'i', 'af', 'og', 'ved', 'med'],
  no: ['for', 'i', 'av', 'og', 'ved', 'med', 'innen'],
};

/** The position of the head word among `words` (folded), by the language's word order. */
export function headPosition(language: string, words: string[]): number {
  if (words.length === 0) return -1;
  if (HEAD_FIRST.has(language)) return 0;
  const stops = COMPLEMENT_WORDS[language];
  if (stops) {
    const cut = words.findIndex((w, i) => i > 0 && stops.includes(w));
    if (cut > 0) return cut - 1;
  }
  return words.length - 1;
}

/** Languages that write compounds as one word, whose last part names the thing. */
export const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'is', 'fi', 'et', 'hu']);

// Words of job-ad titles in the languages served that say nothing about the work itself:
// seniority, contract, working time, gender markers (m/w/d, h/f) are single letters anyway.
const TITLE_NOISE = new Set([
  'senior', 'junior', 'sr', 'jr', 'trainee', 'intern', 'internship', 'urgent', 'urgently', 'hiring', 'wanted',
  'vacancy', 'job', 'jobs', 'fulltime', 'parttime', 'full', 'part', 'time', 'temporary', 'permanent', 'contract',
  'mwd', 'wmd', 'mfd', 'hf', 'fh', 'vollzeit', 'teilzeit', 'befristet', 'unbefristet', 'minijob', 'cdi', 'cdd',
  'interim', 'alternance', 'stage', 'stagiaire', 'tiempo', 'completo', 'parcial', 'indefinido', 'praca', 'etat',
  'pelny', 'voltijd', 'deeltijd', 'vacature', 'urgente', 'se', 'busca', 'cerca', 'cherche', 'recrute', 'gesucht',
]); // prettier-ignore

/**
 * The words of a job title that name the work: bracketed asides and whatever follows a
 * dash, pipe or @ (usually a place or a company) are dropped, then seniority, contract and
 * working-time words. Falls back to every word when nothing is left.
 */
export function titleWords(title: string): Token[] {
  const main = title.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/\s[-–—|]\s|\s@\s|\|/)[0] ?? title;
  const kept = indexWords(main).filter((t) => !TITLE_NOISE.has(t.text) && !/^\d+$/.test(t.text));
  return kept.length > 0 ? kept : indexWords(title);
}

/** A piece of a text with where it stands in the original. */
export interface TextChunk {
  text: string;
  start: number;
  end: number;
}

/**
 * A long text cut into short overlapping windows within its sentences (for engines that
 * read only the first words of a query, such as Meilisearch's ten).
 */
export function textChunks(text: string, maxWords = 10, overlap = 2, maxChunks = 100): TextChunk[] {
  const chunks: TextChunk[] = [];
  for (const sentence of text.matchAll(/[^.!?;:\n\r•·]+/gu)) {
    const words = indexWords(sentence[0]);
    for (let i = 0; i < words.length && chunks.length < maxChunks; i += maxWords - overlap) {
      const window = words.slice(i, i + maxWords);
      const start = sentence.index + window[0]!.start;
      const end = sentence.index + window.at(-1)!.end;
      chunks.push({ text: text.slice(start, end), start, end });
      if (i + maxWords >= words.length) break;
    }
  }
  return chunks;
}
