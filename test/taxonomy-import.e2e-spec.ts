import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { demoChecksum, demoTaxonomy, DEMO_VERSION } from 'src/taxonomy/demo/demo-taxonomy';
import { parseEsco } from 'src/taxonomy/import/esco-parse';
import { readEscoSource } from 'src/taxonomy/import/esco-source';
import { ImportReport, TaxonomyImportService } from 'src/taxonomy/import/taxonomy-import.service';
import { copyOfEsco, ESCO_DIR, ESCO_ZIPS, escoSubset } from './support/esco-fixture';
import { startTestApp, TestApp } from './setup/test-app';

/**
 * Against a real PostgreSQL server (DATABASE_URL) the whole ESCO v1.1.1 download is imported;
 * on the embedded PGlite a subset built from the same files keeps the run short.
 */
const FULL = Boolean(process.env.DATABASE_URL);

describe(`ESCO import (${FULL ? 'full v1.1.1 download' : 'subset of the v1.1.1 download'})`, () => {
  let t: TestApp;
  let importer: TaxonomyImportService;
  let dir: string;
  let expected: Record<string, number>;
  const cleanup: string[] = [];

  const importFrom = (paths: string[], force = false): Promise<ImportReport> => {
    const source = readEscoSource(paths);
    const { data, skipped } = parseEsco(source);
    return importer.importData(data, {
      version: source.version,
      checksum: source.checksum,
      source: source.description,
      skipped,
      force,
    });
  };

  beforeAll(async () => {
    t = await startTestApp();
    importer = t.app.get(TaxonomyImportService);
    if (FULL) {
      dir = ESCO_DIR;
      expected = { iscoGroups: 619, occupations: 3007, skills: 13_896, relations: 123_855 - 67 };
    } else {
      const subset = escoSubset(150);
      dir = subset.dir;
      expected = subset.counts;
      cleanup.push(dir);
    }
  });
  afterAll(async () => {
    await t?.close();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  it('replaces the demo taxonomy, keeping the ids of concepts both share', async () => {
    await importer.importData(demoTaxonomy(), { version: DEMO_VERSION, checksum: demoChecksum(), source: 'demo' });
    const [welder] = await t.dataSource.query(`SELECT id FROM occupation WHERE preferred_label = 'welder'`);

    const report = await importFrom([dir]);

    expect(report.changed).toBe(true);
    expect(report.counts).toEqual(expected);
    if (FULL) {
      expect(report.skipped.filter((s) => !s.kept)).toHaveLength(67);
      expect(report.skipped.filter((s) => s.kept)).toHaveLength(6);
      const [after] = await t.dataSource.query(`SELECT id FROM occupation WHERE preferred_label = 'welder'`);
      expect(after.id).toBe(welder.id);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM skill WHERE skill_type IS NULL`);
      expect(n).toBe(6);
    } else {
      expect(report.skipped.some((s) => /unknown occupation/.test(s.reason))).toBe(true);
    }
    const [record] = await t.dataSource.query(
      `SELECT esco_version, occupations FROM taxonomy_import ORDER BY imported_at DESC LIMIT 1`,
    );
    expect(record).toEqual({ esco_version: FULL ? 'v1.1.1' : 'unknown', occupations: expected.occupations });
  });

  it('changes nothing and says so when run again, even when forced to compare every row', async () => {
    const again = await importFrom([dir]);
    expect(again.changed).toBe(false);
    const forced = await importFrom([dir], true);
    expect(forced.changed).toBe(false);
    for (const table of Object.values(forced.changes))
      expect(table).toEqual({ inserted: 0, updated: 0, deleted: 0, kept: 0 });
  });

  it('leaves the previous taxonomy intact when an import fails half-way', async () => {
    const broken = FULL ? copyOfEsco() : escoSubset(150).dir;
    cleanup.push(broken);
    // A relation type too long for its column fails the relations step, after the
    // occupations and skills were already written inside the transaction.
    appendFileSync(
      join(broken, 'occupations_en.csv'),
      '\nOccupation,http://example.org/new-occupation,7212,brand-new occupation,,,released,,,,,,,9999.1\n',
    );
    const source = readEscoSource([broken]);
    const { data } = parseEsco(source);
    data.relations[0]!.relationType = 'essential-and-more' as 'essential';
    await expect(
      importer.importData(data, { version: 'broken', checksum: source.checksum, source: broken }),
    ).rejects.toThrow();

    const counts = await importer.counts();
    expect(counts).toEqual(expected);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM occupation WHERE esco_uri LIKE 'http://example.org/%'`,
    );
    expect(n).toBe(0);
  });

  it('reads the two official zips the same as the folder', async () => {
    const zipped = readEscoSource(ESCO_ZIPS);
    expect(zipped.version).toBe('v1.1.1');
    expect(zipped.checksum).toBe(readEscoSource([ESCO_DIR]).checksum);
    const { data } = parseEsco(zipped);
    expect(data.occupations).toHaveLength(3007);
    expect(data.relations).toHaveLength(123_855 - 67);
    if (FULL) expect((await importFrom(ESCO_ZIPS, true)).changed).toBe(false);
  });
});
