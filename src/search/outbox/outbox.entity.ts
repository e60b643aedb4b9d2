import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the search engine must hear about: written in the same transaction as the change. */
export type OutboxTopic = 'candidate' | 'vacancy' | 'employer';

/**
 * One change for the search engine. Rows are leased by a worker (SKIP LOCKED, so several
 * app instances can drain together), marked processed once applied, and retried with backoff.
 */
@Entity('search_outbox')
@Index('search_outbox_ready', ['availableAt', 'id'], { where: '"processed_at" IS NULL' })
@Index('search_outbox_entity', ['topic', 'entityId'])
export class OutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  topic!: OutboxTopic;

  @Column({ type: 'uuid' })
  entityId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leasedUntil!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Set once applied. Applied rows are kept a day so a reindex can replay what changed while it ran. */
  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
