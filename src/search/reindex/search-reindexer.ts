import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutboxRepository } from 'src/search/outbox/outbox.repository';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';

export interface ReindexReport {
  taxonomyMs: number;
  topics: { topic: string; documents: number; ms: number }[];
  replayed: number;
}

/**
 * Rebuilds every index from PostgreSQL while writes go on. Each engine swaps the new index
 * in at once (a transaction on PostgreSQL, an index swap on Meilisearch), then every entity
 * that changed since the rebuild began is queued again, so the result ends consistent.
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly worker: OutboxWorker,
    private readonly outbox: OutboxRepository,
  ) {}

  async reindex(
    onStep: (line: string) => void = (line) => this.logger.log(line),
    onProgress?: (topic: string, done: number, total: number) => void,
  ): Promise<ReindexReport> {
    const since = await this.outbox.now();
    let started = performance.now();
    await this.engine.reindexTaxonomy();
    const taxonomyMs = Math.round(performance.now() - started);
    onStep(`taxonomy: ${taxonomyMs} ms`);
    const topics: ReindexReport['topics'] = [];
    for (const handler of this.worker.registered()) {
      if (!handler.rebuild) continue;
      started = performance.now();
      const documents = await handler.rebuild((done, total) => onProgress?.(handler.topic, done, total));
      const ms = Math.round(performance.now() - started);
      topics.push({ topic: handler.topic, documents, ms });
      onStep(`${handler.topic}: ${documents} documents in ${ms} ms`);
    }
    const replayed = await this.outbox.replaySince(since);
    onStep(`queued again ${replayed} change(s) made while rebuilding`);
    await this.worker.drain();
    return { taxonomyMs, topics, replayed };
  }
}
