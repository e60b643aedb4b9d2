import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Access, ACCESS_KEY, RequestWithUser, requestOf } from 'src/auth/auth.decorators';
import { AuthService } from 'src/auth/auth.service';
import { ForbiddenError, ROLE_NOT_ALLOWED, UnauthenticatedError } from 'src/common/errors';

type GuardedRequest = RequestWithUser & Pick<Request, 'headers'> & { authResolved?: Promise<void> };

/**
 * Global guard: an operation without an access rule is refused; a bearer token, when sent,
 * must be valid; role rules are checked against the role stored now, not the one at sign-in.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = requestOf(context) as GuardedRequest;
    // Several root fields of one request share one lookup.
    req.authResolved ??= this.resolveUser(req);
    await req.authResolved;

    if (!access) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access rule; refusing`);
      throw new ForbiddenError();
    }
    if (access.kind === 'public') return true;
    if (!req.user) throw new UnauthenticatedError();
    if (!access.roles.includes(req.user.role)) throw new ForbiddenError(ROLE_NOT_ALLOWED);
    return true;
  }

  private async resolveUser(req: GuardedRequest): Promise<void> {
    const header = req.headers.authorization;
    if (!header) return;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new UnauthenticatedError('The Authorization header must be "Bearer <accessToken>"');
    req.user = await this.auth.authenticate(match[1]);
  }
}
