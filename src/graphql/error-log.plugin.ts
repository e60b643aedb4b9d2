import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from 'src/common/errors';
import { errorCodeOf } from 'src/graphql/format-error';

/** At most this many unexpected errors of one request are logged in full; the rest are counted. */
const MAX_LOGGED_FAILURES = 3;
const MAX_LOGGED_FIELDS = 10;

/**
 * One log line per request that ended with errors. A client's mistakes (bad input, missing
 * sign-in, refused access, limits) are expected: one info line with their codes and the
 * offending field paths, no messages (they can quote the input) and no stacks. Unexpected
 * errors are error lines with a sanitised error (see safeError); a request can write only a
 * few of them, however many fields failed.
 */
export function errorLogPlugin(): ApolloServerPlugin {
  const logger = new Logger('GraphQL');
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, operationName }) {
          const codes: Partial<Record<ErrorCode, number>> = {};
          const fields = new Set<string>();
          const failures: GraphQLError[] = [];
          for (const error of errors) {
            const code = errorCodeOf(error);
            codes[code] = (codes[code] ?? 0) + 1;
            if (code === 'INTERNAL') failures.push(error);
            const original = unwrapResolverError(error);
            for (const problem of original instanceof AppError ? (original.details.fields ?? []) : []) {
              fields.add(problem.path);
            }
          }
          const operation = operationName && /^\w{1,100}$/.test(operationName) ? operationName : undefined;
          const clientErrors = errors.length - failures.length;
          if (clientErrors > 0) {
            logger.log({
              msg: 'Request answered with client errors',
              operation,
              codes: Object.fromEntries(Object.entries(codes).filter(([code]) => code !== 'INTERNAL')),
              ...(fields.size > 0 ? { fields: [...fields].slice(0, MAX_LOGGED_FIELDS) } : {}),
            });
          }
          for (const failure of failures.slice(0, MAX_LOGGED_FAILURES)) {
            logger.error({
              msg: 'Unhandled error in a GraphQL operation',
              operation,
              path: failure.path?.join('.'),
              err: unwrapResolverError(failure),
            });
          }
          if (failures.length > MAX_LOGGED_FAILURES) {
            logger.error({
              msg: 'More unhandled errors in the same request',
              count: failures.length - MAX_LOGGED_FAILURES,
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
