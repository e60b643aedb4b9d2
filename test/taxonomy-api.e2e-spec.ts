import { runSeed } from 'src/seed/seed';
import { startTestApp, TestApp } from './setup/test-app';

const OCCUPATIONS = `query ($search: String, $iscoCode: String, $first: Int, $after: String) {
  occupations(search: $search, iscoCode: $iscoCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id escoUri label altLabels iscoGroup { code label } } }
  }
}`;

const labelsOf = (result: { data?: any }) =>
  (result.data.occupations.edges as { node: { label: string } }[]).map((e) => e.node.label);

describe('taxonomy over HTTP (demo taxonomy)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await runSeed(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds the welder despite a typo ("weldr")', async () => {
    const result = await t.gql(OCCUPATIONS, { search: 'weldr' });
    expect(result.errors).toBeUndefined();
    expect(labelsOf(result)[0]).toBe('welder');
    expect(result.data!.occupations.edges[0].node.iscoGroup).toEqual({
      code: '7212',
      label: 'Welders and flamecutters',
    });
  });

  it('finds an occupation by one of its alternative labels', async () => {
    // "lorry driver" is not a preferred label: ESCO lists it among cargo vehicle driver's.
    const result = await t.gql(OCCUPATIONS, { search: 'lorry driver' });
    expect(labelsOf(result)).toContain('cargo vehicle driver');
  });

  it('lists alphabetically with keyset cursors and filters by ISCO prefix', async () => {
    const first = await t.gql(OCCUPATIONS, { iscoCode: '72', first: 2 });
    const page1 = labelsOf(first);
    expect(page1).toEqual([...page1].sort());
    expect(first.data!.occupations.totalCount).toBeGreaterThan(2);
    expect(first.data!.occupations.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(OCCUPATIONS, {
      iscoCode: '72',
      first: 100,
      after: first.data!.occupations.pageInfo.endCursor,
    });
    const page2 = labelsOf(next);
    expect(page2.length).toBe(first.data!.occupations.totalCount - 2);
    expect(page2.some((l) => page1.includes(l))).toBe(false);
    const codes = [...first.data!.occupations.edges, ...next.data!.occupations.edges].map(
      (e: any) => e.node.iscoGroup.code,
    );
    expect(codes.every((c: string) => c.startsWith('72'))).toBe(true);
  });

  it('pages through ranked search results without repeats', async () => {
    const first = await t.gql(OCCUPATIONS, { search: 'driver', first: 1 });
    const second = await t.gql(OCCUPATIONS, {
      search: 'driver',
      first: 1,
      after: first.data!.occupations.pageInfo.endCursor,
    });
    expect(labelsOf(first)).toHaveLength(1);
    expect(labelsOf(second)).toHaveLength(1);
    expect(labelsOf(second)[0]).not.toBe(labelsOf(first)[0]);
  });

  it('returns one occupation with its essential and optional skills, and null for an unknown id', async () => {
    const list = await t.gql(OCCUPATIONS, { search: 'welder', first: 1 });
    const id = list.data!.occupations.edges[0].node.id;
    const query = `query ($id: ID!) { occupation(id: $id) { label essentialSkills { label escoUri } optionalSkills { label } } }`;
    const result = await t.gql(query, { id });
    expect(result.data!.occupation.label).toBe('welder');
    expect(result.data!.occupation.essentialSkills.map((s: any) => s.label)).toContain('welding techniques');
    expect(result.data!.occupation.optionalSkills.length).toBeGreaterThan(0);
    const missing = await t.gql(query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.data!.occupation).toBeNull();
    const bad = await t.gql(query, { id: 'not-a-uuid' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
  });

  it('loads the skills of a whole page in a fixed number of queries (no N+1)', async () => {
    const queries: string[] = [];
    const original = t.dataSource.driver.createQueryRunner.bind(t.dataSource.driver);
    const spy = jest.spyOn(t.dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
      const runner = original(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) => {
        queries.push(sql);
        return (query as any)(sql, ...rest);
      }) as typeof runner.query;
      return runner;
    });
    try {
      const result = await t.gql(
        `{ occupations(first: 40) { edges { node { essentialSkills { id } optionalSkills { id } iscoGroup { code } } } } }`,
      );
      expect(result.data!.occupations.edges.length).toBe(40);
    } finally {
      spy.mockRestore();
    }
    expect(queries.filter((q) => /occupation_skill/.test(q))).toHaveLength(1);
    expect(queries.filter((q) => /FROM "isco_group"/.test(q))).toHaveLength(1);
  });

  it('searches skills by alternative label and with a typo', async () => {
    const query = `query ($s: String) { skills(search: $s, first: 5) { totalCount edges { node { label altLabels } } } }`;
    const typo = await t.gql(query, { s: 'weldng techniques' });
    expect(typo.data!.skills.edges[0].node.label).toBe('welding techniques');
  });

  it('suggests occupations for free-text job titles', async () => {
    const query = `query ($title: String!, $first: Int) { suggestOccupations(title: $title, first: $first) { score occupation { label } } }`;
    const cases: [string, string][] = [
      ['Senior Software Developer', 'software developer'],
      ['Experienced welder (MIG/MAG) - Hamburg', 'welder'],
      ['Registered Nurse', 'nurse responsible for general care'],
      ['plumbr', 'plumber'],
    ];
    for (const [title, expected] of cases) {
      const result = await t.gql(query, { title, first: 3 });
      expect(result.errors).toBeUndefined();
      const suggestions = result.data!.suggestOccupations as { score: number; occupation: { label: string } }[];
      expect(suggestions.map((s) => s.occupation.label)).toContain(expected);
      expect(suggestions.length).toBeLessThanOrEqual(3);
      const scores = suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('validates arguments with field errors', async () => {
    const suggest = await t.gql(`{ suggestOccupations(title: "cook", first: 21) { score } }`);
    expect(suggest.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
    const long = await t.gql(`query ($t: String!) { suggestOccupations(title: $t) { score } }`, { t: 'x'.repeat(201) });
    expect(long.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ path: 'title' })]);
    const isco = await t.gql(OCCUPATIONS, { iscoCode: '72a' });
    expect(isco.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'iscoCode' }] });
    const page = await t.gql(OCCUPATIONS, { first: 101 });
    expect(page.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ path: 'first' })]);
  });
});
