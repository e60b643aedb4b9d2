import { loadConfig } from 'src/config/config';
import { TokenService } from 'src/auth/token.service';

describe('TokenService', () => {
  const sut = new TokenService(loadConfig({ JWT_SECRET: 's'.repeat(40), JWT_EXPIRES_IN_SECONDS: '600' }));

  it('signs tokens it can verify until they expire', () => {
    const now = Date.now();
    const token = sut.sign('user-1', now);
    expect(sut.verify(token, now)?.sub).toBe('user-1');
    expect(sut.verify(token, now + 599_000)).not.toBeNull();
    expect(sut.verify(token, now + 600_000)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const other = new TokenService(loadConfig({ JWT_SECRET: 'o'.repeat(40) }));
    expect(sut.verify(other.sign('user-1'))).toBeNull();
  });

  it('refuses a token whose algorithm header was changed', () => {
    const [, payload, signature] = sut.sign('user-1').split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(sut.verify(`${none}.${payload}.${signature}`)).toBeNull();
  });
});
