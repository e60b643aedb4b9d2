import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { ContactRequestStatus } from 'src/contacts/contact-rules';
import { EmployerEntity } from 'src/employers/employer.entity';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';

/**
 * An employer asking a candidate, about one vacancy, to reveal who they are. Only the
 * employer's own withdrawal frees the pair for a new request: a pending or accepted request
 * makes another pointless, and a declined one is the candidate's answer for that vacancy.
 */
@Entity('contact_request')
@Index('contact_request_one_per_pair', ['vacancyId', 'profileId'], {
  unique: true,
  where: `status <> 'WITHDRAWN'`,
})
@Index('contact_request_profile_order', ['profileId', 'createdAt', 'id'])
@Index('contact_request_employer_order', ['employerId', 'createdAt', 'id'])
export class ContactRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: CandidateProfileEntity;

  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({
    type: 'enum',
    enum: ContactRequestStatus,
    enumName: 'contact_request_status',
    default: ContactRequestStatus.PENDING,
  })
  status!: ContactRequestStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  message!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the candidate answered, or the employer withdrew. */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
