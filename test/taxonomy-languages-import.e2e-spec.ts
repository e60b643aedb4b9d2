import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseEscoWithLanguages } from 'src/taxonomy/import/esco-languages';
import { readEscoSource } from 'src/taxonomy/import/esco-source';
import { ImportReport, TaxonomyImportService } from 'src/taxonomy/import/taxonomy-import.service';
import { escoSubset, tempDir } from './support/esco-fixture';
import { writeCsv, writeLanguageSubset } from './support/language-fixture';
import { startTestApp, TestApp } from './setup/test-app';

const OCCUPATION_FILES = ['occupations_fr.csv', 'occupations_de.csv', 'occupations_pl.csv', 'occupations_bg.csv'];
const SKILL_FILES = ['skills_fr.csv', 'skills_es.csv'];
const UNKNOWN = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000';

/**
 * Labels in other languages go through the real importer: a subset of the English download
 * plus the real per-language files cut down to its concepts, one of them with a row for an
 * occupation the English set does not have.
 */
describe('ESCO import of labels in other languages', () => {
  let t: TestApp;
  let importer: TaxonomyImportService;
  let dir: string;
  let counts: Record<string, number>;
  const cleanup: string[] = [];

  const importFrom = (paths: string[], force = false): Promise<ImportReport> => {
    const source = readEscoSource(paths);
    const { data, skipped } = parseEscoWithLanguages(source);
    return importer.importData(data, {
      version: source.version,
      checksum: source.checksum,
      source: source.description,
      skipped,
      force,
    });
  };
  const labelCount = async (table: string, language: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE language = $1`, [language]))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    importer = t.app.get(TaxonomyImportService);
    dir = escoSubset(150).dir;
    cleanup.push(dir);
    const read = (file: string) =>
      parse<Record<string, string>>(readFileSync(join(dir, file)), { columns: true, bom: true });
    const uris = new Set([...read('occupations_en.csv'), ...read('skills_en.csv')].map((r) => r.conceptUri!));
    counts = writeLanguageSubset(dir, [...OCCUPATION_FILES, ...SKILL_FILES], uris);
    const fr = join(dir, 'occupations_fr.csv');
    const rows = parse<Record<string, string>>(readFileSync(fr), { columns: true });
    writeCsv(fr, [...rows, { conceptUri: UNKNOWN, preferredLabel: 'métier inconnu', altLabels: '' }]);
  });
  afterAll(async () => {
    await t?.close();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  it('imports each language file, skips and counts labels of unknown concepts, records counts per language', async () => {
    const report = await importFrom([dir]);
    expect(report.changed).toBe(true);
    expect(counts['occupations_fr.csv']).toBeGreaterThan(100);
    expect(report.languages.fr).toMatchObject({
      occupations: counts['occupations_fr.csv'],
      skills: counts['skills_fr.csv'],
      skipped: 1,
    });
    expect(report.languages.de).toMatchObject({ occupations: counts['occupations_de.csv'], skipped: 0 });
    expect(report.languages.es).toMatchObject({ occupations: 0, skills: counts['skills_es.csv'] });
    expect(report.skipped).toContainEqual(
      expect.objectContaining({ file: 'occupations_fr.csv', reason: expect.stringMatching(/not in the English set/) }),
    );
    expect(await labelCount('occupation_label', 'pl')).toBe(counts['occupations_pl.csv']);
    const [record] = await t.dataSource.query(
      `SELECT languages FROM taxonomy_import ORDER BY imported_at DESC LIMIT 1`,
    );
    expect(record.languages.fr).toEqual({
      occupations: counts['occupations_fr.csv'],
      skills: counts['skills_fr.csv'],
      skipped: 1,
    });
  });

  it('changes nothing when the same files are imported again, even when forced', async () => {
    expect((await importFrom([dir])).changed).toBe(false);
    const forced = await importFrom([dir], true);
    expect(forced.changed).toBe(false);
    expect(forced.languages.de!.changes?.occupation).toEqual({ inserted: 0, updated: 0, deleted: 0 });
  });

  it('keeps the old labels when a language file fails half-way, and names a file that lacks a column', async () => {
    const broken = tempDir('esco-broken');
    cleanup.push(broken);
    cpSync(dir, broken, { recursive: true });
    const source = readEscoSource([broken]);
    const { data } = parseEscoWithLanguages(source);
    const labels = data.languageLabels!;
    // German is written first; then a NUL character in the last file (French skills), which
    // PostgreSQL refuses, fails the import inside its transaction.
    labels.find((l) => l.language === 'de')!.rows[0]!.preferredLabel = 'geändert';
    labels.find((l) => l.kind === 'skill' && l.language === 'fr')!.rows.at(-1)!.preferredLabel = 'x\u0000y';
    const before = await t.dataSource.query(`SELECT * FROM occupation_label ORDER BY occupation_id, language`);
    await expect(
      importer.importData(data, { version: 'broken', checksum: 'broken', source: broken }),
    ).rejects.toThrow();
    expect(await t.dataSource.query(`SELECT * FROM occupation_label ORDER BY occupation_id, language`)).toEqual(before);

    writeFileSync(join(broken, 'occupations_pl.csv'), 'conceptUri,preferredLabel\nhttp://x,y\n');
    expect(() => parseEscoWithLanguages(readEscoSource([broken]))).toThrow(/occupations_pl\.csv lacks .*altLabels/);
  });

  it('leaves a language alone when a later import does not bring its file', async () => {
    const withoutGerman = tempDir('esco-no-de');
    cleanup.push(withoutGerman);
    cpSync(dir, withoutGerman, { recursive: true });
    unlinkSync(join(withoutGerman, 'occupations_de.csv'));
    const report = await importFrom([withoutGerman]);
    expect(report.languages.de?.changes).toBeUndefined();
    expect(await labelCount('occupation_label', 'de')).toBe(counts['occupations_de.csv']);
  });
});
