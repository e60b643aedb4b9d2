import { Role } from 'src/auth/role';
import { occupationId, seedDemo } from './setup/flows';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser } from './setup/users';

interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  requestId?: string;
  codes?: Record<string, number>;
  [key: string]: unknown;
}

const INFO = 30;
const ERROR = 50;

/** Personal data the requests below carry; none of it may reach a log. */
const PERSONAL = {
  email: 'amina.logtest@example.ma',
  password: 'my secret passphrase',
  fullName: 'Amina Logtest-Zerhouni',
  birthDate: '1991-07-13',
  headline: 'Welder from Casablanca-Logtest',
};

describe('logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  const parsed = () => lines.map((l) => JSON.parse(l) as LogLine);

  async function request(query: string, variables: Record<string, unknown> = {}, token?: string, requestId?: string) {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
  }

  beforeAll(async () => {
    t = await startTestApp(
      (config) => {
        config.log.level = 'info';
        config.auth.loginMaxAttempts = 2;
      },
      { logLines: lines },
    );
    await seedDemo(t);

    // A candidate's ordinary life, and a few client mistakes along the way.
    const registered = await request(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
      input: { email: PERSONAL.email, password: PERSONAL.password, role: 'CANDIDATE' },
    });
    const token = registered.data.register.accessToken as string;
    const welder = await occupationId(t, 'welder');
    const saved = await request(
      `mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { id } }`,
      {
        input: {
          fullName: PERSONAL.fullName,
          citizenship: 'MA',
          residenceCountry: 'MA',
          birthDate: PERSONAL.birthDate,
          headline: PERSONAL.headline,
          desiredOccupationIds: [welder],
        },
      },
      token,
    );
    expect(saved.errors).toBeUndefined();
    // CONFLICT, BAD_USER_INPUT (a refused variable quoting the email), UNAUTHENTICATED, RATE_LIMITED, FORBIDDEN, NOT_FOUND
    await request(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
      input: { email: PERSONAL.email, password: PERSONAL.password, role: 'CANDIDATE' },
    });
    await request(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
      input: { email: PERSONAL.email, password: PERSONAL.password, role: 'NOT_A_ROLE' },
    });
    for (let i = 0; i < 3; i += 1) {
      await request(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
        e: PERSONAL.email,
        p: `${PERSONAL.password} wrong`,
      });
    }
    await request(`{ employers { totalCount } }`, {}, token);
    const employer = await createUser(t, Role.EMPLOYER);
    await request(`mutation { closeVacancy(id: "${welder}") { id } }`, {}, employer.token);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('hold no personal data', () => {
    const all = lines.join('\n');
    for (const value of Object.values(PERSONAL)) expect(all).not.toContain(value);
    expect(all).not.toContain('amina.logtest');
  });

  it('write client errors as info lines with their codes, without stacks', () => {
    const clientLines = parsed().filter((l) => l.msg === 'Request answered with client errors');
    const codes = new Set(clientLines.flatMap((l) => Object.keys(l.codes ?? {})));
    expect([...codes].sort()).toEqual(
      ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'UNAUTHENTICATED'].sort(),
    );
    for (const line of clientLines) {
      expect(line.level).toBe(INFO);
      expect(line).not.toHaveProperty('stack');
      expect(line).not.toHaveProperty('err');
      expect(line.requestId).toEqual(expect.any(String));
    }
    expect(parsed().filter((l) => l.level >= ERROR)).toEqual([]);
  });

  it('log a failed statement by its text and SQLSTATE, never its parameters', async () => {
    await expect(t.dataSource.query(`SELECT $1::uuid AS id`, [PERSONAL.fullName])).rejects.toThrow();
    const failed = parsed().filter((l) => l.msg === 'Statement failed');
    expect(failed).toEqual([expect.objectContaining({ code: '22P02', query: 'SELECT $1::uuid AS id' })]);
    expect(lines.join('\n')).not.toContain(PERSONAL.fullName);
  });

  it('write an unexpected failure once, at error level, without the statement parameters', async () => {
    await t.dataSource.query(`ALTER TABLE users RENAME TO users_away`);
    try {
      const result = await request(
        `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
        { e: 'someone.else@example.ma', p: PERSONAL.password },
        undefined,
        'one-failing-request',
      );
      expect(result.errors?.[0]?.extensions.code).toBe('INTERNAL');
    } finally {
      await t.dataSource.query(`ALTER TABLE users_away RENAME TO users`);
    }
    const written = parsed().filter((l) => l.requestId === 'one-failing-request');
    expect(written.filter((l) => l.level >= ERROR)).toEqual([
      expect.objectContaining({
        msg: 'Unhandled error in a GraphQL operation',
        path: 'login',
        err: expect.objectContaining({ type: 'QueryFailedError', code: '42P01' }),
      }),
    ]);
    expect(written.find((l) => l.msg === 'Statement failed')).toMatchObject({ code: '42P01' });
    expect(JSON.stringify(written)).not.toContain('someone.else');
  });

  it('keep what one request can write small', async () => {
    const many = `{ ${Array.from({ length: 10 }, (_, i) => `v${i}: vacancy(id: "no-uuid-${i}") { id }`).join(' ')} }`;
    const result = await request(many, {}, undefined, 'one-noisy-request');
    expect(result.errors).toHaveLength(10);
    const written = lines.filter((l) => l.includes('"one-noisy-request"'));
    expect(written.join('\n').length).toBeLessThan(1500);
  });
});
