import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One thing that happened and who did it: logins, failed logins, role and status changes,
 * employer views of candidates, decisions on vacancies and contact requests, exports and
 * erasures. Rows are only ever appended.
 */
@Entity('audit_log')
@Index('IDX_audit_log_action_subject_at', ['action', 'subject', 'at'])
@Index('IDX_audit_log_target', ['targetType', 'targetId'])
@Index('IDX_audit_log_actor', ['actorId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  /** A key to count events by, such as a normalised email for failed logins. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  subject!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'jsonb' })
  detail!: Record<string, unknown>;
}
