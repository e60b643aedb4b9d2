import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { languageFileOf, LanguageLabels, parseLanguageFile } from 'src/taxonomy/import/esco-languages';

/** The real per-language ESCO labels, read from the shared data folder (never copied into the project). */
export const I18N_DIR = join(process.cwd(), '../shared/data/esco-v1.1.1-i18n');

type Row = Record<string, string>;
const quote = (value: string | undefined) => `"${(value ?? '').replace(/"/g, '""')}"`;

/** Writes `rows` as an ESCO-style CSV (quoted cells, labels one per line inside a cell). */
export function writeCsv(path: string, rows: Row[], columns = Object.keys(rows[0] ?? {})): void {
  writeFileSync(
    path,
    `${[columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c])).join(','))].join('\n')}\n`,
  );
}

/** The rows of a real language file (such as `occupations_fr.csv`) whose URIs are in `uris`. */
export function languageRows(name: string, uris: ReadonlySet<string>): Row[] {
  const rows = parse<Row>(readFileSync(join(I18N_DIR, name)), { columns: true, bom: true });
  return rows.filter((r) => uris.has(r.conceptUri!));
}

/** Copies the given language files into `dir`, cut down to the concepts in `uris`. */
export function writeLanguageSubset(dir: string, names: string[], uris: ReadonlySet<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) {
    const rows = languageRows(name, uris);
    writeCsv(join(dir, name), rows);
    counts[name] = rows.length;
  }
  return counts;
}

/** Parsed labels of the given real files for the concepts in `uris` (for importing next to the demo taxonomy). */
export function languageLabelsFor(names: string[], uris: ReadonlySet<string>): LanguageLabels[] {
  return names.map((name) => {
    const file = languageFileOf(name)!;
    return parseLanguageFile({ ...file, name, content: readFileSync(join(I18N_DIR, name)) }, uris).labels;
  });
}
