import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from 'src/auth/role';
import { PersonalDataSource, PersonalDataSources } from 'src/privacy/personal-data';
import { AppealsRepository } from 'src/moderation/records/appeals.repository';
import { NoticesRepository } from 'src/moderation/records/notices.repository';

/**
 * Notices a person sent (signed in, or anonymously with their address as the contact) and
 * appeals they lodged. On erasure the notices and appeals stay, for the vacancy's record and
 * the transparency figures, but lose the account and the contact address.
 */
@Injectable()
export class ModerationPersonalData implements PersonalDataSource, OnModuleInit {
  readonly key = 'trustAndSafety';

  constructor(
    private readonly notices: NoticesRepository,
    private readonly appeals: AppealsRepository,
    private readonly registry: PersonalDataSources,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(user: AuthUser): Promise<unknown> {
    const [notices, appeals] = await Promise.all([
      this.notices.ofPerson(user.id, user.email),
      this.appeals.ofAppellant(user.id),
    ]);
    return {
      notices: notices.map((n) => ({
        id: n.id,
        vacancyId: n.vacancyId,
        category: n.category,
        status: n.status,
        // Someone else may have typed this address into an anonymous notice: their words are theirs.
        details: n.notifierId === user.id ? n.details : undefined,
        contactEmail: n.contactEmail,
        sentSignedIn: n.notifierId === user.id,
        trustedFlagger: n.trustedFlagger,
        createdAt: n.createdAt,
        decidedAt: n.decidedAt,
      })),
      appeals: appeals.map((a) => ({
        id: a.id,
        vacancyId: a.vacancyId,
        decisionId: a.decisionId,
        text: a.text,
        status: a.status,
        reason: a.reason,
        createdAt: a.createdAt,
        decidedAt: a.decidedAt,
      })),
    };
  }

  async erase(user: AuthUser, manager: EntityManager): Promise<void> {
    await this.notices.forgetPerson(user.id, user.email, manager);
    await this.appeals.forgetAppellant(user.id, manager);
  }
}
