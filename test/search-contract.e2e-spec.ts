import { MeilisearchEngine } from 'src/search/meilisearch/meilisearch.engine';
import { TaxonomyDocumentsRepository } from 'src/search/meilisearch/taxonomy-documents.repository';
import { PostgresSearchEngine } from 'src/search/postgres/postgres-search.engine';
import { randomUUID } from 'node:crypto';
import { requirementCodes } from 'src/search/language-codes';
import { CandidateDocument, SearchEngine, VacancyDocument } from 'src/search/search-engine';
import { runSeed } from 'src/seed/seed';
import { startTestApp, TestApp } from './setup/test-app';

/**
 * What every search engine adapter promises, checked against the demo taxonomy. Runs
 * against PostgreSQL always, and against Meilisearch when MEILI_URL names one.
 */
const engines: [string, (t: TestApp) => SearchEngine][] = [['postgres', (t) => new PostgresSearchEngine(t.dataSource)]];
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

  it('retrieves candidates through the hard filters and overlap, and forgets deleted ones', async () => {
    const candidate = (overrides: Partial<CandidateDocument>): CandidateDocument => ({
      id: randomUUID(),
      citizenship: 'MA',
      residenceCountry: 'MA',
      destinations: [],
      languages: [{ language: 'de', level: 'B1' }],
      highestEqf: 4,
      yearsOfExperience: 2,
      skillNums: [],
      desired: [{ num: 990001, iscoCode: '9999' }],
      experience: [],
      credentials: [],
      availableFrom: null,
      ...overrides,
    });
    const shares = candidate({ skillNums: [990011, 990012], destinations: ['DE'] });
    const sameUnit = candidate({ desired: [{ num: 990002, iscoCode: '7212' }] });
    const elsewhere = candidate({ skillNums: [990011], destinations: ['AT'] });
    const weakGerman = candidate({ skillNums: [990011], languages: [{ language: 'de', level: 'A2' }] });
    const lowEqf = candidate({ skillNums: [990011], highestEqf: 2 });
    const unrelated = candidate({ skillNums: [990099] });
    const relatedOnly = candidate({ skillNums: [990013] });
    const nearOccupation = candidate({ experience: [{ num: 990004, iscoCode: '2144', years: 3 }] });
    await engine.upsertCandidates([
      shares,
      sameUnit,
      elsewhere,
      weakGerman,
      lowEqf,
      unrelated,
      relatedOnly,
      nearOccupation,
    ]);
    const query = {
      memberState: 'DE',
      requiredLanguageCodes: requirementCodes([{ language: 'de', minLevel: 'B1' }]),
      minEqf: 3,
      essentialSkillNums: [990011],
      optionalSkillNums: [990012],
      // A skill broader, narrower or related to a required one; an occupation alike the vacancy's.
      relatedSkillNums: [990013],
      occupationNum: 990003,
      iscoUnit: 7212,
      nearOccupationNums: [990004],
      distinctiveSkillNums: [990011],
      limit: 50,
      countCap: 1000,
      poolOrder: {
        skills: 0.7,
        skillGains: new Map([
          [990011, 0.8],
          [990012, 0.2],
          [990013, 0.4],
        ]),
        occupation: 0.1,
        occupationCredits: new Map([
          [990003, 1],
          [990004, 0.25],
        ]),
        sameUnitGroup: 0.6,
      },
    };
    const found = await engine.retrieveCandidates(query);
    expect(found.documents.map((d) => d.id).sort()).toEqual(
      [shares.id, sameUnit.id, relatedOnly.id, nearOccupation.id].sort(),
    );
    expect(found.total).toBe(4);
    expect(found.documents.find((d) => d.id === shares.id)).toMatchObject({
      skillNums: [990011, 990012],
      languages: shares.languages,
    });
    await engine.deleteCandidates(
      [shares, sameUnit, elsewhere, weakGerman, lowEqf, unrelated, relatedOnly, nearOccupation].map((c) => c.id),
    );
    expect((await engine.retrieveCandidates(query)).documents).toEqual([]);
  });

  it('searches vacancies by words and filters, newest first without words', async () => {
    const vacancy = (overrides: Partial<VacancyDocument>): VacancyDocument => ({
      id: randomUUID(),
      employerId: randomUUID(),
      title: 'Welder',
      description: 'Shipyard welding in Kiel',
      occupationId: randomUUID(),
      occupationNum: 990003,
      iscoCode: '7212',
      memberState: 'DE',
      programmeId: null,
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      essentialSkillNums: [990011],
      optionalSkillNums: [],
      languageRequirements: [],
      minEqfLevel: null,
      minExperienceYears: null,
      ...overrides,
    });
    const older = vacancy({ title: 'Schweißer (MIG/MAG)', description: 'Schiffbau in Kiel, Vertrag auf Deutsch' });
    const newer = vacancy({
      title: 'Nurse',
      iscoCode: '2221',
      memberState: 'AT',
      publishedAt: new Date('2026-02-01T00:00:00Z'),
      description: 'Intensive care in Wien',
    });
    await engine.upsertVacancies([older, newer]);
    const schweisser = await engine.searchVacancies('schweisser kiel', {}, { limit: 10, offset: 0 });
    expect(schweisser.hits.map((h) => h.id)).toEqual([older.id]);
    const all = await engine.searchVacancies(null, { iscoCodes: ['72', '22'] }, { limit: 10, offset: 0 });
    expect(all.hits.map((h) => h.id)).toEqual([newer.id, older.id]);
    const austria = await engine.searchVacancies(null, { memberStates: ['AT'] }, { limit: 10, offset: 0 });
    expect(austria.hits.map((h) => h.id)).toEqual([newer.id]);
    await engine.deleteVacancies([older.id, newer.id]);
    expect((await engine.searchVacancies(null, { iscoCodes: ['72', '22'] }, { limit: 10, offset: 0 })).hits).toEqual(
      [],
    );
  });
});
