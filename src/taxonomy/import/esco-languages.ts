import { parseEsco, readCsv, splitLabels } from 'src/taxonomy/import/esco-parse';
import type { EscoSource } from 'src/taxonomy/import/esco-source';
import { SkippedRow, TaxonomyData } from 'src/taxonomy/import/taxonomy-data';

/**
 * ESCO labels in languages other than English: the official download's
 * `occupations_<lang>.csv` and `skills_<lang>.csv` (or any file with at least the columns
 * conceptUri, preferredLabel and altLabels, as in `esco-v1.1.1-i18n/`). Pure functions.
 */
export type ConceptKind = 'occupation' | 'skill';

export interface LanguageLabelRow {
  uri: string;
  preferredLabel: string;
  altLabels: string[];
  hiddenLabels: string[];
}

export interface LanguageFile {
  kind: ConceptKind;
  language: string;
  name: string;
  content: Uint8Array;
}

export interface LanguageLabels {
  kind: ConceptKind;
  language: string;
  file: string;
  rows: LanguageLabelRow[];
}

/** `occupations_fr.csv` -> occupation, fr; English and every other name -> null. */
export function languageFileOf(name: string): { kind: ConceptKind; language: string } | null {
  const match = /^(occupations|skills)_([a-z]{2})\.csv$/.exec(name);
  if (!match || match[2] === 'en') return null;
  return { kind: match[1] === 'occupations' ? 'occupation' : 'skill', language: match[2]! };
}

/**
 * Reads one language file; rows whose URI is not among `knownUris` (the English concepts
 * being imported; versions differ by language) are skipped and reported.
 */
export function parseLanguageFile(
  file: LanguageFile,
  knownUris: ReadonlySet<string>,
): { labels: LanguageLabels; skipped: SkippedRow[] } {
  const skipped: SkippedRow[] = [];
  const rows: LanguageLabelRow[] = [];
  const seen = new Set<string>();
  readCsv(file.name, file.content, ['conceptUri', 'preferredLabel', 'altLabels']).forEach((r, i) => {
    const uri = r.conceptUri?.trim() ?? '';
    const preferredLabel = r.preferredLabel?.trim().replace(/\s+/g, ' ');
    const skip = (reason: string) => skipped.push({ file: file.name, line: i + 2, reason, kept: false });
    if (!uri || !preferredLabel) return skip(`${file.kind} label without a URI or preferred label`);
    if (!knownUris.has(uri)) return skip(`${file.kind} ${uri} is not in the English set`);
    if (seen.has(uri)) return skip(`${file.kind} ${uri} appears twice`);
    seen.add(uri);
    rows.push({
      uri,
      preferredLabel,
      altLabels: splitLabels(r.altLabels, preferredLabel),
      hiddenLabels: splitLabels(r.hiddenLabels, preferredLabel),
    });
  });
  return { labels: { kind: file.kind, language: file.language, file: file.name, rows }, skipped };
}

/** Reads every language file of an import against the English concepts it imports. */
export function parseLanguageFiles(
  files: LanguageFile[],
  occupationUris: ReadonlySet<string>,
  skillUris: ReadonlySet<string>,
): { labels: LanguageLabels[]; skipped: SkippedRow[] } {
  const labels: LanguageLabels[] = [];
  const skipped: SkippedRow[] = [];
  for (const file of files) {
    const parsed = parseLanguageFile(file, file.kind === 'occupation' ? occupationUris : skillUris);
    labels.push(parsed.labels);
    skipped.push(...parsed.skipped);
  }
  return { labels, skipped };
}

/** A whole download: the English files (parseEsco) plus the labels of every other language in it. */
export function parseEscoWithLanguages(source: Pick<EscoSource, 'files' | 'languageFiles'>): {
  data: TaxonomyData;
  skipped: SkippedRow[];
} {
  const { data, skipped } = parseEsco(source);
  const languages = parseLanguageFiles(
    source.languageFiles,
    new Set(data.occupations.map((o) => o.uri)),
    new Set(data.skills.map((s) => s.uri)),
  );
  return { data: { ...data, languageLabels: languages.labels }, skipped: [...skipped, ...languages.skipped] };
}
