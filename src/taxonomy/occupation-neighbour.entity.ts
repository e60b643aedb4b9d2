import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';

/**
 * Occupations that need alike skills, derived at import (src/taxonomy/import/skill-profiles.ts):
 * the cosine of their specificity-weighted ESCO skill profiles. Symmetric: each pair is
 * stored both ways.
 */
@Entity('occupation_neighbour')
export class OccupationNeighbourEntity {
  @PrimaryColumn({ name: 'occupation_id', type: 'uuid' })
  occupationId!: string;

  @PrimaryColumn({ name: 'neighbour_id', type: 'uuid' })
  neighbourId!: string;

  @Column({ type: 'real' })
  similarity!: number;

  @ManyToOne(() => OccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @ManyToOne(() => OccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbour_id' })
  neighbour?: OccupationEntity;
}
