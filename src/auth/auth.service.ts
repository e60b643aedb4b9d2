import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditRepository } from 'src/audit/audit.repository';
import { AuditService } from 'src/audit/audit.service';
import { DUMMY_HASH, hashPassword, normaliseEmail, passwordProblems, verifyPassword } from 'src/auth/password';
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
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly auditLog: AuditRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Self-service sign-up: candidates and employers only. */
  async register(email: string, password: string, role: Role, ip?: string): Promise<Session> {
    if (!SELF_SERVICE_ROLES.includes(role)) {
      throw new ForbiddenError(`Accounts with role ${role} are created by an administrator`);
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
    const problems = passwordProblems(password, normalised);
    if (problems.length > 0)
      throw new ValidationError(problems, `password: ${problems.map((p) => p.message).join('; ')}`);
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.insert({ email: normalised, passwordHash, role }, manager);
      if (!user) {
        throw new ConflictError('An account with this email already exists', [
          { path: 'email', message: 'is already registered' },
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

  async login(email: string, password: string, ip?: string): Promise<Session> {
    const subject = normaliseEmail(email);
    const { loginMaxAttempts, loginWindowSeconds } = this.config.auth;
    const since = new Date(Date.now() - loginWindowSeconds * 1000);
    const [byEmail, byIp] = await Promise.all([
      this.auditLog.countSince('login.failed', { subject }, since),
      ip ? this.auditLog.countSince('login.failed', { ip }, since) : Promise.resolve(0),
    ]);
    if (byEmail >= loginMaxAttempts || byIp >= loginMaxAttempts * IP_ATTEMPT_FACTOR) {
      await this.audit.record(null, { action: 'login.rate_limited', subject, ip });
      throw new RateLimitedError(loginWindowSeconds);
    }

    const user = await this.users.findByEmail(subject);
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
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
    await this.audit.record(this.asAuthUser(user), { action: 'login', targetType: 'user', targetId: user.id, ip });
    return this.session(user);
  }

  /** The caller behind a bearer token, read fresh from the database. */
  async authenticate(token: string): Promise<AuthUser> {
    const claims = this.tokens.verify(token);
    if (!claims) throw new UnauthenticatedError('The access token is invalid or has expired');
    const user = await this.users.findById(claims.sub);
    if (!user) throw new UnauthenticatedError('The account behind this access token no longer exists');
    return this.asAuthUser(user);
  }

  async findUser(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  private session(user: UserEntity): Session {
    const now = Date.now();
    return {
      accessToken: this.tokens.sign(user.id, now),
      user,
      expiresAt: new Date(now + this.config.auth.jwtExpiresInSeconds * 1000),
    };
  }

  private asAuthUser(user: UserEntity): AuthUser {
    return { id: user.id, email: user.email, role: user.role };
  }
}
