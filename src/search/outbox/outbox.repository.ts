import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxEntity, OutboxTopic } from 'src/search/outbox/outbox.entity';

export interface LeasedRow {
  id: string;
  topic: OutboxTopic;
  entityId: string;
  attempts: number;
}

@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async enqueue(manager: EntityManager, topic: OutboxTopic, entityIds: readonly string[]): Promise<void> {
    const unique = [...new Set(entityIds)];
    if (unique.length === 0) return;
    await manager.insert(
      OutboxEntity,
      unique.map((entityId) => ({ topic, entityId })),
    );
  }

  /**
   * Leases up to `limit` ready rows. Rows of an entity another worker is still applying are
   * left alone, so two workers never push the same entity at once (an older state could
   * otherwise land after a newer one).
   */
  async lease(limit: number, leaseMs: number): Promise<LeasedRow[]> {
    // A structured result: a plain query() answers an UPDATE ... RETURNING with [rows, count].
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(
        `WITH picked AS (
         SELECT o.id FROM search_outbox o
         WHERE o.processed_at IS NULL AND o.available_at <= now()
           AND (o.leased_until IS NULL OR o.leased_until < now())
           AND NOT EXISTS (
             SELECT 1 FROM search_outbox b
             WHERE b.topic = o.topic AND b.entity_id = o.entity_id AND b.id <> o.id
               AND b.processed_at IS NULL AND b.leased_until >= now())
         ORDER BY o.id
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
       UPDATE search_outbox s
       SET leased_until = now() + make_interval(secs => $2::float8 / 1000), attempts = s.attempts + 1
       FROM picked WHERE s.id = picked.id
       RETURNING s.id::text AS id, s.topic, s.entity_id AS "entityId", s.attempts`,
        [limit, leaseMs],
        true,
      );
      return result.records as LeasedRow[];
    } finally {
      await runner.release();
    }
  }

  async complete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE search_outbox SET processed_at = now(), leased_until = NULL, last_error = NULL WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** Queues again every entity that changed since `since`: what a reindex must re-apply after its swap. */
  async replaySince(since: Date): Promise<number> {
    const rows = await this.dataSource.query<{ n: number }[]>(
      `WITH changed AS (SELECT DISTINCT topic, entity_id FROM search_outbox WHERE created_at >= $1),
       queued AS (INSERT INTO search_outbox (topic, entity_id) SELECT topic, entity_id FROM changed RETURNING 1)
       SELECT count(*)::int AS n FROM queued`,
      [since],
    );
    return rows[0]?.n ?? 0;
  }

  /** Forgets applied rows older than `olderThanMs`. */
  async purge(olderThanMs: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM search_outbox WHERE processed_at < now() - make_interval(secs => $1::float8 / 1000)`,
      [olderThanMs],
    );
  }

  async now(): Promise<Date> {
    const [row] = await this.dataSource.query<{ now: Date }[]>(`SELECT now() AS now`);
    return row!.now;
  }

  async retryLater(ids: readonly string[], delayMs: number, error: string): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE search_outbox
       SET leased_until = NULL, available_at = now() + make_interval(secs => $2::float8 / 1000), last_error = $3
       WHERE id = ANY($1::bigint[])`,
      [ids, delayMs, error.slice(0, 2000)],
    );
  }

  /**
   * Rows not yet applied, by state (leased: a worker holds them; failing: the last attempt
   * failed; ready: waiting for a worker), and the age of the oldest row that is due. `via` is a
   * pool of its own (the health connection), so operators see the outbox while requests hold
   * every connection of the main pool.
   */
  async stats(
    via?: Pick<Pool, 'query'>,
  ): Promise<{ ready: number; leased: number; failing: number; lagSeconds: number }> {
    const sql = `SELECT count(*) FILTER (WHERE leased_until >= now())::int AS leased,
         count(*) FILTER (WHERE (leased_until IS NULL OR leased_until < now()) AND last_error IS NOT NULL)::int AS failing,
         count(*) FILTER (WHERE (leased_until IS NULL OR leased_until < now()) AND last_error IS NULL)::int AS ready,
         coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE available_at <= now())), 0)::float8 AS lag
       FROM search_outbox WHERE processed_at IS NULL`;
    type Row = { ready: number; leased: number; failing: number; lag: number };
    const [row] = via ? (await via.query<Row>(sql)).rows : await this.dataSource.query<Row[]>(sql);
    return { ready: row?.ready ?? 0, leased: row?.leased ?? 0, failing: row?.failing ?? 0, lagSeconds: row?.lag ?? 0 };
  }

  async backlog(): Promise<{ pending: number; oldestAgeMs: number }> {
    const [row] = await this.dataSource.query<{ pending: number; oldest: number | null }[]>(
      `SELECT count(*)::int AS pending, (extract(epoch FROM now() - min(created_at)) * 1000)::float8 AS oldest
       FROM search_outbox WHERE processed_at IS NULL`,
    );
    return { pending: row?.pending ?? 0, oldestAgeMs: row?.oldest ?? 0 };
  }
}
