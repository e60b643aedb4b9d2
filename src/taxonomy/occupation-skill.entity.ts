import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';

export type RelationType = 'essential' | 'optional';

/** ESCO's occupation-to-skill relation. */
@Entity('occupation_skill')
export class OccupationSkillEntity {
  @PrimaryColumn({ name: 'occupation_id', type: 'uuid' })
  occupationId!: string;

  @Index()
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;

  @Column({ name: 'relation_type', type: 'varchar', length: 9 })
  relationType!: RelationType;

  @ManyToOne(() => OccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;
}
