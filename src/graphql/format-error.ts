import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, FieldProblem, RateLimitedError } from 'src/common/errors';

/** Codes Apollo and graphql-js give to requests that never reached a resolver. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Our own codes, when a plugin or rule already set one on a GraphQLError. */
const CLIENT_CODES = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

/** Extensions the request-level limits set (cost, depth, aliases, ...) that clients may read. */
const LIMIT_EXTENSIONS = ['limit', 'max', 'cost', 'maxCost', 'maxDepth', 'retryAfterSeconds'] as const;

/** graphql-js words a bad variable as: Variable "$input" got invalid value 1 at "input.list[0].x"; why. */
const INVALID_VARIABLE = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; ([^]*)$/;

/** graphql-js's spelling hints ("Did you mean "occupations"?") name schema parts introspection would hide. */
const SUGGESTION = /\s*Did you mean [^]*\?$/;

export function stripSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * The field problem of a variable GraphQL itself refused (a value outside an enum, a
 * malformed Date), with the same dotted path class-validator errors use: `input.languages.0.level`.
 */
export function variableProblem(message: string): FieldProblem | null {
  const match = INVALID_VARIABLE.exec(message);
  if (!match) return null;
  const [, variable, at, why] = match;
  const path = (at ?? variable!).replace(/\[(\d+)\]/g, '.$1');
  return { path, message: why! };
}

/** The API code of anything thrown during a request: a client's mistake, or INTERNAL. */
export function errorCodeOf(raw: unknown, incomingCode?: unknown): ErrorCode {
  const original = unwrapResolverError(raw);
  if (original instanceof AppError) return original.code;
  const code = incomingCode ?? (raw as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return 'BAD_USER_INPUT';
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code as ErrorCode;
  return 'INTERNAL';
}

export interface FormatErrorOptions {
  /** Stack traces and unexpected errors' messages reach the client. */
  development: boolean;
  /** Drop "Did you mean ...?" hints (whenever introspection is off). */
  hideSuggestions: boolean;
}

/**
 * The one mapping from anything thrown to the error shape of docs/api.md. Unknown errors become
 * INTERNAL with a generic message; their stacks reach the client only in development. A
 * client's own mistakes never carry a stack: the code, message and fields say it all. Logging
 * is the error-log plugin's (one line per request), not this function's.
 */
export function createFormatError({ development, hideSuggestions }: FormatErrorOptions) {
  const text = (message: string) => (hideSuggestions ? stripSuggestions(message) : message);
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(raw);
    const base = { message: text(formatted.message), locations: formatted.locations, path: formatted.path };
    const stack = development && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {};

    if (original instanceof AppError) {
      return {
        ...base,
        message: text(original.message),
        extensions: {
          code: original.code,
          ...(original.details.reason ? { reason: original.details.reason } : {}),
          ...(original.details.fields ? { fields: original.details.fields } : {}),
          ...(original instanceof RateLimitedError
            ? { limit: original.limit, retryAfterSeconds: original.retryAfterSeconds }
            : {}),
          ...(original.code === 'INTERNAL' ? stack : {}),
        },
      };
    }

    const code = errorCodeOf(raw, formatted.extensions?.code);
    if (code !== 'INTERNAL') {
      const problem = variableProblem(formatted.message);
      const limits = Object.fromEntries(
        LIMIT_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [
          k,
          formatted.extensions![k],
        ]),
      );
      return {
        ...base,
        extensions: {
          code,
          ...limits,
          ...(problem ? { fields: [{ ...problem, message: text(problem.message) }] } : {}),
        },
      };
    }

    return {
      ...base,
      message: development ? formatted.message : 'Internal server error',
      extensions: { code: 'INTERNAL' satisfies ErrorCode, ...stack },
    };
  };
}
