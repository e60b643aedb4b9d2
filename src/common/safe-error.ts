/**
 * What of an error may be written to a log. Database errors carry the statement's
 * parameters (names, emails, message text) and PostgreSQL quotes offending values in its
 * messages, so neither leaves the process: a log gets the error's type, its SQLSTATE or
 * code, a message with quoted values blanked, and the stack frames.
 */
export interface SafeError {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  stack?: string;
}

const QUOTED = /"[^"]*"|'[^']*'/g;
const MAX_MESSAGE = 300;
const MAX_FRAMES = 12;

/** Errors whose message may quote a value from a statement: PostgreSQL's and TypeORM's wrappers of them. */
function fromDatabase(error: Record<string, unknown>): boolean {
  return (
    error.name === 'QueryFailedError' ||
    error.name === 'DatabaseError' ||
    'driverError' in error ||
    (typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && 'severity' in error)
  );
}

export function redactQuoted(text: string): string {
  return text.replace(QUOTED, '"…"');
}

export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: '[not an Error]' };
  const fields = error as unknown as Record<string, unknown>;
  const driver = (fields.driverError ?? fields) as Record<string, unknown>;
  const database = fromDatabase(fields);
  const message = (database ? redactQuoted(error.message) : error.message).slice(0, MAX_MESSAGE);
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, MAX_FRAMES);
  return {
    type: error.name,
    message,
    ...(typeof driver.code === 'string' ? { code: driver.code } : {}),
    ...(database && typeof driver.constraint === 'string' ? { constraint: driver.constraint } : {}),
    ...(database && typeof driver.table === 'string' ? { table: driver.table } : {}),
    ...(frames.length > 0 ? { stack: frames.map((f) => f.trim()).join('\n') } : {}),
  };
}
