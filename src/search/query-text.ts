/**
 * Query clean-up shared by the engines: pure functions, no framework.
 */

/** Words in job-ad titles that say nothing about the occupation itself. */
const TITLE_NOISE = new Set([
  'senior', 'junior', 'sr', 'jr', 'experienced', 'trainee', 'intern', 'internship', 'graduate', 'urgent', 'urgently',
  'required', 'needed', 'wanted', 'hiring', 'vacancy', 'vacancies', 'position', 'positions', 'job', 'jobs', 'opening',
  'full', 'part', 'time', 'fulltime', 'parttime', 'temporary', 'permanent', 'contract', 'level', 'entry', 'mid',
  'i', 'ii', 'iii', 'iv', 'head', 'chief', 'lead', 'principal', 'expert', 'staff', 'new', 'the', 'a', 'an', 'of', 'for',
  'and', 'in', 'at', 'to', 'with', 'or', 'on', 'we', 'are', 'is', 'our', 'team',
]); // prettier-ignore

/** Lower case, accents folded, punctuation to spaces, one space between words. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * A job title reduced to the words that name the work: seniority, contract and filler
 * words and numbers dropped; bracketed asides and text after a dash or pipe (usually a
 * place or a company) removed. Falls back to the plain words when nothing is left.
 */
export function cleanJobTitle(title: string): string {
  const main = title.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/\s[-–|]\s|\s@\s|\|/)[0] ?? title;
  const kept = words(main).filter((w) => !TITLE_NOISE.has(w) && !/^\d+$/.test(w));
  return kept.length > 0 ? kept.join(' ') : words(title).join(' ');
}

/** An OR-of-words full-text query for to_tsquery: safe, since words are [a-z0-9] only. */
export function orTsQuery(text: string): string | null {
  const unique = [...new Set(words(text))];
  return unique.length > 0 ? unique.join(' | ') : null;
}
