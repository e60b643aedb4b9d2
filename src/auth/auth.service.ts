import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { DUMMY_HASH, normaliseEmail, passwordProblems } from 'src/auth/password';
import { PasswordHasher } from 'src/auth/password-hasher';
import { AuthUser, Role } from 'src/auth/role';
import { TokenService } from 'src/auth/token.service';
import { UserEntity } from 'src/auth/user.entity';
import { UsersRepository } from 'src/auth/users.repository';
import {
  ConflictError,
  ForbiddenError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from 'src/common/errors';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { RateLimitsService } from 'src/limits/rate-limits.service';
import { WindowCounter } from 'src/limits/window-counter';

export const SELF_SERVICE_ROLES: readonly Role[] = [Role.CANDIDATE, Role.EMPLOYER];
/** One address may try several accounts; allow it proportionally more failures than one email. */
const IP_ATTEMPT_FACTOR = 4;

export interface Session {
  accessToken: string;
  user: UserEntity;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  /**
   * This process's own count of sign-up attempts per address, checked first: every attempt
   * it counts is also counted in PostgreSQL, so by the time it is spent the shared count is
   * too, and the rest of a flood from one address is refused without queueing for a
   * database connection. (Its window may start later than the shared one, so after a
   * window boundary it can keep refusing a while longer; it never lets more through.)
   */
  private readonly localSignUps: WindowCounter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly limits: RateLimitsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.localSignUps = new WindowCounter(
      config.auth.registrationMaxPerIp,
      config.auth.registrationWindowSeconds * 1000,
    );
  }

  /**
   * Self-service sign-up: candidates and employers only, at most REGISTRATION_MAX_PER_IP per
   * address in the window (every sign-up that gets as far as hashing counts, taken or not).
   */
  async register(email: string, password: string, role: Role, ip: string): Promise<Session> {
    if (!SELF_SERVICE_ROLES.includes(role)) {
      throw new ForbiddenError(`Accounts with role ${role} are created by an administrator`);
    }
    this.requireAcceptablePassword(password, normaliseEmail(email));
    const tooMany = (seconds: number) =>
      new RateLimitedError(
        seconds,
        'registration',
        `Too many sign-ups from your address; try again in ${seconds} seconds`,
      );
    const local = this.localSignUps.hit(ip);
    if (!local.allowed) throw tooMany(local.retryAfterSeconds);
    const { registrationMaxPerIp, registrationWindowSeconds } = this.config.auth;
    const reservation = await this.limits.reserve(
      [{ scope: 'register.ip', value: ip, max: registrationMaxPerIp }],
      registrationWindowSeconds,
    );
    if (!reservation.allowed) {
      await this.limits.giveBack(reservation);
      throw tooMany(reservation.retryAfterSeconds);
    }
    const user = await this.createUser(email, password, role, null);
    await this.audit.record(this.asAuthUser(user), {
      action: 'user.registered',
      targetType: 'user',
      targetId: user.id,
      ip,
    });
    return this.session(user);
  }

  /** Creates an account of any role (the CLI and administrators use this). */
  async createUser(email: string, password: string, role: Role, actor: AuthUser | null): Promise<UserEntity> {
    const normalised = normaliseEmail(email);
    this.requireAcceptablePassword(password, normalised);
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.insert({ email: normalised, passwordHash, role }, manager);
      if (!user) {
        throw new ConflictError('An account with this email already exists', [
          { path: 'input.email', message: 'is already registered' },
        ]);
      }
      if (actor) {
        await this.audit.record(
          actor,
          { action: 'user.created', targetType: 'user', targetId: user.id, detail: { role } },
          manager,
        );
      }
      return user;
    });
  }

  /**
   * An attempt is counted (per email and per address, in PostgreSQL) before the password is
   * checked, so a burst of concurrent guesses gets at most LOGIN_MAX_ATTEMPTS checks however
   * many instances it is spread over. A successful login gives its count back.
   */
  async login(email: string, password: string, ip: string): Promise<Session> {
    const subject = normaliseEmail(email);
    const { loginMaxAttempts, loginWindowSeconds } = this.config.auth;
    const reservation = await this.limits.reserve(
      [
        { scope: 'login.email', value: subject, max: loginMaxAttempts },
        { scope: 'login.ip', value: ip, max: loginMaxAttempts * IP_ATTEMPT_FACTOR },
      ],
      loginWindowSeconds,
    );
    if (!reservation.allowed) {
      // A refused attempt checked nothing, so it does not count as a failure.
      await this.limits.giveBack(reservation);
      await this.audit.record(null, { action: 'login.rate_limited', subject, ip });
      throw new RateLimitedError(reservation.retryAfterSeconds, 'login');
    }

    let user: UserEntity | null;
    let valid: boolean;
    try {
      user = await this.users.findByEmail(subject);
      valid = await this.hasher.verify(password, user?.passwordHash ?? DUMMY_HASH);
    } catch (error) {
      await this.limits.giveBack(reservation);
      throw error;
    }
    if (!user || !valid) {
      await this.audit.record(null, {
        action: 'login.failed',
        subject,
        ip,
        targetType: user ? 'user' : null,
        targetId: user?.id ?? null,
      });
      // One answer for an unknown email and a wrong password, so accounts cannot be probed.
      throw new UnauthenticatedError('Email or password is incorrect');
    }
    await this.limits.giveBack(reservation);
    await this.audit.record(this.asAuthUser(user), { action: 'login', targetType: 'user', targetId: user.id, ip });
    return this.session(user);
  }

  /** The caller behind a bearer token, read fresh from the database. */
  async authenticate(token: string): Promise<AuthUser> {
    const claims = this.tokens.verify(token);
    if (!claims) throw new UnauthenticatedError('The access token is invalid or has expired');
    const user = await this.users.identityById(claims.sub);
    if (!user) throw new UnauthenticatedError('The account behind this access token no longer exists');
    return this.asAuthUser(user);
  }

  async findUser(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  private requireAcceptablePassword(password: string, normalisedEmail: string): void {
    const problems = passwordProblems(password, normalisedEmail, 'input.password');
    if (problems.length > 0) {
      throw new ValidationError(problems, `input.password: ${problems.map((p) => p.message).join('; ')}`);
    }
  }

  private session(user: UserEntity): Session {
    const now = Date.now();
    return {
      accessToken: this.tokens.sign(user.id, now),
      user,
      expiresAt: new Date(now + this.config.auth.jwtExpiresInSeconds * 1000),
    };
  }

  private asAuthUser(user: Pick<UserEntity, 'id' | 'email' | 'role'>): AuthUser {
    return { id: user.id, email: user.email, role: user.role };
  }
}
