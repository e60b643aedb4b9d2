import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { Metrics } from 'src/observability/metrics';
import type { OutboxHandler } from 'src/search/outbox/outbox-handler';
import { OutboxTopic } from 'src/search/outbox/outbox.entity';
import { LeasedRow, OutboxRepository } from 'src/search/outbox/outbox.repository';

const MAX_BACKOFF_MS = 5 * 60_000;
/** Applied rows are kept this long for a reindex to replay, then purged. */
const HISTORY_MS = 24 * 3600_000;
const PURGE_EVERY_MS = 10 * 60_000;

/** Exponential backoff from `baseMs` (half a second by default), capped at five minutes. */
export function backoffMs(attempts: number, baseMs = 500): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/**
 * Drains the search outbox into the engine, in process. Every app instance may run one:
 * rows are leased with SKIP LOCKED. A row is marked processed only after its change was applied, so
 * a crash mid-batch replays it (handlers are idempotent) and nothing is lost.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly handlers = new Map<OutboxTopic, OutboxHandler>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  register(handler: OutboxHandler): void {
    this.handlers.set(handler.topic, handler);
  }

  registered(): OutboxHandler[] {
    return [...this.handlers.values()];
  }

  onApplicationBootstrap(): void {
    if (!this.config.search.outbox.worker) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops before the database closes, so no batch is cut off by the pool going away. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Applies one leased batch; returns how many rows it handled. */
  async drainOnce(): Promise<number> {
    const { batchSize, leaseMs } = this.config.search.outbox;
    const rows = await this.outbox.lease(batchSize, leaseMs);
    const byTopic = new Map<OutboxTopic, LeasedRow[]>();
    for (const row of rows) byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), row]);
    for (const [topic, topicRows] of byTopic) {
      const rowIds = topicRows.map((r) => r.id);
      const handler = this.handlers.get(topic);
      try {
        if (!handler) throw new Error(`No search handler for topic "${topic}"`);
        await handler.apply([...new Set(topicRows.map((r) => r.entityId))]);
        await this.outbox.complete(rowIds);
        this.metrics.outboxRows(topic, 'applied', rowIds.length);
      } catch (error) {
        const attempts = Math.max(...topicRows.map((r) => r.attempts));
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Search update of ${rowIds.length} ${topic} row(s) failed (attempt ${attempts}): ${message}`);
        await this.outbox.retryLater(rowIds, backoffMs(attempts, this.config.search.outbox.retryBaseMs), message);
        this.metrics.outboxRows(topic, 'failed', rowIds.length);
      }
    }
    return rows.length;
  }

  /** Drains until nothing is ready (or the deadline passes); for tests, reindexing and benchmarks. */
  async drain(deadlineMs = 30_000): Promise<void> {
    const until = Date.now() + deadlineMs;
    while (Date.now() < until) {
      if ((await this.drainOnce()) === 0) return;
    }
  }

  /** Asks a sleeping worker to look at the outbox now rather than at its next poll. */
  nudge(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    const { pollMs } = this.config.search.outbox;
    let purgedAt = 0;
    while (this.running) {
      let handled = 0;
      try {
        if (Date.now() - purgedAt > PURGE_EVERY_MS) {
          await this.outbox.purge(HISTORY_MS);
          purgedAt = Date.now();
        }
        handled = await this.drainOnce();
      } catch (error) {
        this.logger.error(error instanceof Error ? error : String(error), 'Search outbox worker');
      }
      if (handled === 0 && this.running) {
        const controller = new AbortController();
        this.wake = () => controller.abort();
        await sleep(pollMs, undefined, { signal: controller.signal }).catch(() => undefined);
        this.wake = null;
      }
    }
  }
}
