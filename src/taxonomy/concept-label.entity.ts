import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';

/**
 * An occupation's labels in one language other than English (English stays on the
 * occupation row). One row per occupation and language, replaced by each import of that
 * language's file; deleted with the occupation.
 */
@Entity('occupation_label')
@Index('occupation_label_language', ['language'])
export class OccupationLabelEntity {
  @PrimaryColumn({ name: 'occupation_id', type: 'uuid' })
  occupationId!: string;

  /** ISO 639-1 code, lower case. */
  @PrimaryColumn({ type: 'varchar', length: 3 })
  language!: string;

  @ManyToOne(() => OccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ name: 'preferred_label', type: 'text' })
  preferredLabel!: string;

  @Column({ name: 'alt_labels', type: 'text', array: true, default: () => "'{}'" })
  altLabels!: string[];

  @Column({ name: 'hidden_labels', type: 'text', array: true, default: () => "'{}'" })
  hiddenLabels!: string[];
}

/** A skill's labels in one language other than English, as for occupations. */
@Entity('skill_label')
@Index('skill_label_language', ['language'])
export class SkillLabelEntity {
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  language!: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @Column({ name: 'preferred_label', type: 'text' })
  preferredLabel!: string;

  @Column({ name: 'alt_labels', type: 'text', array: true, default: () => "'{}'" })
  altLabels!: string[];

  @Column({ name: 'hidden_labels', type: 'text', array: true, default: () => "'{}'" })
  hiddenLabels!: string[];
}
