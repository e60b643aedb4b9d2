import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface CounterState {
  key: string;
  hits: number;
  windowEndsAt: Date;
  now: Date;
}

@Injectable()
export class RateLimitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one hit on each key in one statement and returns the counts after it. The upsert
   * locks each row, so concurrent hits on a key, from any instance, are counted one after
   * another: no two callers can both see the last free slot. An expired window starts over.
   * Window ends are kept to the millisecond so they survive the trip through a JS Date.
   * Rows are locked in key order, here as in giveBack, so two statements on the same keys
   * wait for each other instead of deadlocking.
   */
  async hit(keys: string[], windowSeconds: number): Promise<CounterState[]> {
    return this.dataSource.query<CounterState[]>(
      `INSERT INTO rate_limit_counter (key, hits, window_ends_at)
       SELECT k, 1, date_trunc('milliseconds', now() + make_interval(secs => $2))
       FROM unnest($1::varchar[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit_counter.window_ends_at <= now() THEN 1 ELSE rate_limit_counter.hits + 1 END,
         window_ends_at = CASE WHEN rate_limit_counter.window_ends_at <= now()
           THEN EXCLUDED.window_ends_at ELSE rate_limit_counter.window_ends_at END
       RETURNING key, hits, window_ends_at AS "windowEndsAt", now() AS now`,
      [keys, windowSeconds],
    );
  }

  /** Gives back hits taken in the given windows (a window that has since started over is left alone). */
  async giveBack(counters: Pick<CounterState, 'key' | 'windowEndsAt'>[]): Promise<void> {
    if (counters.length === 0) return;
    await this.dataSource.query(
      `WITH taken AS (
         SELECT c.key FROM rate_limit_counter c
         JOIN unnest($1::varchar[], $2::timestamptz[]) AS g(key, window_ends_at)
           ON c.key = g.key AND c.window_ends_at = g.window_ends_at
         ORDER BY c.key FOR UPDATE OF c
       )
       UPDATE rate_limit_counter c SET hits = greatest(c.hits - 1, 0) FROM taken WHERE c.key = taken.key`,
      [counters.map((c) => c.key), counters.map((c) => c.windowEndsAt)],
    );
  }

  /** Forgets windows that ended a while ago. */
  async sweep(): Promise<number> {
    // TypeORM answers a DELETE with [rows, affected].
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM rate_limit_counter WHERE window_ends_at < now() - interval '1 minute'`,
    );
    return affected;
  }
}
