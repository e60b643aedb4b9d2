import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxTopic } from 'src/search/outbox/outbox.entity';
import { OutboxRepository } from 'src/search/outbox/outbox.repository';

/** What services call, inside their transaction, when something the search engine holds changed. */
@Injectable()
export class SearchOutbox {
  constructor(private readonly outbox: OutboxRepository) {}

  changed(manager: EntityManager, topic: OutboxTopic, entityIds: readonly string[]): Promise<void> {
    return this.outbox.enqueue(manager, topic, entityIds);
  }
}
