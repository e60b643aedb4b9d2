import { loadConfig } from 'src/config/config';
import { TokenService } from 'src/auth/token.service';

const USER = '3f1c2a4e-9b7d-4c1e-8a2f-5d6e7f8a9b0c';

describe('TokenService', () => {
  const sut = new TokenService(loadConfig({ JWT_SECRET: 's'.repeat(40), JWT_EXPIRES_IN_SECONDS: '600' }));

  it('signs tokens it can verify until they expire', () => {
    const now = Date.now();
    const token = sut.sign(USER, now);
    expect(sut.verify(token, now)?.sub).toBe(USER);
    expect(sut.verify(token, now + 599_000)).not.toBeNull();
    expect(sut.verify(token, now + 600_000)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const other = new TokenService(loadConfig({ JWT_SECRET: 'o'.repeat(40) }));
    expect(sut.verify(other.sign(USER))).toBeNull();
  });

  it('refuses a token whose algorithm header was changed', () => {
    const [, payload, signature] = sut.sign(USER).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(sut.verify(`${none}.${payload}.${signature}`)).toBeNull();
  });

  it('refuses a correctly signed token whose subject is not a user id', () => {
    expect(sut.verify(sut.sign('not-a-uuid'))).toBeNull();
    expect(sut.verify(sut.sign("1' OR '1'='1"))).toBeNull();
  });
});
