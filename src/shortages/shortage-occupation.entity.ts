import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';

/** One ISCO unit group on a Member State's (or the EU-wide, `EU`) shortage list for a year. */
@Entity('shortage_occupation')
@Index(['iscoCode', 'year'])
export class ShortageOccupationEntity {
  /** EU-27 code (GR for Greece) or `EU` for the EU-wide list. */
  @PrimaryColumn({ name: 'member_state', type: 'varchar', length: 2 })
  memberState!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @PrimaryColumn({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode!: string;

  @ManyToOne(() => IscoGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_code' })
  iscoGroup?: IscoGroupEntity;
}
