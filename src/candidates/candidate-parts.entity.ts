import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { CefrLevel } from 'src/reference';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';

/*
 * The lists of a candidate profile. A save replaces them all; `position` keeps the order the
 * candidate gave. Taxonomy rows are RESTRICTed: the ESCO importer keeps ids stable, so a
 * concept still in use must never vanish under a profile.
 */

@Entity('candidate_desired_occupation')
@Index(['occupationId'])
export class CandidateDesiredOccupationEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @PrimaryColumn({ type: 'uuid' })
  occupationId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;
}

@Entity('candidate_skill')
@Index(['skillId'])
export class CandidateSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @PrimaryColumn({ type: 'uuid' })
  skillId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;
}

@Entity('candidate_language')
export class CandidateLanguageEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  language!: string;

  @Column({ type: 'enum', enum: CefrLevel, enumName: 'candidate_language_level' })
  level!: CefrLevel;

  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;
}

@Entity('candidate_qualification')
export class CandidateQualificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @PrimaryColumn({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'smallint' })
  eqfLevel!: number;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;
}

@Entity('candidate_experience')
@Index(['occupationId'])
export class CandidateExperienceEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @PrimaryColumn({ type: 'smallint' })
  position!: number;

  @Column({ type: 'uuid' })
  occupationId!: string;

  @Column({ type: 'real' })
  years!: number;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;
}
