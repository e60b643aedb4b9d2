import { OnModuleInit } from '@nestjs/common';
import { OutboxTopic } from 'src/search/outbox/outbox.entity';
import type { OutboxWorker } from 'src/search/outbox/outbox.worker';

/**
 * Applies pending changes of one topic to the search engine: reads the entities' current
 * state and upserts their documents, or deletes those no longer to be indexed. Applying the
 * same ids twice must give the same index (rows can be replayed after a crash).
 */
export interface OutboxHandler {
  readonly topic: OutboxTopic;
  apply(entityIds: string[]): Promise<void>;
  /**
   * Rebuilds this topic's whole index from the database (`npm run search:reindex`),
   * reporting documents read so far against the total; returns the document count.
   */
  rebuild?(progress?: (done: number, total: number) => void): Promise<number>;
}

/** Where a topic's documents come from and go to. */
export interface DocumentFlow<T extends { id: string }> {
  /** The documents of those of `ids` that belong in the index. */
  documents(ids: string[]): Promise<T[]>;
  upsert(documents: T[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
}

/**
 * The usual handler: upserts the documents of the changed ids that still belong in the
 * index and deletes the rest. It registers itself with the worker when the module starts.
 */
export abstract class DocumentHandler<T extends { id: string }> implements OutboxHandler, OnModuleInit {
  abstract readonly topic: OutboxTopic;

  protected constructor(
    private readonly worker: OutboxWorker,
    private readonly flow: DocumentFlow<T>,
  ) {}

  onModuleInit(): void {
    this.worker.register(this);
  }

  async apply(ids: string[]): Promise<void> {
    const documents = await this.flow.documents(ids);
    const indexed = new Set(documents.map((d) => d.id));
    await this.flow.upsert(documents);
    await this.flow.remove(ids.filter((id) => !indexed.has(id)));
  }
}
