import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';

export type ConsentEventSource = 'candidate' | 'retention';

/**
 * Every time a candidate gave or withdrew consent to be seen by employers, and under which
 * policy version: the history a data export shows. Rows are only ever appended.
 */
@Entity('consent_event')
@Index(['profileId', 'at'])
export class ConsentEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'boolean' })
  given!: boolean;

  /** The policy the candidate agreed to; null for a withdrawal. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  policyVersion!: string | null;

  /** Who made the change: the candidate, or the retention rule hiding an inactive profile. */
  @Column({ type: 'varchar', length: 16, default: 'candidate' })
  source!: ConsentEventSource;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
