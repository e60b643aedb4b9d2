import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, FieldProblem } from 'src/common/errors';

const logger = new Logger('GraphQL');

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

/** graphql-js words a bad variable as: Variable "$input" got invalid value 1 at "input.list[0].x"; why. */
const INVALID_VARIABLE = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; ([^]*)$/;

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

/**
 * The one mapping from anything thrown to the error shape of docs/api.md. Unknown errors become
 * INTERNAL with a generic message (logged with their stack); stacks reach the client only
 * in development.
 */
export function createFormatError(development: boolean) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(raw);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const stack = development && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {};

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.details.reason ? { reason: original.details.reason } : {}),
          ...(original.details.fields ? { fields: original.details.fields } : {}),
          ...stack,
        },
      };
    }

    const incoming = formatted.extensions?.code;
    if (typeof incoming === 'string' && REQUEST_ERROR_CODES.has(incoming)) {
      const problem = variableProblem(formatted.message);
      return {
        ...base,
        extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, ...(problem ? { fields: [problem] } : {}), ...stack },
      };
    }

    logger.error(
      original instanceof Error ? original : { error: String(original) },
      'Unhandled error in a GraphQL operation',
    );
    return {
      ...base,
      message: development ? formatted.message : 'Internal server error',
      extensions: { code: 'INTERNAL' satisfies ErrorCode, ...stack },
    };
  };
}
