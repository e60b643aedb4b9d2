import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';

/** An ESCO occupation. Its id stays the same across imports: imports upsert on the URI. */
@Entity('occupation')
@Index('occupation_label_order', ['preferredLabel', 'id'])
export class OccupationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** A compact integer key for the search indexes' integer arrays (intarray GIN); stable like the id. */
  @Column({ type: 'int', unique: true })
  @Generated('increment')
  num!: number;

  @Column({ name: 'esco_uri', type: 'text', unique: true })
  escoUri!: string;

  @Index()
  @Column({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode!: string;

  @ManyToOne(() => IscoGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_code' })
  iscoGroup?: IscoGroupEntity;

  /** The ESCO hierarchical code, such as 2422.10. */
  @Index()
  @Column({ name: 'esco_code', type: 'text', nullable: true })
  escoCode!: string | null;

  @Column({ name: 'preferred_label', type: 'text' })
  preferredLabel!: string;

  @Column({ name: 'alt_labels', type: 'text', array: true, default: () => "'{}'" })
  altLabels!: string[];

  @Column({ name: 'hidden_labels', type: 'text', array: true, default: () => "'{}'" })
  hiddenLabels!: string[];

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
