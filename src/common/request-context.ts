import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  /** When the request's time budget runs out (epoch ms); unset outside GraphQL requests. */
  deadline?: number;
}

/** Carries the request id (and time budget) through every await of a request. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

/** Milliseconds left in the current request's budget, or undefined when it has none. */
export function remainingBudgetMs(now = Date.now()): number | undefined {
  const deadline = requestContext.getStore()?.deadline;
  return deadline === undefined ? undefined : deadline - now;
}
