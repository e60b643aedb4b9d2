import pg from 'pg';
import { RateLimitedError } from 'src/common/errors';
import { remainingBudgetMs } from 'src/common/request-context';

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/** pg-pool's words when no connection came free (or could be opened) in time. */
const POOL_TIMEOUTS = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

export function poolBusyError(): RateLimitedError {
  return new RateLimitedError(1, 'database', 'The service is busy; try again in a second');
}

export function budgetSpentError(): RateLimitedError {
  return new RateLimitedError(1, 'time', 'The request ran out of its time budget; try again with less in it');
}

/** A checkout that timed out: the pool was busy, or the wait was cut short by the request's budget. */
function translate(error: Error | undefined, cutByBudget: boolean): Error | undefined {
  if (!error || !POOL_TIMEOUTS.includes(error.message)) return error;
  return cutByBudget ? budgetSpentError() : poolBusyError();
}

/**
 * The `pg` module with a Pool that knows about requests: inside a GraphQL request a
 * checkout waits at most `acquireTimeoutMs` and never past the request's time budget, and a
 * pool that stays exhausted answers RATE_LIMITED (with a retry hint) instead of a driver
 * error. Work outside requests (the outbox worker, commands) keeps the pool's own timeout.
 */
export function requestAwarePg(acquireTimeoutMs: number): typeof pg {
  class RequestAwarePool extends pg.Pool {
    override connect(): Promise<pg.PoolClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
      const remaining = remainingBudgetMs();
      if (remaining === undefined) return callback ? super.connect(callback) : super.connect();
      if (remaining <= 0) {
        if (callback) return callback(budgetSpentError(), undefined, () => undefined);
        return Promise.reject(budgetSpentError());
      }
      // pg-pool reads the timeout when a checkout starts, so setting it around the call is enough.
      const saved = this.options.connectionTimeoutMillis;
      const cutByBudget = remaining < acquireTimeoutMs;
      this.options.connectionTimeoutMillis = Math.max(1, Math.min(acquireTimeoutMs, remaining));
      try {
        if (callback) {
          return super.connect((error, client, done) => callback(translate(error, cutByBudget), client, done));
        }
        return super.connect().catch((error: Error) => Promise.reject(translate(error, cutByBudget) ?? error));
      } finally {
        this.options.connectionTimeoutMillis = saved;
      }
    }
  }
  // The module object keeps its other exports (types, defaults) through the prototype.
  return Object.assign(Object.create(pg) as typeof pg, { Pool: RequestAwarePool });
}
