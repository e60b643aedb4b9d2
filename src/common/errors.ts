/**
 * Typed errors features throw. The GraphQL layer maps them in one place (src/graphql/format-error)
 * to `extensions.code`, `extensions.reason` and `extensions.fields`.
 */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

/** Reasons a domain rule was broken (docs/rules.md, "Reasons"). */
export type DomainReason =
  | 'EU_CITIZEN'
  | 'RESIDES_IN_EU'
  | 'UNDER_AGE'
  | 'UNKNOWN_CONCEPT'
  | 'EMPLOYER_NOT_VERIFIED'
  | 'LOCATION_OUTSIDE_EMPLOYER_STATE'
  | 'NOT_SHORTAGE_OCCUPATION'
  | 'INVALID_TRANSITION'
  | 'PROFILE_NOT_VISIBLE'
  | 'NOT_ELIGIBLE'
  | 'ALREADY_NOTIFIED'
  | 'PENDING_MODERATION'
  | 'NOTHING_TO_APPEAL'
  | 'ALREADY_APPEALED'
  | 'APPEAL_WINDOW_CLOSED'
  | 'SAME_DECIDER'
  | 'TRUSTED_FLAGGER_NOT_ALLOWED';

export interface FieldProblem {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { reason?: DomainReason; fields?: FieldProblem[] } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldProblem[], message = 'Input is not valid') {
    super('BAD_USER_INPUT', message, { fields });
  }

  static field(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }], `${path}: ${message}`);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fields?: FieldProblem[]) {
    super('CONFLICT', message, { fields });
  }
}

/** The messages the access guard uses, so clients (and tests) can tell them from service checks. */
export const SIGN_IN_REQUIRED = 'Sign in to do this';
export const ROLE_NOT_ALLOWED = 'Your role may not do this';

export class UnauthenticatedError extends AppError {
  constructor(message = SIGN_IN_REQUIRED) {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this', reason?: DomainReason) {
    super('FORBIDDEN', message, { reason });
  }
}

/** Which limit a RATE_LIMITED answer comes from (`extensions.limit`). */
export type RateLimit = 'login' | 'registration' | 'notice' | 'anonymous' | 'hashing' | 'database' | 'time';

export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(
    retryAfterSeconds: number,
    readonly limit: RateLimit = 'login',
    message = `Too many attempts; try again in ${Math.max(1, Math.ceil(retryAfterSeconds))} seconds`,
  ) {
    super('RATE_LIMITED', message);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/** A domain rule (docs/rules.md) was broken; the reason tells clients which one. */
export class RuleViolation extends AppError {
  constructor(reason: DomainReason, message: string, code: ErrorCode = 'BAD_USER_INPUT', fields?: FieldProblem[]) {
    super(code, message, { reason, fields });
  }
}
