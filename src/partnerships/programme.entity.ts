import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from 'src/auth/user.entity';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import type { EligibilityCriteria } from 'src/partnerships/eligibility';

/**
 * A Talent Partnership programme: third countries it recruits in, EU Member States it
 * places people in, and the criteria a candidate must meet. The criteria are kept as one
 * jsonb document shaped exactly like `EligibilityCriteria`, which the pure evaluator takes
 * as it is; they are always read whole and never queried by part.
 */
@Entity('partnership_programme')
export class PartnershipProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  /** ISO 3166-1 alpha-2 codes of third countries (never EU-27). */
  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  partnerCountries!: string[];

  /** EU-27 codes (Greece as GR). */
  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  memberStates!: string[];

  @Column({ type: 'jsonb' })
  criteria!: EligibilityCriteria;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A PARTNERSHIP_ADMIN account that administers a programme (an account may administer several). */
@Entity('programme_administrator')
@Index(['userId'])
export class ProgrammeAdministratorEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => PartnershipProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: PartnershipProgrammeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt!: Date;
}

/**
 * A programme's statement that it selected (and possibly trained) a candidate. Only the
 * programme's administrators write it (docs/rules.md, rule 8); one per programme and profile.
 */
@Entity('partnership_credential')
@Index(['programmeId', 'profileId'], { unique: true })
@Index(['profileId'])
export class PartnershipCredentialEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => PartnershipProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: PartnershipProgrammeEntity;

  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;

  @Column({ type: 'boolean' })
  trainingCompleted!: boolean;

  /** When the credential was last awarded (awarding again updates it). */
  @Column({ type: 'timestamptz' })
  awardedAt!: Date;

  /** The programme administrator who awarded it; kept null once that account is deleted. */
  @Column({ type: 'uuid', nullable: true })
  awardedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'awarded_by' })
  awarder?: UserEntity;
}
