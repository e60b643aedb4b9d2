import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from 'src/taxonomy/skill.entity';

/** ESCO's skill hierarchy: `skillId` is a narrower (more specific) skill of `broaderSkillId`. */
@Entity('skill_hierarchy')
export class SkillHierarchyEntity {
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;

  @Index()
  @PrimaryColumn({ name: 'broader_skill_id', type: 'uuid' })
  broaderSkillId!: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'broader_skill_id' })
  broaderSkill?: SkillEntity;
}

/** ESCO's skill-to-skill relation: `relatedSkillId` is essential or optional to `skillId`. */
@Entity('skill_relation')
export class SkillRelationEntity {
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;

  @Index()
  @PrimaryColumn({ name: 'related_skill_id', type: 'uuid' })
  relatedSkillId!: string;

  @Column({ name: 'relation_type', type: 'varchar', length: 9 })
  relationType!: 'essential' | 'optional';

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_skill_id' })
  relatedSkill?: SkillEntity;
}
