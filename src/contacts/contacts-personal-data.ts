import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser, Role } from 'src/auth/role';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { ContactRequestEntity } from 'src/contacts/contact-request.entity';
import { ContactsRepository } from 'src/contacts/contacts.repository';
import { EmployersRepository } from 'src/employers/employers.repository';
import { PersonalDataSource, PersonalDataSources } from 'src/privacy/personal-data';

const exported = (r: ContactRequestEntity) => ({
  id: r.id,
  vacancyId: r.vacancyId,
  candidateId: r.profileId,
  employerId: r.employerId,
  status: r.status,
  message: r.message,
  createdAt: r.createdAt,
  respondedAt: r.respondedAt,
});

/**
 * Contact requests in the data export, for both sides. On erasure a candidate's requests
 * are deleted; an employer's pending ones are withdrawn (the organisation stays on record).
 */
@Injectable()
export class ContactsPersonalData implements PersonalDataSource, OnModuleInit {
  readonly key = 'contactRequests';

  constructor(
    private readonly contacts: ContactsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly employers: EmployersRepository,
    private readonly registry: PersonalDataSources,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(user: AuthUser): Promise<unknown> {
    if (user.role === Role.CANDIDATE) {
      const profile = await this.candidates.findByOwner(user.id);
      return profile ? (await this.contacts.allOf({ profileId: profile.id })).map(exported) : [];
    }
    if (user.role === Role.EMPLOYER) {
      const employer = await this.employers.findByOwner(user.id);
      return employer ? (await this.contacts.allOf({ employerId: employer.id })).map(exported) : [];
    }
    return undefined;
  }

  async erase(user: AuthUser, manager: EntityManager): Promise<void> {
    const profile = await this.candidates.findByOwner(user.id, manager);
    if (profile) await this.contacts.deleteOfProfile(profile.id, manager);
    const employer = await this.employers.findByOwner(user.id, manager);
    if (employer) await this.contacts.withdrawPendingOf(employer.id, new Date(), manager);
  }
}
