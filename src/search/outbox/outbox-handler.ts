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

/**
 * The usual way to apply changes: upsert the documents that still belong in the index and
 * delete the rest of the changed ids.
 */
export async function applyDocuments<T extends { id: string }>(
  ids: string[],
  documents: T[],
  upsert: (documents: T[]) => Promise<void>,
  remove: (ids: string[]) => Promise<void>,
): Promise<void> {
  const indexed = new Set(documents.map((d) => d.id));
  await upsert(documents);
  await remove(ids.filter((id) => !indexed.has(id)));
}
