import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CefrLevel } from 'src/reference/cefr';

/**
 * The candidate index of the PostgreSQL engine: one row per VISIBLE candidate holding only
 * coded, pseudonymised fields — never a name, birth date, contact or free text. Kept in
 * step by the search outbox, like a Meilisearch index.
 */
@Entity('search_candidate')
export class SearchCandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'char', length: 2 })
  citizenship!: string;

  @Column({ type: 'char', length: 2 })
  residenceCountry!: string;

  /** EU-27 codes; empty means anywhere. */
  @Column({ type: 'char', length: 2, array: true })
  destinations!: string[];

  /**
   * Every language at every level it satisfies, as language number × 8 + CEFR rank (see
   * language-codes). Not indexed: most candidates meet the common requirements, so the
   * skill and occupation indexes narrow first and this is checked on their rows.
   */
  @Column({ type: 'int', array: true })
  languageCodes!: number[];

  @Column({ type: 'smallint', nullable: true })
  highestEqf!: number | null;

  @Column({ type: 'real' })
  yearsOfExperience!: number;

  /** Skill.num of every skill held. */
  @Index('search_candidate_skills', { synchronize: false })
  @Column({ type: 'int', array: true })
  skillNums!: number[];

  /** Occupation.num of desired and experienced occupations. */
  @Index('search_candidate_occupations', { synchronize: false })
  @Column({ type: 'int', array: true })
  occupationNums!: number[];

  /** ISCO-08 unit groups (4-digit numbers) of desired and experienced occupations. */
  @Index('search_candidate_isco', { synchronize: false })
  @Column({ type: 'int', array: true })
  iscoUnits!: number[];

  /** The rest of what scoring reads: desired occupations, experience, languages, credentials. */
  @Column({ type: 'jsonb' })
  profile!: CandidateIndexProfile;

  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  /**
   * The id of the transaction that last wrote the row (pg_current_xact_id): in-memory
   * replicas of the index read what changed since their last look by it.
   */
  @Index('search_candidate_changed')
  @Column({ type: 'bigint', default: 0 })
  changedXid!: string;
}

/**
 * Candidates taken out of the index, with the transaction that took them out, so in-memory
 * replicas drop them too. Kept a day: a replica that fell further behind loads afresh.
 */
@Entity('search_candidate_removal')
export class SearchCandidateRemovalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('search_candidate_removal_xid')
  @Column({ type: 'bigint' })
  removedXid!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  removedAt!: Date;
}

export interface CandidateIndexProfile {
  desired: { o: number; i: string }[];
  experience: { o: number; i: string; y: number }[];
  languages: { l: string; v: CefrLevel }[];
  credentials: { p: string; c: boolean }[];
}
