import { Role } from 'src/auth/role';
import { TokenService } from 'src/auth/token.service';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TEST_PASSWORD } from './setup/users';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id email role } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id role } } }`;
const ME = `{ me { id email role } }`;

describe('accounts and sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.auth.loginMaxAttempts = 3;
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('registers a candidate, signs in and answers me', async () => {
    const registered = await t.gql(REGISTER, {
      input: { email: '  Amina.Benali@Example.MA ', password: 'a long enough secret', role: 'CANDIDATE' },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.register.user).toMatchObject({ email: 'amina.benali@example.ma', role: 'CANDIDATE' });

    const login = await t.gql(LOGIN, { email: 'AMINA.BENALI@example.ma', password: 'a long enough secret' });
    expect(login.errors).toBeUndefined();
    const me = await t.gql(ME, {}, login.data?.login.accessToken);
    expect(me.data?.me).toEqual({
      id: registered.data?.register.user.id,
      email: 'amina.benali@example.ma',
      role: 'CANDIDATE',
    });

    const rows = await t.dataSource.query(
      `SELECT password_hash AS "passwordHash" FROM users WHERE email = 'amina.benali@example.ma'`,
    );
    expect(rows[0].passwordHash).toMatch(/^scrypt\$/);
    expect(rows[0].passwordHash).not.toContain('a long enough secret');
  });

  it('answers me with null when signed out', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
  });

  it('refuses a second account with the same email in another case', async () => {
    const input = { email: 'dup@example.org', password: 'a long enough secret', role: 'EMPLOYER' };
    expect((await t.gql(REGISTER, { input })).errors).toBeUndefined();
    const again = await t.gql(REGISTER, { input: { ...input, email: 'DUP@example.org' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'input.email', message: 'is already registered' }],
    });
  });

  it.each(['ADMIN', 'PARTNERSHIP_ADMIN'])('refuses self-registration as %s', async (role) => {
    const result = await t.gql(REGISTER, {
      input: { email: `x-${role}@example.org`, password: 'a long enough secret', role },
    });
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const rows = await t.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [
      `x-${role.toLowerCase()}@example.org`,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('enforces the password policy with field errors', async () => {
    const short = await t.gql(REGISTER, {
      input: { email: 'short@example.org', password: 'tooshort', role: 'CANDIDATE' },
    });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.password', message: 'must be at least 10 characters' }],
    });
    const same = await t.gql(REGISTER, {
      input: { email: 'samesame@example.org', password: 'SameSame@example.org', role: 'CANDIDATE' },
    });
    expect(same.errors?.[0]?.extensions.fields).toEqual([
      { path: 'input.password', message: 'must not be your email address' },
    ]);
    const badEmail = await t.gql(REGISTER, {
      input: { email: 'not-an-email', password: 'a long enough secret', role: 'CANDIDATE' },
    });
    expect(badEmail.errors?.[0]?.extensions.fields).toEqual([
      { path: 'input.email', message: 'must be an email address' },
    ]);
  });

  it('gives one answer for an unknown email and a wrong password', async () => {
    const user = await createUser(t, Role.CANDIDATE);
    const wrong = await t.gql(LOGIN, { email: user.email, password: 'not the password' });
    const unknown = await t.gql(LOGIN, { email: 'nobody@example.org', password: 'not the password' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('rate-limits failed logins per email, even with the right password afterwards', async () => {
    const user = await createUser(t, Role.EMPLOYER);
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await t.gql(LOGIN, { email: user.email, password: 'wrong password!' })).errors?.[0]?.extensions.code,
      ).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD });
    expect(limited.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject = $1 ORDER BY at`, [user.email]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual([
      'login.failed',
      'login.failed',
      'login.failed',
      'login.rate_limited',
    ]);
  });

  it('refuses expired and tampered tokens', async () => {
    const user = await createUser(t, Role.CANDIDATE);
    const tokens = t.app.get(TokenService);
    const expired = tokens.sign(user.id, Date.now() - 7200_000, 3600);
    expect((await t.gql(ME, {}, expired)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const [header, payload, signature] = user.token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        sub: '00000000-0000-0000-0000-000000000000',
      }),
    ).toString('base64url');
    expect((await t.gql(ME, {}, `${header}.${forged}.${signature}`)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await t.gql(ME, {}, 'garbage')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, user.token)).data?.me.id).toBe(user.id);
  });

  it('refuses the token of an account that no longer exists', async () => {
    const user = await createUser(t, Role.CANDIDATE);
    await t.dataSource.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    expect((await t.gql(ME, {}, user.token)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('audits logins with the actor', async () => {
    const user = await createUser(t, Role.CANDIDATE);
    await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD });
    const rows = await t.dataSource.query(
      `SELECT actor_id AS "actorId", actor_role AS "actorRole", ip FROM audit_log WHERE action = 'login' AND target_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([{ actorId: user.id, actorRole: 'CANDIDATE', ip: expect.stringMatching(/127\.0\.0\.1/) }]);
  });
});

describe('sign-in behind a proxy', () => {
  it('records and limits failed logins by the client address the trusted proxy reports', async () => {
    const t = await startTestApp((config) => {
      config.http.trustProxyHops = 1;
    });
    try {
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
        body: JSON.stringify({
          query: LOGIN,
          variables: { email: 'someone@example.org', password: 'not the password' },
        }),
      });
      const rows = await t.dataSource.query(`SELECT ip FROM audit_log WHERE action = 'login.failed'`);
      expect(rows).toEqual([{ ip: '203.0.113.7' }]);
    } finally {
      await t.close();
    }
  });
});
