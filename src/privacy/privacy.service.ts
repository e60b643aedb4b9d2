import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from 'src/audit/audit-entry.entity';
import { AuditRepository } from 'src/audit/audit.repository';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser, Role } from 'src/auth/role';
import { UsersRepository } from 'src/auth/users.repository';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { ForbiddenError, UnauthenticatedError } from 'src/common/errors';
import { EmployersRepository } from 'src/employers/employers.repository';
import { CorePersonalData } from 'src/privacy/core-personal-data';
import { PersonalDataSources } from 'src/privacy/personal-data';

export const EXPORT_FORMAT = 'pathways-personal-data/1';

/** Roles whose accounts only go with their decisions kept attributable: not self-service. */
const NOT_SELF_ERASABLE: readonly Role[] = [Role.ADMIN, Role.PARTNERSHIP_ADMIN];

@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly candidates: CandidatesRepository,
    private readonly employers: EmployersRepository,
    private readonly auditLog: AuditRepository,
    private readonly audit: AuditService,
    private readonly core: CorePersonalData,
    private readonly sources: PersonalDataSources,
  ) {}

  /** One JSON document of everything held on the caller (GDPR articles 15 and 20). */
  async export(user: AuthUser): Promise<string> {
    const account = await this.users.findById(user.id);
    if (!account) throw new UnauthenticatedError('The account behind this access token no longer exists');
    const profile = await this.candidates.findByOwner(user.id);
    const employer = await this.employers.findByOwner(user.id);
    const document: Record<string, unknown> = {
      format: EXPORT_FORMAT,
      exportedAt: new Date(),
      account: { id: account.id, email: account.email, role: account.role, createdAt: account.createdAt },
      candidateProfile: profile ? await this.core.candidateProfile(profile) : null,
      employer: employer ? await this.core.employer(employer) : null,
    };
    for (const source of this.sources.all()) {
      const section = await source.collect(user);
      if (section !== undefined) document[source.key] = section;
    }
    const about = [user.id, profile?.id, employer?.id].filter((id): id is string => id !== undefined);
    document.auditEntries = this.auditEntries(user, await Promise.all(about.map((id) => this.auditLog.findAbout(id))));
    await this.audit.record(user, { action: 'privacy.exported', targetType: 'user', targetId: user.id });
    return JSON.stringify(document, null, 2);
  }

  /**
   * Erases the caller's account and personal data in one transaction. What stays: one audit
   * record without personal data, the organisation of an employer (REMOVED, owner detached)
   * and its closed vacancies. A second call with the same token cannot reach here: the guard
   * finds no account and answers UNAUTHENTICATED.
   */
  async erase(user: AuthUser): Promise<boolean> {
    if (NOT_SELF_ERASABLE.includes(user.role)) {
      throw new ForbiddenError(
        'Administrator accounts are not deleted by themselves: their decisions must stay attributable',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.findByOwner(user.id, manager, true);
      const employer = await this.employers.findByOwner(user.id, manager);
      for (const source of this.sources.all()) await source.erase?.(user, manager);
      if (profile) await this.core.eraseCandidate(profile, manager);
      if (employer) await this.core.eraseEmployer(employer, manager);
      await this.auditLog.anonymise(user.id, manager);
      await this.users.delete(user.id, manager);
      await this.audit.record(
        null,
        {
          action: 'privacy.erased',
          targetType: 'user',
          detail: { role: user.role, candidateProfile: profile !== null, employer: employer !== null },
        },
        manager,
      );
    });
    return true;
  }

  /** Oldest first, each once; who else acted is left out (their role stays). */
  private auditEntries(user: AuthUser, groups: AuditEntryEntity[][]): Record<string, unknown>[] {
    const seen = new Map<string, AuditEntryEntity>();
    for (const entry of groups.flat()) seen.set(entry.id, entry);
    return [...seen.values()]
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id))
      .map((e) => {
        const byYou = e.actorId === user.id;
        return {
          at: e.at,
          action: e.action,
          byYou,
          actorRole: e.actorRole,
          targetType: e.targetType,
          targetId: e.targetId,
          ...(byYou ? { ip: e.ip } : {}),
          detail: e.detail,
        };
      });
  }
}
