import { PasswordHasher } from 'src/auth/password-hasher';
import { Role } from 'src/auth/role';
import { GqlResult, startTestApp, TestApp } from './setup/test-app';
import { createUser, TEST_PASSWORD } from './setup/users';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }`;

/** A GraphQL request from a given client address (the app trusts one proxy hop). */
async function from(
  t: TestApp,
  ip: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as object), status: response.status, headers: response.headers };
}

const codes = (results: GqlResult[]) => results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK');
const checked = (results: GqlResult[]) => codes(results).filter((c) => c !== 'RATE_LIMITED').length;

describe('login and registration limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp((config) => {
      config.http.trustProxyHops = 1;
      config.auth.loginMaxAttempts = 5;
      config.auth.registrationMaxPerIp = 3;
      config.auth.hashConcurrency = 2;
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('login attempts are counted before the password is checked', () => {
    it('checks at most LOGIN_MAX_ATTEMPTS of 40 concurrent guesses, the right one among them', async () => {
      const user = await createUser(t, Role.CANDIDATE);
      const guesses = Array.from({ length: 40 }, (_, i) => (i === 37 ? TEST_PASSWORD : `wrong guess ${i}`));
      const results = await Promise.all(
        guesses.map((password) => from(t, '198.51.100.1', LOGIN, { email: user.email, password })),
      );

      expect(checked(results)).toBeLessThanOrEqual(5);
      const limited = results.filter((r) => r.errors?.[0]?.extensions.code === 'RATE_LIMITED');
      expect(limited.length).toBeGreaterThanOrEqual(35);
      expect(limited[0]!.errors![0]!.extensions).toMatchObject({
        limit: 'login',
        retryAfterSeconds: expect.any(Number),
      });
      expect(limited[0]!.headers.get('retry-after')).toMatch(/^\d+$/);
      const failures = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'login.failed' AND subject = $1`,
        [user.email],
      );
      expect(failures[0].n).toBeLessThanOrEqual(5);
    });

    it('holds across two API instances on one database', async () => {
      const second = await startTestApp(
        (config) => {
          config.http.trustProxyHops = 1;
          config.auth.loginMaxAttempts = 5;
        },
        { sameDatabaseAs: t },
      );
      try {
        const user = await createUser(t, Role.EMPLOYER);
        const results = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            from(i % 2 ? second : t, '198.51.100.2', LOGIN, { email: user.email, password: `wrong guess ${i}` }),
          ),
        );
        expect(checked(results)).toBeLessThanOrEqual(5);
        expect(codes(results)).not.toContain('INTERNAL');
      } finally {
        await second.close();
      }
    });

    it('does not count successful logins', async () => {
      const user = await createUser(t, Role.CANDIDATE);
      for (let i = 0; i < 8; i += 1) {
        const result = await from(t, '198.51.100.3', LOGIN, { email: user.email, password: TEST_PASSWORD });
        expect(result.errors).toBeUndefined();
      }
    });
  });

  describe('registrations per client address', () => {
    const input = (email: string) => ({ email, password: 'a long enough secret', role: 'CANDIDATE' });

    it('allows REGISTRATION_MAX_PER_IP sign-ups per address in the window, then RATE_LIMITED', async () => {
      const results = [];
      for (let i = 0; i < 5; i += 1) {
        results.push(await from(t, '203.0.113.10', REGISTER, { input: input(`flood-${i}@example.org`) }));
      }
      expect(codes(results)).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
      expect(results[3]!.errors![0]!.extensions).toMatchObject({
        limit: 'registration',
        retryAfterSeconds: expect.any(Number),
      });
      const created = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'flood-%'`);
      expect(created[0].n).toBe(3);

      // Another address is counted apart.
      expect(
        (await from(t, '203.0.113.11', REGISTER, { input: input('elsewhere@example.org') })).errors,
      ).toBeUndefined();
    });

    it('counts every aliased register mutation of one request', async () => {
      const aliased = (n: number, prefix: string) =>
        `mutation { ${Array.from(
          { length: n },
          (_, i) =>
            `r${i}: register(input: { email: "${prefix}-${i}@example.org", password: "a long enough secret", role: CANDIDATE }) { user { id } }`,
        ).join(' ')} }`;

      // The fourth is refused; being non-null, its error ends the (serial) mutation there.
      const five = await from(t, '203.0.113.12', aliased(5, 'alias'));
      expect(five.errors).toEqual([
        expect.objectContaining({ path: ['r3'], extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) }),
      ]);
      const made = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'alias-%'`);
      expect(made[0].n).toBe(3);

      // More mutations than GRAPHQL_MAX_MUTATIONS in one request: refused before any runs.
      const many = await from(t, '203.0.113.13', aliased(6, 'many'));
      expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'mutations', max: 5 });
      const none = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'many-%'`);
      expect(none[0].n).toBe(0);
    });
  });

  describe('password hashing', () => {
    it('computes at most PASSWORD_HASH_CONCURRENCY hashes at once during a flood', async () => {
      const results = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          i % 2
            ? from(t, `192.0.2.${i}`, REGISTER, {
                input: { email: `burst-${i}@example.org`, password: 'a long enough secret', role: 'EMPLOYER' },
              })
            : from(t, `192.0.2.${i}`, LOGIN, { email: `nobody-${i}@example.org`, password: 'a wrong password' }),
        ),
      );
      expect(codes(results).filter((c) => c === 'OK')).toHaveLength(8);
      expect(codes(results).filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(8);
      expect(t.app.get(PasswordHasher).peakConcurrency).toBe(2);
    });

    it('answers RATE_LIMITED when too many hashes are already waiting', async () => {
      const narrow = await startTestApp(
        (config) => {
          config.http.trustProxyHops = 1;
          config.auth.hashConcurrency = 1;
          config.auth.hashQueue = 1;
        },
        { sameDatabaseAs: t },
      );
      try {
        const results = await Promise.all(
          Array.from({ length: 16 }, (_, i) =>
            from(narrow, `192.0.2.${100 + i}`, LOGIN, {
              email: `queue-${i}@example.org`,
              password: 'a wrong password',
            }),
          ),
        );
        const refused = results.flatMap((r) => r.errors ?? []).filter((e) => e.extensions.code === 'RATE_LIMITED');
        expect(refused.length).toBeGreaterThan(0);
        expect(refused[0]!.extensions).toMatchObject({ limit: 'hashing', retryAfterSeconds: 1 });
        expect(codes(results)).not.toContain('INTERNAL');
      } finally {
        await narrow.close();
      }
    });
  });
});
