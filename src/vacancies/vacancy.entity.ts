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
import { EmployerEntity } from 'src/employers/employer.entity';
import type { LanguageRequirement } from 'src/reference/cefr';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';

export enum SalaryPeriod {
  HOUR = 'HOUR',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

export interface StoredFlag {
  code: string;
  message: string;
}

@Entity('vacancy')
@Index('vacancy_listing', ['status', 'publishedAt', 'id'])
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Index()
  @Column({ type: 'uuid' })
  occupationId!: string;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'char', length: 2 })
  memberState!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ type: 'jsonb' })
  languageRequirements!: LanguageRequirement[];

  @Column({ type: 'smallint', nullable: true })
  minEqfLevel!: number | null;

  @Column({ type: 'real', nullable: true })
  minExperienceYears!: number | null;

  @Column({ type: 'int' })
  positions!: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  salaryMin!: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  salaryMax!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  salaryCurrency!: string | null;

  @Column({ type: 'enum', enum: SalaryPeriod, enumName: 'salary_period', nullable: true })
  salaryPeriod!: SalaryPeriod | null;

  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  /** Whether the ISCO unit group was on a shortage list when the vacancy was last saved or published. */
  @Column({ type: 'boolean', default: false })
  shortageOccupation!: boolean;

  @Column({ type: 'enum', enum: VacancyStatus, enumName: 'vacancy_status', default: VacancyStatus.DRAFT })
  status!: VacancyStatus;

  @Column({ type: 'jsonb' })
  screeningFlags!: StoredFlag[];

  /** Why an administrator removed or approved it (the decision's facts when no reason was given). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reviewReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('vacancy_skill')
export class VacancySkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId!: string;

  @PrimaryColumn({ type: 'uuid' })
  skillId!: string;

  @Column({ type: 'boolean' })
  essential!: boolean;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;
}
