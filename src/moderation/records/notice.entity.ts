import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from 'src/auth/user.entity';
import { NoticeCategory, NoticeStatus } from 'src/moderation/moderation-rules';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';

/** Someone's notice that a vacancy breaks a rule (DSA Art. 16), from anyone, signed in or not. */
@Entity('notice')
@Index('IDX_notice_vacancy_status', ['vacancyId', 'status'])
@Index('IDX_notice_notifier', ['notifierId', 'createdAt'])
@Index('IDX_notice_created', ['createdAt'])
@Index('IDX_notice_decided', ['decidedAt'])
export class NoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'enum', enum: NoticeCategory, enumName: 'notice_category' })
  category!: NoticeCategory;

  @Column({ type: 'enum', enum: NoticeStatus, enumName: 'notice_status', default: NoticeStatus.RECEIVED })
  status!: NoticeStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  details!: string | null;

  /** Personal data: in the notifier's export, cleared by their erasure. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  /** The signed-in notifier; null for anonymous notices and after the account was erased. */
  @Column({ type: 'uuid', nullable: true })
  notifierId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'notifier_id' })
  notifier?: UserEntity;

  /**
   * Who sent it, as a SHA-256 digest of the account id or, for anonymous notices, of the
   * client address: notices are counted per distinct notifier without keeping either.
   */
  @Column({ type: 'varchar', length: 80 })
  notifierKey!: string;

  /** Whether the notifier was a trusted flagger when it was sent. */
  @Column({ type: 'boolean' })
  trustedFlagger!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The decision that answered it (ACTIONED or REJECTED). */
  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => ModerationDecisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id' })
  decision?: ModerationDecisionEntity;
}
