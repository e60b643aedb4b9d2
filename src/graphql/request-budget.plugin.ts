import { ApolloServerPlugin } from '@apollo/server';
import { remainingBudgetMs } from 'src/common/request-context';
import { budgetSpentError } from 'src/database/request-aware-pool';

/**
 * Enforces the request's time budget (GRAPHQL_REQUEST_TIMEOUT_MS, set when the request
 * arrives): a root field that starts after it ran out is answered RATE_LIMITED instead of
 * running. Database checkouts honour the same budget (request-aware-pool), which is what
 * stops fields already under way. Any RATE_LIMITED answer gets a Retry-After header.
 */
export function requestBudgetPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart() {
          return Promise.resolve({
            willResolveField({ info }) {
              if (info.path.prev !== undefined) return;
              const left = remainingBudgetMs();
              if (left !== undefined && left <= 0) throw budgetSpentError();
            },
          });
        },
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const waits = (response.body.singleResult.errors ?? [])
            .map((e) => e.extensions?.retryAfterSeconds)
            .filter((s): s is number => typeof s === 'number');
          if (waits.length > 0) response.http.headers.set('retry-after', String(Math.max(...waits)));
          return Promise.resolve();
        },
      });
    },
  };
}
