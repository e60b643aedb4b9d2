import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An ISCO-08 group at any of its four levels (1-digit major ... 4-digit unit group). */
@Entity('isco_group')
export class IscoGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'text', unique: true })
  uri!: string;

  @Column({ type: 'text' })
  label!: string;

  /** 1 (major) to 4 (unit group): the length of the code. */
  @Column({ type: 'smallint' })
  level!: number;

  @Index()
  @Column({ name: 'parent_code', type: 'varchar', length: 4, nullable: true })
  parentCode!: string | null;
}
