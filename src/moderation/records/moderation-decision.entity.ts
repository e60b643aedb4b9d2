import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from 'src/auth/user.entity';
import { EmployerEntity } from 'src/employers/employer.entity';
import { DecisionBasis, DecisionKind, GroundType } from 'src/moderation/moderation-rules';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';

/**
 * One moderation decision and its statement of reasons (DSA Art. 17): about a vacancy, or
 * about a whole organisation (a suspension). Rows are kept for the transparency report;
 * `endedAt` says when a restriction stopped applying (reviewed, reversed, edited, lifted).
 */
@Entity('moderation_decision')
@Index('IDX_moderation_decision_vacancy', ['vacancyId', 'decidedAt'])
@Index('IDX_moderation_decision_employer', ['employerId', 'kind', 'decidedAt'])
@Index('IDX_moderation_decision_decided', ['decidedAt'])
export class ModerationDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for a decision about the organisation as a whole. */
  @Column({ type: 'uuid', nullable: true })
  vacancyId!: string | null;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'enum', enum: DecisionKind, enumName: 'moderation_decision_kind' })
  kind!: DecisionKind;

  @Column({ type: 'enum', enum: DecisionBasis, enumName: 'moderation_decision_basis' })
  basis!: DecisionBasis;

  @Column({ type: 'enum', enum: GroundType, enumName: 'moderation_ground_type' })
  groundType!: GroundType;

  @Column({ type: 'varchar', length: 1000 })
  ground!: string;

  @Column({ type: 'varchar', length: 6000 })
  facts!: string;

  /** What it is about: the screening flags or notice categories behind it, for the transparency report. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  codes!: string[];

  /** Whether a rule, not a person, took it (screening, notices, the repeat-offender count). */
  @Column({ type: 'boolean' })
  automated!: boolean;

  /** The prior warning before a suspension (DSA Art. 23), when this removal brings one. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  warning!: string | null;

  /** The administrator who took it; null when automated. */
  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;

  /** When it stopped applying; null while in force. An approval never restricts, so it ends as it is taken. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
