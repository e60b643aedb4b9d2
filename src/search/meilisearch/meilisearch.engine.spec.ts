import { MeilisearchEngine } from 'src/search/meilisearch/meilisearch.engine';
import { CANDIDATE_SETTINGS } from 'src/search/meilisearch/candidate-settings';
import { OCCUPATION_SETTINGS, SKILL_SETTINGS } from 'src/search/meilisearch/meilisearch-settings';
import { TaxonomyDocumentsRepository } from 'src/search/meilisearch/taxonomy-documents.repository';

interface Sent {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  apiKey: string | null;
}

/**
 * A fake Meilisearch HTTP API (documented at https://www.meilisearch.com/docs/reference/api):
 * records each request the official client sends and answers like the server does.
 */
function fakeMeilisearch(searchHits: unknown[] = []) {
  const sent: Sent[] = [];
  let taskUid = 0;
  const json = (status: number, body: unknown) =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      apiKey: headers.get('authorization'),
    });
    if (url.pathname.startsWith('/tasks/')) {
      return json(200, { uid: Number(url.pathname.split('/')[2]), status: 'succeeded', type: 'x', error: null });
    }
    if (url.pathname === '/health') return json(200, { status: 'available' });
    if (url.pathname.endsWith('/search') || url.pathname === '/multi-search') {
      return json(200, { hits: searchHits, estimatedTotalHits: 42, query: body, limit: 2, offset: 0 });
    }
    if (method === 'DELETE' && url.pathname.endsWith('_next') && !sent.some((s) => s.method === 'POST')) {
      return json(404, { message: 'Index not found', code: 'index_not_found', type: 'invalid_request', link: '' });
    }
    return json(202, { taskUid: ++taskUid, indexUid: null, status: 'enqueued', type: 'x', enqueuedAt: '' });
  });
  return { sent, restore: () => spy.mockRestore() };
}

const OCCUPATION = {
  id: '2d5f4ce4-0000-4000-8000-000000000001',
  escoUri: 'http://data.europa.eu/esco/occupation/x',
  label: 'welder',
  altLabels: ['welding operative'],
  hiddenLabels: [],
  iscoCode: '7212',
  escoCode: '7212.3',
  iscoPrefixes: ['7', '72', '721', '7212'],
};

function engine(): MeilisearchEngine {
  const documents = {
    occupations: () => Promise.resolve([OCCUPATION]),
    skills: () => Promise.resolve([]),
  } as unknown as TaxonomyDocumentsRepository;
  return new MeilisearchEngine({ url: 'http://meili.test:7700', apiKey: 'master-key', indexPrefix: 'pw' }, documents);
}

describe('MeilisearchEngine requests', () => {
  let fake: ReturnType<typeof fakeMeilisearch>;
  afterEach(() => fake.restore());

  it('searches occupations with paging, a ranking score and an ISCO prefix filter', async () => {
    fake = fakeMeilisearch([
      { id: 'a', _rankingScore: 0.9 },
      { id: 'b', _rankingScore: 0.5 },
    ]);
    const page = await engine().searchOccupations('weldr', { limit: 2, offset: 4, iscoCode: '72' });
    expect(page).toEqual({
      hits: [
        { id: 'a', score: 0.9 },
        { id: 'b', score: 0.5 },
      ],
      total: 42,
    });
    expect(fake.sent).toEqual([
      {
        method: 'POST',
        path: '/indexes/pw_occupations/search',
        query: {},
        body: {
          q: 'weldr',
          limit: 2,
          offset: 4,
          filter: ['iscoPrefixes = "72"'],
          attributesToRetrieve: ['id'],
          showRankingScore: true,
        },
        apiKey: 'Bearer master-key',
      },
    ]);
  });

  it('suggests with the cleaned job title against the occupations index', async () => {
    fake = fakeMeilisearch([]);
    await engine().suggestOccupations('Senior Welder (MIG) - Hamburg', 5);
    expect(fake.sent[0]).toMatchObject({
      path: '/indexes/pw_occupations/search',
      body: { q: 'welder', limit: 5, offset: 0 },
    });
    await engine().searchSkills('weld', { limit: 3, offset: 0 });
    expect(fake.sent[1]).toMatchObject({ path: '/indexes/pw_skills/search', body: { q: 'weld', limit: 3 } });
  });

  it('rebuilds each index into a fresh one with its settings and documents, then swaps it in', async () => {
    fake = fakeMeilisearch();
    await engine().reindexTaxonomy();
    const calls = fake.sent.filter((s) => !s.path.startsWith('/tasks/')).map((s) => `${s.method} ${s.path}`);
    expect(calls).toEqual([
      'DELETE /indexes/pw_occupations_next',
      'POST /indexes',
      'PATCH /indexes/pw_occupations_next/settings',
      'POST /indexes/pw_occupations_next/documents',
      'POST /indexes',
      'POST /swap-indexes',
      'DELETE /indexes/pw_occupations_next',
      'DELETE /indexes/pw_skills_next',
      'POST /indexes',
      'PATCH /indexes/pw_skills_next/settings',
      'POST /indexes',
      'POST /swap-indexes',
      'DELETE /indexes/pw_skills_next',
    ]);
    const body = (method: string, path: string, nth = 0) =>
      fake.sent.filter((s) => s.method === method && s.path === path)[nth]?.body;
    expect(body('POST', '/indexes')).toEqual({ uid: 'pw_occupations_next', primaryKey: 'id' });
    expect(body('PATCH', '/indexes/pw_occupations_next/settings')).toEqual(OCCUPATION_SETTINGS);
    expect(OCCUPATION_SETTINGS).toMatchObject({
      searchableAttributes: expect.arrayContaining([
        'label',
        'label_fr',
        'altLabels_de',
        'hiddenLabels_pl',
        'escoCode',
      ]),
      localizedAttributes: expect.arrayContaining([
        { attributePatterns: ['label', 'altLabels', 'hiddenLabels'], locales: ['eng'] },
        { attributePatterns: ['*_fr'], locales: ['fra'] },
        { attributePatterns: ['*_de'], locales: ['deu'] },
        { attributePatterns: ['*_bg'], locales: ['bul'] },
      ]),
      filterableAttributes: ['iscoPrefixes'],
      typoTolerance: { enabled: true, disableOnAttributes: ['escoCode', 'iscoCode'] },
    });
    expect(body('PATCH', '/indexes/pw_skills_next/settings')).toEqual(SKILL_SETTINGS);
    expect(body('POST', '/indexes/pw_occupations_next/documents')).toEqual([OCCUPATION]);
    expect(fake.sent.find((s) => s.path === '/indexes/pw_occupations_next/documents')?.query).toEqual({
      primaryKey: 'id',
    });
    expect(body('POST', '/swap-indexes')).toEqual([
      { indexes: ['pw_occupations', 'pw_occupations_next'], rename: false },
    ]);
    // Every enqueued task is awaited before the next step.
    expect(fake.sent.filter((s) => s.path.startsWith('/tasks/')).length).toBeGreaterThanOrEqual(10);
  });

  it('searches one language (and English) through its localized attributes and locales', async () => {
    fake = fakeMeilisearch([{ id: 'a', _rankingScore: 0.8 }]);
    await engine().suggestOccupations('Schweißerin (m/w/d) - Hamburg', 5, 'de');
    expect(fake.sent[0]).toMatchObject({
      path: '/indexes/pw_occupations/search',
      body: {
        q: 'schweißerin',
        limit: 5,
        attributesToSearchOn: ['label_de', 'altLabels_de', 'hiddenLabels_de', 'label', 'altLabels', 'hiddenLabels'],
        locales: ['deu', 'eng'],
      },
    });
    await engine().searchSkills('souder', { limit: 3, offset: 0, language: 'fr' });
    expect(fake.sent[1]!.body).toMatchObject({ q: 'souder', locales: ['fra', 'eng'] });
    // Every language: every searchable attribute, no locale.
    await engine().searchOccupations('soudeur', { limit: 3, offset: 0 });
    expect(fake.sent[2]!.body).not.toHaveProperty('locales');
    expect(fake.sent[2]!.body).not.toHaveProperty('attributesToSearchOn');
  });

  it('suggests skills with one federated multi-search of short windows, quoting the window that found each', async () => {
    fake = fakeMeilisearch([
      { id: 's1', _federation: { indexUid: 'pw_skills', queriesPosition: 1, weightedRankingScore: 0.9 } },
      { id: 's2', _federation: { indexUid: 'pw_skills', queriesPosition: 0, weightedRankingScore: 0.7 } },
    ]);
    const text =
      'Ich habe zwölf Jahre lang in Hamburg Stahlrahmen geschweißt und Motoren repariert. Staplerschein vorhanden!';
    const hits = await engine().suggestSkills(text, 4, 'de');
    const [request] = fake.sent;
    expect(request).toMatchObject({ method: 'POST', path: '/multi-search' });
    const body = request!.body as { federation: unknown; queries: Record<string, unknown>[] };
    expect(body.federation).toEqual({ limit: 4, offset: 0 });
    expect(body.queries).toEqual([
      expect.objectContaining({
        indexUid: 'pw_skills',
        q: 'Ich habe zwölf Jahre lang in Hamburg Stahlrahmen geschweißt und',
        matchingStrategy: 'frequency',
        locales: ['deu', 'eng'],
        attributesToSearchOn: ['label_de', 'altLabels_de', 'hiddenLabels_de', 'label', 'altLabels', 'hiddenLabels'],
      }),
      expect.objectContaining({ q: 'geschweißt und Motoren repariert' }),
      expect.objectContaining({ q: 'Staplerschein vorhanden' }),
    ]);
    expect(hits).toEqual([
      { id: 's1', score: 0.9, evidence: 'geschweißt und Motoren repariert' },
      { id: 's2', score: 0.7, evidence: 'Ich habe zwölf Jahre lang in Hamburg Stahlrahmen geschweißt und' },
    ]);
  });

  it('answers health from GET /health', async () => {
    fake = fakeMeilisearch();
    await engine().health();
    expect(fake.sent.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /health']);
  });
});

const CANDIDATE = {
  id: '2d5f4ce4-0000-4000-8000-0000000000c1',
  citizenship: 'MA',
  residenceCountry: 'MA',
  destinations: [],
  languages: [{ language: 'de', level: 'B1' as const }],
  highestEqf: 4,
  yearsOfExperience: 3,
  skillNums: [11, 12],
  desired: [{ num: 7, iscoCode: '7212' }],
  experience: [],
  credentials: [],
  availableFrom: null,
};

describe('MeilisearchEngine candidate and vacancy indexes', () => {
  let fake: ReturnType<typeof fakeMeilisearch>;
  afterEach(() => fake.restore());

  it('creates the candidate index with its declared settings before the first documents, holding codes only', async () => {
    fake = fakeMeilisearch();
    await engine().upsertCandidates([CANDIDATE]);
    const writes = fake.sent.filter((s) => s.method !== 'GET');
    expect(writes.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /indexes',
      'PATCH /indexes/pw_candidates/settings',
      'POST /indexes/pw_candidates/documents',
    ]);
    expect(writes[0]!.body).toEqual({ uid: 'pw_candidates', primaryKey: 'id' });
    expect(writes[1]!.body).toEqual(CANDIDATE_SETTINGS);
    const [document] = writes[2]!.body as Record<string, unknown>[];
    expect(document).toMatchObject({
      id: CANDIDATE.id,
      anyDestination: true,
      iscoUnits: [7212],
      occupationNums: [CANDIDATE.desired[0]!.num],
      skillNums: [11, 12],
    });
    expect(document!.languageCodes).toHaveLength(3);
    expect(Object.keys(document!)).not.toEqual(expect.arrayContaining(['fullName', 'birthDate', 'email']));
    // Every task the client enqueued was awaited.
    expect(fake.sent.filter((s) => s.path.startsWith('/tasks/'))).toHaveLength(3);
  });

  it('retrieves candidates with a filter-only search: destination, every language, EQF, skill or unit group', async () => {
    fake = fakeMeilisearch([{ ...CANDIDATE, anyDestination: true, languageCodes: [1], iscoUnits: [7212] }]);
    const sut = engine();
    const result = await sut.retrieveCandidates({
      memberState: 'DE',
      requiredLanguageCodes: [299],
      minEqf: 4,
      essentialSkillNums: [11],
      optionalSkillNums: [12, 13],
      relatedSkillNums: [14],
      occupationNum: 7,
      iscoUnit: 7212,
      nearOccupationNums: [8, 9],
      distinctiveSkillNums: [11],
      limit: 200,
      countCap: 1000,
      poolOrder: {
        skills: 0.75,
        skillGains: new Map([[11, 1]]),
        occupation: 0.1,
        occupationCredits: new Map([[7, 1]]),
        sameUnitGroup: 0.6,
      },
    });
    expect(result).toEqual({ documents: [CANDIDATE], total: 42 });
    const search = fake.sent.find((s) => s.path === '/indexes/pw_candidates/search')!;
    expect(search.body).toEqual({
      q: '',
      limit: 200,
      filter: [
        ['anyDestination = true', 'destinations = "DE"'],
        'languageCodes = 299',
        'highestEqf >= 4',
        ['skillNums IN [11,12,13,14]', 'iscoUnits = 7212', 'occupationNums IN [7,8,9]'],
      ],
    });
  });

  it('lists vacancies newest first without words, filtered by Member State and ISCO prefix', async () => {
    fake = fakeMeilisearch([{ id: 'v1', _rankingScore: 1 }]);
    await engine().searchVacancies(null, { memberStates: ['DE', 'AT'], iscoCodes: ['72'] }, { limit: 21, offset: 0 });
    const search = fake.sent.find((s) => s.path === '/indexes/pw_vacancies/search')!;
    expect(search.body).toMatchObject({
      q: '',
      limit: 21,
      offset: 0,
      filter: [['memberState = "DE"', 'memberState = "AT"'], ['iscoPrefixes = "72"']],
      sort: ['publishedAt:desc'],
    });
  });

  it('deletes vacancies by id in one batch', async () => {
    fake = fakeMeilisearch();
    await engine().deleteVacancies(['v1', 'v2']);
    const deletion = fake.sent.find((s) => s.path === '/indexes/pw_vacancies/documents/delete-batch')!;
    expect(deletion).toMatchObject({ method: 'POST', body: ['v1', 'v2'] });
  });
});
