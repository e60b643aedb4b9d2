import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EmployerStatus } from 'src/employers/employer-status';

/** An organisation established in an EU Member State, owned by one EMPLOYER account. */
@Entity('employer')
@Index('employer_registration_key', ['memberState', 'registrationKey'], { unique: true })
@Index('employer_status_order', ['status', 'createdAt', 'id'])
export class EmployerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', unique: true, nullable: true })
  ownerId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  legalName!: string;

  @Column({ type: 'char', length: 2 })
  memberState!: string;

  @Column({ type: 'varchar', length: 64 })
  registrationNumber!: string;

  /** What uniqueness is decided on: see src/employers/registration-number.ts. */
  @Column({ type: 'varchar', length: 64 })
  registrationKey!: string;

  @Column({ type: 'varchar', length: 254 })
  contactEmail!: string;

  @Column({ type: 'enum', enum: EmployerStatus, enumName: 'employer_status', default: EmployerStatus.PENDING })
  status!: EmployerStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
