import { OutboxTopic } from 'src/search/outbox/outbox.entity';

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
