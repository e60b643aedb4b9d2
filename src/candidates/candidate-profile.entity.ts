import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from 'src/auth/user.entity';

/**
 * A CANDIDATE account's profile, one per account. The id is what employers know the
 * candidate by; the name, birth date and account email never leave the owner's view.
 */
@Entity('candidate_profile')
// The retention run looks for profiles not updated for a long time and not flagged yet.
@Index('candidate_profile_retention', ['updatedAt'], { where: 'retention_flagged_at IS NULL' })
export class CandidateProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', unique: true })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'char', length: 2 })
  citizenship!: string;

  @Column({ type: 'char', length: 2 })
  residenceCountry!: string;

  /** YYYY-MM-DD, kept as a string so no time zone can shift the day. */
  @Column({ type: 'date' })
  birthDate!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  headline!: string | null;

  /** EU-27 codes; empty means anywhere. */
  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  preferredDestinations!: string[];

  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  /** True only while consent is given: the one switch that shows the profile to employers. */
  @Column({ type: 'boolean', default: false })
  visible!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  consentGivenAt!: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  consentPolicyVersion!: string | null;

  /**
   * When the retention rule hid the profile for inactivity (RETENTION_MONTHS without an
   * update); cleared when the candidate gives consent again.
   */
  @Column({ type: 'timestamptz', nullable: true })
  retentionFlaggedAt!: Date | null;

  /** Derived on save from the qualifications, so matching can filter on it with an index. */
  @Column({ type: 'smallint', nullable: true })
  highestEqfLevel!: number | null;

  /** Derived on save: the sum of the experience entries' years. */
  @Column({ type: 'real', default: 0 })
  yearsOfExperience!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
