import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { safeError } from 'src/common/safe-error';

const MAX_QUERY = 500;

/**
 * TypeORM's log, written through the application's logger. A failed statement is logged by
 * its text (placeholders, never their values) and its SQLSTATE; parameters carry names,
 * emails and message text, so they are never logged. Successful statements are not logged.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Only failures are worth a line; TypeORM is configured with `logging: ['error']`.
  }

  logQueryError(error: string | Error, query: string): void {
    const failure = typeof error === 'string' ? { type: 'Error', message: '' } : safeError(error);
    this.logger.warn({
      msg: 'Statement failed',
      code: failure.code,
      constraint: failure.constraint,
      error: failure.message,
      query: query.replace(/\s+/g, ' ').slice(0, MAX_QUERY),
    });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({
      msg: 'Slow statement',
      durationMs: time,
      query: query.replace(/\s+/g, ' ').slice(0, MAX_QUERY),
    });
  }

  logSchemaBuild(): void {
    // Schema diffs are printed by `npm run db:check`/`db:generate` themselves.
  }

  logMigration(): void {
    // DatabaseModule and `npm run db:migrate` say which migrations they applied.
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(typeof message === 'string' ? message : '[TypeORM warning]');
  }
}
