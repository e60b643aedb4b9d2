import { ApiError } from '../api/client';
import { texts } from '../texts';

/** What an error means to the person at the console, in the console's words where it has them. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return texts.errors.generic;
  switch (error.code) {
    case 'NETWORK':
      return texts.errors.network;
    case 'UNAUTHENTICATED':
      return texts.errors.sessionExpired;
    case 'RATE_LIMITED':
      return texts.errors.rateLimited(error.retryAfterSeconds ?? 60);
    case 'INTERNAL':
      return texts.errors.generic;
    default:
      // The API's own messages are written for people (reasons, invalid transitions, field problems).
      return error.fields.length > 0 ? error.fields.map((f) => `${f.path}: ${f.message}`).join('; ') : error.message;
  }
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="message message-error" role="alert">
      <p>{describeError(error)}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {texts.retry}
        </button>
      ) : null}
    </div>
  );
}

/** A polite announcement for screen readers that is also shown (the outcome of an action). */
export function StatusMessage({ children }: { children: React.ReactNode }) {
  return (
    <p className="message message-ok" role="status">
      {children}
    </p>
  );
}

export function Loading() {
  return (
    <p className="loading" role="status">
      {texts.loading}
    </p>
  );
}
