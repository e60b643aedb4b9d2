import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { demoChecksum, demoTaxonomy, DEMO_VERSION } from 'src/taxonomy/demo/demo-taxonomy';
import { parseEsco } from 'src/taxonomy/import/esco-parse';
import { readEscoSource } from 'src/taxonomy/import/esco-source';
import { ImportReport, TaxonomyImportService } from 'src/taxonomy/import/taxonomy-import.service';
import { copyOfEsco, ESCO_DIR, ESCO_ZIPS, escoSubset, tempDir } from './support/esco-fixture';
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
      expected = {
        iscoGroups: 619,
        occupations: 3007,
        skills: 13_896,
        relations: 123_855 - 67,
        // Skill-to-skill rows of broaderRelationsSkillPillar.csv (the rest file skills under skill groups).
        skillHierarchy: 6565,
        skillRelations: 5899 - 1, // one skill related to itself is skipped
        transversalSkills: 96,
      };
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
    expect(report.counts).toEqual({ ...expected, occupationNeighbours: expect.any(Number) });
    expect(report.counts.occupationNeighbours).toBeGreaterThan(expected.occupations!);
    if (FULL) {
      // 67 relations to a missing occupation, one skill related to itself.
      expect(report.skipped.filter((s) => !s.kept)).toHaveLength(67 + 1);
      expect(report.skipped.filter((s) => s.kept)).toHaveLength(6);
      const [after] = await t.dataSource.query(`SELECT id FROM occupation WHERE preferred_label = 'welder'`);
      expect(after.id).toBe(welder.id);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM skill WHERE skill_type IS NULL`);
      expect(n).toBe(6);
    } else {
      expect(report.skipped.some((s) => /unknown occupation/.test(s.reason))).toBe(true);
    }
    const [record] = await t.dataSource.query(
      `SELECT esco_version, occupations, skill_hierarchy, skill_relations, transversal_skills, occupation_neighbours
       FROM taxonomy_import ORDER BY imported_at DESC LIMIT 1`,
    );
    expect(record).toEqual({
      esco_version: FULL ? 'v1.1.1' : 'unknown',
      occupations: expected.occupations,
      skill_hierarchy: expected.skillHierarchy,
      skill_relations: expected.skillRelations,
      transversal_skills: expected.transversalSkills,
      occupation_neighbours: report.counts.occupationNeighbours,
    });
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
    expect(counts).toEqual({ ...expected, occupationNeighbours: expect.any(Number) });
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
    expect(data.skillHierarchy).toHaveLength(6565);
    expect(data.skillRelations).toHaveLength(5899 - 1);
    expect(data.transversalSkillUris).toHaveLength(96);
    if (FULL) expect((await importFrom(ESCO_ZIPS, true)).changed).toBe(false);
  });
  it('relates skills as ESCO does: hierarchy, skill-to-skill relations, transversal skills', async () => {
    const pair = async (sql: string, a: string, b: string) =>
      (await t.dataSource.query<{ n: number }[]>(sql, [a, b]))[0]!.n;
    const hierarchy = `SELECT count(*)::int AS n FROM skill_hierarchy h JOIN skill s ON s.id = h.skill_id
       JOIN skill b ON b.id = h.broader_skill_id WHERE s.preferred_label = $1 AND b.preferred_label = $2`;
    const related = `SELECT count(*)::int AS n FROM skill_relation r JOIN skill s ON s.id = r.skill_id
       JOIN skill o ON o.id = r.related_skill_id WHERE s.preferred_label = $1 AND o.preferred_label = $2`;
    const [someHierarchy] = await t.dataSource.query<{ narrower: string; broader: string }[]>(
      `SELECT s.preferred_label AS narrower, b.preferred_label AS broader FROM skill_hierarchy h
       JOIN skill s ON s.id = h.skill_id JOIN skill b ON b.id = h.broader_skill_id ORDER BY s.esco_uri, b.esco_uri LIMIT 1`,
    );
    expect(someHierarchy).toBeDefined();
    if (FULL) {
      expect(await pair(hierarchy, 'Haskell', 'computer programming')).toBe(1);
      expect(await pair(related, 'electromechanics', 'mechanics')).toBe(1);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM skill WHERE transversal AND preferred_label = 'show initiative'`,
      );
      expect(n).toBe(1);
    }
  });

  it('derives skill specificity and occupation neighbours from the occupation-skill matrix', async () => {
    // The most widely needed skill is the least specific; transversal skills are as generic as that.
    const [spread] = await t.dataSource.query<{ low: number; high: number; transversal: number | null }[]>(
      `SELECT min(specificity) AS low, max(specificity) AS high,
              max(specificity) FILTER (WHERE transversal) AS transversal FROM skill`,
    );
    expect(spread!.low).toBeGreaterThan(0);
    expect(spread!.high).toBeLessThanOrEqual(1);
    if (spread!.transversal !== null) expect(spread!.transversal).toBeCloseTo(spread!.low, 4);
    const [widest] = await t.dataSource.query<{ specificity: number }[]>(
      `SELECT k.specificity FROM skill k JOIN occupation_skill os ON os.skill_id = k.id
       GROUP BY k.id ORDER BY count(*) DESC, k.id LIMIT 1`,
    );
    expect(widest!.specificity).toBeCloseTo(spread!.low, 4);
    // Neighbours are symmetric and within (0, 1].
    const [{ asymmetric, outside }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM occupation_neighbour b
                WHERE b.occupation_id = a.neighbour_id AND b.neighbour_id = a.occupation_id))::int AS asymmetric,
              count(*) FILTER (WHERE similarity <= 0 OR similarity > 1)::int AS outside
       FROM occupation_neighbour a`,
    );
    expect({ asymmetric, outside }).toEqual({ asymmetric: 0, outside: 0 });
    if (FULL) {
      const neighbours = await t.dataSource.query<{ label: string }[]>(
        `SELECT n.preferred_label AS label FROM occupation_neighbour x
         JOIN occupation o ON o.id = x.occupation_id JOIN occupation n ON n.id = x.neighbour_id
         WHERE o.preferred_label = 'welder' ORDER BY x.similarity DESC LIMIT 5`,
      );
      expect(neighbours.map((r) => r.label)).toEqual(expect.arrayContaining(['brazier', 'solderer']));
      const specificity = async (label: string) =>
        (await t.dataSource.query(`SELECT specificity FROM skill WHERE preferred_label = $1`, [label]))[0]
          .specificity as number;
      expect(await specificity('perform tungsten inert gas welding')).toBeGreaterThan(
        await specificity('communicate with customers'),
      );
    }
  });

  it('leaves the skill relations as they are when a download lacks their files', async () => {
    const before = await importer.counts();
    const partial = tempDir('esco-core');
    cleanup.push(partial);
    for (const file of ['ISCOGroups_en.csv', 'occupations_en.csv', 'skills_en.csv', 'occupationSkillRelations.csv']) {
      cpSync(join(dir, file), join(partial, file));
    }
    const source = readEscoSource([partial]);
    expect(source.optionalFiles).toEqual({});
    const report = await importFrom([partial]);
    expect(report.counts).toEqual(before);
    for (const table of ['skillHierarchy', 'skillRelations', 'transversalSkills', 'occupationNeighbours'] as const)
      expect(report.changes[table]).toEqual({ inserted: 0, updated: 0, deleted: 0, kept: 0 });
    expect(report.skipped.filter((s) => /broaderRelations|skillSkill|transversal/.test(s.file))).toEqual([]);
  });
});
