import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LanguageRequirement } from 'src/reference/cefr';

/**
 * The vacancy index of the PostgreSQL engine: one row per PUBLISHED vacancy of a VERIFIED
 * employer, kept in step by the search outbox exactly as a Meilisearch index would be.
 */
@Entity('search_vacancy')
@Index('search_vacancy_recent', ['publishedAt', 'id'])
export class SearchVacancyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  employerId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Index()
  @Column({ type: 'uuid' })
  occupationId!: string;

  @Index()
  @Column({ type: 'varchar', length: 4 })
  iscoCode!: string;

  @Index()
  @Column({ type: 'char', length: 2 })
  memberState!: string;

  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ type: 'int' })
  occupationNum!: number;

  @Index('search_vacancy_skills', { synchronize: false })
  @Column({ type: 'int', array: true })
  essentialSkillNums!: number[];

  @Column({ type: 'int', array: true })
  optionalSkillNums!: number[];

  /** The language codes a candidate must all hold (see language-codes). */
  @Column({ type: 'int', array: true })
  requiredLanguageCodes!: number[];

  @Column({ type: 'jsonb' })
  languageRequirements!: LanguageRequirement[];

  @Column({ type: 'smallint', nullable: true })
  minEqfLevel!: number | null;

  @Column({ type: 'real', nullable: true })
  minExperienceYears!: number | null;

  @Column({ type: 'text' })
  description!: string;

  /** Title (weight A) and description (weight B), accents folded, in the language-neutral 'simple' configuration. */
  // A GIN index created by the migration; TypeORM cannot declare GIN, so it leaves this one alone.
  @Index('search_vacancy_text', { synchronize: false })
  @Column({ type: 'tsvector' })
  document!: string;

  /**
   * The id of the transaction that last wrote the row (pg_current_xact_id): in-memory
   * replicas of the index read what changed since their last look by it.
   */
  @Index('search_vacancy_changed')
  @Column({ type: 'bigint', default: 0 })
  changedXid!: string;
}

/**
 * Vacancies taken out of the index, with the transaction that took them out, so in-memory
 * replicas drop them too. Kept a day: a replica that fell further behind loads afresh.
 */
@Entity('search_vacancy_removal')
export class SearchVacancyRemovalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('search_vacancy_removal_xid')
  @Column({ type: 'bigint' })
  removedXid!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  removedAt!: Date;
}
