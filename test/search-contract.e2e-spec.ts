import { DEFAULT_WEIGHTS } from 'src/matching/weights';
import { MeilisearchEngine } from 'src/search/meilisearch/meilisearch.engine';
import { TaxonomyDocumentsRepository } from 'src/search/meilisearch/taxonomy-documents.repository';
import { PostgresSearchEngine } from 'src/search/postgres/postgres-search.engine';
import { SearchEngine } from 'src/search/search-engine';
import { runSeed } from 'src/seed/seed';
import { startTestApp, TestApp } from './setup/test-app';

/**
 * What every search engine adapter promises, checked against the demo taxonomy. Runs
 * against PostgreSQL always, and against Meilisearch when MEILI_URL names one.
 */
const engines: [string, (t: TestApp) => SearchEngine][] = [
  ['postgres', (t) => new PostgresSearchEngine(t.dataSource, DEFAULT_WEIGHTS)],
];
if (process.env.MEILI_URL) {
  engines.push([
    'meilisearch',
    (t) =>
      new MeilisearchEngine(
        { url: process.env.MEILI_URL!, apiKey: process.env.MEILI_MASTER_KEY, indexPrefix: `contract_${process.pid}` },
        new TaxonomyDocumentsRepository(t.dataSource),
      ),
  ]);
}

describe.each(engines)('search engine contract: %s', (_name, make) => {
  let t: TestApp;
  let engine: SearchEngine;
  const ids = new Map<string, string>();
  const labels = (hits: { id: string }[]) => hits.map((h) => ids.get(h.id));

  beforeAll(async () => {
    t = await startTestApp();
    await runSeed(t.app);
    engine = make(t);
    await engine.reindexTaxonomy();
    for (const row of await t.dataSource.query(
      `SELECT id, preferred_label FROM occupation UNION ALL SELECT id, preferred_label FROM skill`,
    )) {
      ids.set(row.id, row.preferred_label);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds occupations despite a typo, best first, with scores in rank order', async () => {
    const page = await engine.searchOccupations('weldr', { limit: 5, offset: 0 });
    expect(labels(page.hits)[0]).toBe('welder');
    const scores = page.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(page.total).toBeGreaterThanOrEqual(page.hits.length);
  });

  it('matches alternative labels', async () => {
    const page = await engine.searchOccupations('lorry driver', { limit: 5, offset: 0 });
    expect(labels(page.hits)).toContain('cargo vehicle driver');
  });

  it('filters by ISCO code prefix', async () => {
    const all = await engine.searchOccupations('technician', { limit: 50, offset: 0 });
    const filtered = await engine.searchOccupations('technician', { limit: 50, offset: 0, iscoCode: '72' });
    const codes = await t.dataSource.query(`SELECT id, isco_code FROM occupation WHERE id = ANY($1)`, [
      filtered.hits.map((h) => h.id),
    ]);
    expect(codes.every((c: { isco_code: string }) => c.isco_code.startsWith('72'))).toBe(true);
    expect(filtered.hits.length).toBeGreaterThan(0);
    expect(filtered.hits.length).toBeLessThanOrEqual(all.hits.length);
  });

  it('pages with limit and offset', async () => {
    const first = await engine.searchOccupations('driver', { limit: 1, offset: 0 });
    const second = await engine.searchOccupations('driver', { limit: 1, offset: 1 });
    expect(first.hits).toHaveLength(1);
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0]!.id).not.toBe(first.hits[0]!.id);
  });

  it('searches skills', async () => {
    const page = await engine.searchSkills('welding techniqes', { limit: 3, offset: 0 });
    expect(labels(page.hits)[0]).toBe('welding techniques');
  });

  it('suggests occupations for a noisy job title', async () => {
    const hits = await engine.suggestOccupations('Senior Software Developer - Berlin', 3);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(labels(hits)).toContain('software developer');
  });

  it('returns nothing for text that matches nothing', async () => {
    expect((await engine.searchOccupations('zzzzqqqq', { limit: 5, offset: 0 })).hits).toEqual([]);
    expect(await engine.suggestOccupations('   ', 5)).toEqual([]);
  });
});
