import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from 'src/auth/user.entity';
import { AppealStatus } from 'src/moderation/moderation-rules';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';

/** A vacancy owner's complaint against a decision (DSA Art. 20): one per decision. */
@Entity('appeal')
@Index('IDX_appeal_decision', ['decisionId'], { unique: true })
@Index('IDX_appeal_vacancy', ['vacancyId', 'createdAt'])
@Index('IDX_appeal_created', ['createdAt'])
@Index('IDX_appeal_decided', ['decidedAt'])
export class AppealEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  decisionId!: string;

  @ManyToOne(() => ModerationDecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: ModerationDecisionEntity;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  /** The owner's account that lodged it; null once that account is erased. */
  @Column({ type: 'uuid', nullable: true })
  appellantId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'appellant_id' })
  appellant?: UserEntity;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ type: 'enum', enum: AppealStatus, enumName: 'appeal_status', default: AppealStatus.PENDING })
  status!: AppealStatus;

  /** The deciding administrator's reasons, told to the owner. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
