import { ShortagesService } from 'src/shortages/shortages.service';
import { runSeed } from 'src/seed/seed';
import { Role } from 'src/auth/role';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';

const SET = `mutation ($memberState: String!, $year: Int!, $iscoCodes: [String!]!) {
  setShortageOccupations(memberState: $memberState, year: $year, iscoCodes: $iscoCodes) { code label }
}`;
const GET = `query ($memberState: String!, $year: Int) { shortageOccupations(memberState: $memberState, year: $year) { code label } }`;

describe('shortage lists over HTTP', () => {
  let t: TestApp;
  let shortages: ShortagesService;
  let admin: TestUser;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    t = await startTestApp();
    await runSeed(t.app);
    shortages = t.app.get(ShortagesService);
    admin = await createUser(t, Role.ADMIN);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the seeded EU-wide list for the current year by default', async () => {
    const result = await t.gql(GET, { memberState: 'EU' });
    const codes = result.data!.shortageOccupations.map((g: { code: string }) => g.code);
    expect(codes).toEqual(expect.arrayContaining(['7212', '2221', '5120', '7411', '8332', '9313']));
    const y2023 = await t.gql(GET, { memberState: 'EU', year: 2023 });
    expect(y2023.data!.shortageOccupations.map((g: { code: string }) => g.code)).not.toContain('7212');
  });

  it("replaces a Member State's list for a year and accepts EL for Greece", async () => {
    const set = await t.gql(SET, { memberState: 'EL', year, iscoCodes: ['7121', '5131', '7121'] }, admin.token);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setShortageOccupations).toEqual([
      { code: '5131', label: 'Waiters' },
      { code: '7121', label: 'Roofers' },
    ]);
    const replaced = await t.gql(SET, { memberState: 'GR', year, iscoCodes: ['2512'] }, admin.token);
    expect(replaced.data!.setShortageOccupations.map((g: { code: string }) => g.code)).toEqual(['2512']);
    const read = await t.gql(GET, { memberState: 'EL' });
    expect(read.data!.shortageOccupations.map((g: { code: string }) => g.code)).toEqual(['2512']);
    const [{ member_state }] = await t.dataSource.query(
      `SELECT DISTINCT member_state FROM shortage_occupation WHERE year = $1 AND isco_code = '2512' AND member_state <> 'DE' AND member_state <> 'BE'`,
      [year],
    );
    expect(member_state).toBe('GR');
  });

  it('names each bad ISCO code by its index', async () => {
    const result = await t.gql(
      SET,
      { memberState: 'DE', year, iscoCodes: ['7212', '72', '9999', 'abcd'] },
      admin.token,
    );
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((result.errors![0]!.extensions.fields as { path: string }[]).map((f) => f.path)).toEqual([
      'iscoCodes.1',
      'iscoCodes.2',
      'iscoCodes.3',
    ]);
    // Nothing changed.
    const de = await t.gql(GET, { memberState: 'DE' });
    expect(de.data!.shortageOccupations.map((g: { code: string }) => g.code)).not.toContain('7212');
  });

  it('refuses a state outside the EU and a year out of range', async () => {
    const morocco = await t.gql(SET, { memberState: 'MA', year, iscoCodes: [] }, admin.token);
    expect(morocco.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'memberState' }],
    });
    const lower = await t.gql(GET, { memberState: 'de' });
    expect(lower.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ path: 'memberState' })]);
    const old = await t.gql(SET, { memberState: 'DE', year: 1990, iscoCodes: [] }, admin.token);
    expect(old.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ path: 'year' })]);
  });

  it('counts an occupation in shortage on the state list or the EU-wide list, for the year of the date', async () => {
    await t.gql(SET, { memberState: 'AT', year, iscoCodes: ['2512'] }, admin.token);
    expect(await shortages.isShortageOccupation('2512', 'AT')).toBe(true); // national list
    expect(await shortages.isShortageOccupation('7212', 'AT')).toBe(true); // EU-wide list
    expect(await shortages.isShortageOccupation('2411', 'AT')).toBe(false);
    expect(await shortages.isShortageOccupation('2512', 'FR')).toBe(false);
    expect(await shortages.isShortageOccupation('7212', 'EL')).toBe(true);
    expect(await shortages.isShortageOccupation('7212', 'AT', new Date('2023-06-01'))).toBe(false);
    expect(await shortages.isShortageOccupation('8332', 'AT', new Date('2023-06-01'))).toBe(true);
  });
});
