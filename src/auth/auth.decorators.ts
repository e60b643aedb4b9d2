import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ALL_ROLES, AuthUser, Role } from 'src/auth/role';
import { UnauthenticatedError } from 'src/common/errors';

export const ACCESS_KEY = 'pathways:access';

/** Who may call an operation. Every query and mutation states one; none means denied. */
export type Access = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Open to everyone, signed in or not; chosen on purpose. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

/** Open to signed-in callers with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies Access);

/** Open to every signed-in caller, whatever the role. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'roles', roles: ALL_ROLES } satisfies Access);

export interface RequestWithUser {
  user?: AuthUser;
}

export function requestOf(context: ExecutionContext): RequestWithUser {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithUser }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithUser>();
}

/** The signed-in caller; the guard has already refused anonymous calls where access needs a role. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new UnauthenticatedError();
  return user;
});

/** The caller if signed in, otherwise undefined (for public operations that differ by caller). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined => requestOf(context).user,
);
