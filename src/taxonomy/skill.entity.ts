import { Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An ESCO skill or knowledge concept. Its id stays the same across imports (upsert on URI). */
@Entity('skill')
@Index('skill_label_order', ['preferredLabel', 'id'])
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** A compact integer key for the search indexes' integer arrays (intarray GIN); stable like the id. */
  @Column({ type: 'int', unique: true })
  @Generated('increment')
  num!: number;

  @Column({ name: 'esco_uri', type: 'text', unique: true })
  escoUri!: string;

  /** `skill/competence`, `knowledge`, ...; null for the few concepts ESCO leaves untyped. */
  @Column({ name: 'skill_type', type: 'text', nullable: true })
  skillType!: string | null;

  /** `transversal`, `cross-sector`, `sector-specific` or `occupation-specific`. */
  @Column({ name: 'reuse_level', type: 'text', nullable: true })
  reuseLevel!: string | null;

  @Column({ name: 'preferred_label', type: 'text' })
  preferredLabel!: string;

  @Column({ name: 'alt_labels', type: 'text', array: true, default: () => "'{}'" })
  altLabels!: string[];

  @Column({ name: 'hidden_labels', type: 'text', array: true, default: () => "'{}'" })
  hiddenLabels!: string[];

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** In ESCO's transversal skills collection: generic, says little about a job. */
  @Column({ type: 'boolean', default: false })
  transversal!: boolean;

  /**
   * How much holding this skill says, in (0, 1]: an inverse frequency over the occupations
   * that need it, derived at import (src/taxonomy/import/skill-profiles.ts).
   */
  @Column({ type: 'real', default: 1 })
  specificity!: number;
}
