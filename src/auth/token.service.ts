import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';

export interface TokenClaims {
  sub: string;
  iat: number;
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
/** Subjects are user ids; anything else (even correctly signed) is not a token of ours. */
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * HS256 JSON Web Tokens. Only the user id travels in the token; the role is read from the
 * database on every request, so a role change or an erased account takes effect at once.
 */
@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  sign(userId: string, now = Date.now(), lifetimeSeconds = this.config.auth.jwtExpiresInSeconds): string {
    const iat = Math.floor(now / 1000);
    const payload = Buffer.from(JSON.stringify({ sub: userId, iat, exp: iat + lifetimeSeconds })).toString('base64url');
    return `${HEADER}.${payload}.${this.signature(`${HEADER}.${payload}`)}`;
  }

  /** The claims of a well-formed, correctly signed, unexpired token; otherwise null. */
  verify(token: string, now = Date.now()): TokenClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [header, payload, signature] = parts as [string, string, string];
    if (header !== HEADER) return null;
    const expected = Buffer.from(this.signature(`${header}.${payload}`));
    const actual = Buffer.from(signature);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenClaims>;
      if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.iat !== 'number')
        return null;
      if (!USER_ID.test(claims.sub)) return null;
      if (claims.exp * 1000 <= now) return null;
      return claims as TokenClaims;
    } catch {
      return null;
    }
  }

  private signature(data: string): string {
    return createHmac('sha256', this.config.auth.jwtSecret).update(data).digest('base64url');
  }
}
