import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser, Role } from 'src/auth/role';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from 'src/common/errors';
import { ContactRequestEntity } from 'src/contacts/contact-request.entity';
import {
  canApplyContactAction,
  CONTACT_ACTIONS,
  ContactRequestStatus,
  ContactViewer,
  normaliseMessage,
  revealsContact,
  showsCandidate,
} from 'src/contacts/contact-rules';
import { ContactsRepository } from 'src/contacts/contacts.repository';
import { employerMay } from 'src/employers/employer-status';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployersService } from 'src/employers/employers.service';
import { Connection, offsetFromCursor, rankedConnection, toConnection } from 'src/graphql/connection';
import { screenMessage } from 'src/vacancies/screening/screening';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';

/** An employer's member looks at requests; whether it may see candidates at all is its status now. */
function employerViewer(employer: EmployerEntity): ContactViewer {
  return { role: Role.EMPLOYER, employerId: employer.id, verified: employerMay(employer.status, 'see candidates') };
}

export interface ContactResult {
  request: ContactRequestEntity;
  viewer: ContactViewer;
}

@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly employers: EmployersService,
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditService,
  ) {}

  /** A verified employer asks a visible candidate, about one of its published vacancies, who they are. */
  async request(
    user: AuthUser,
    vacancyId: string,
    candidateId: string,
    rawMessage: string | null | undefined,
  ): Promise<ContactResult> {
    const message = normaliseMessage(rawMessage);
    const flags = message ? screenMessage(message) : [];
    if (flags.length > 0) {
      throw new ValidationError(
        flags.map((f) => ({ path: 'message', message: f.message })),
        `The message breaks the fair-recruitment rules: ${flags.map((f) => f.message).join('; ')}`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.permitted(user, 'contact candidates', manager);
      const vacancy = await this.vacancies.findById(vacancyId, manager);
      // Someone else's vacancy is answered as missing, as everywhere else.
      if (!vacancy || vacancy.employerId !== employer.id) throw new NotFoundError('Vacancy');
      if (vacancy.status !== VacancyStatus.PUBLISHED) {
        throw new RuleViolation(
          'INVALID_TRANSITION',
          `Contact requests are sent for PUBLISHED vacancies; this one is ${vacancy.status}`,
          'CONFLICT',
        );
      }
      // Held until commit, so a withdrawal of consent cannot slip in between check and insert.
      const profile = await this.candidates.lockVisibleById(candidateId, manager);
      // A hidden profile and a missing one get the same answer, so hidden ids cannot be probed.
      if (!profile) throw new RuleViolation('PROFILE_NOT_VISIBLE', 'This candidate is not visible', 'FORBIDDEN');
      const alreadyAsked = () =>
        new ConflictError('This candidate has already been asked about this vacancy', [
          { path: 'candidateId', message: 'already has a request for this vacancy' },
        ]);
      if (await this.contacts.findBlocking(vacancy.id, profile.id, manager)) throw alreadyAsked();
      const id = await this.contacts.insert(
        { vacancyId: vacancy.id, profileId: profile.id, employerId: employer.id, message },
        manager,
      );
      if (!id) throw alreadyAsked();
      await this.audit.record(
        user,
        {
          action: 'contact.requested',
          targetType: 'contact_request',
          targetId: id,
          detail: { vacancyId: vacancy.id, employerId: employer.id },
        },
        manager,
      );
      const [result] = await this.seen(
        user,
        [(await this.contacts.findFull(id, manager))!],
        employerViewer(employer),
        manager,
      );
      return result!;
    });
  }

  /** The candidate accepts (revealing their name and email to that employer) or declines. */
  async respond(user: AuthUser, id: string, accept: boolean): Promise<ContactResult> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.findByOwner(user.id, manager);
      const request = await this.contacts.lockById(id, manager);
      if (!profile || !request || request.profileId !== profile.id) throw new NotFoundError('Contact request');
      this.requireAction('respond', request);
      const status = accept ? ContactRequestStatus.ACCEPTED : ContactRequestStatus.DECLINED;
      await this.contacts.setStatus(id, status, new Date(), manager);
      await this.audit.record(
        user,
        {
          action: accept ? 'contact.accepted' : 'contact.declined',
          targetType: 'contact_request',
          targetId: id,
          detail: { vacancyId: request.vacancyId, employerId: request.employerId },
        },
        manager,
      );
      return {
        request: (await this.contacts.findFull(id, manager))!,
        viewer: { role: Role.CANDIDATE, profileId: profile.id },
      };
    });
  }

  /** The employer takes back a request the candidate has not answered yet. */
  async withdraw(user: AuthUser, id: string): Promise<ContactResult> {
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.mine(user, manager);
      const request = await this.contacts.lockById(id, manager);
      if (!employer || !request || request.employerId !== employer.id) throw new NotFoundError('Contact request');
      this.requireAction('withdraw', request);
      await this.contacts.setStatus(id, ContactRequestStatus.WITHDRAWN, new Date(), manager);
      await this.audit.record(
        user,
        { action: 'contact.withdrawn', targetType: 'contact_request', targetId: id },
        manager,
      );
      const [result] = await this.seen(
        user,
        [(await this.contacts.findFull(id, manager))!],
        employerViewer(employer),
        manager,
      );
      return result!;
    });
  }

  /** Candidates see the requests sent to them; employers those their organisation sent. */
  async list(
    user: AuthUser,
    status: ContactRequestStatus | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<ContactResult>> {
    const offset = offsetFromCursor(after);
    const viewer = await this.viewerOf(user);
    if (!viewer) return toConnection([], first, 0, () => []);
    const side = viewer.role === Role.CANDIDATE ? { profileId: viewer.profileId } : { employerId: viewer.employerId };
    const { rows, total } = await this.contacts.page(side, status, offset, first + 1);
    // Only the requests on this page are shown, so only they are audited (the extra row tells whether more follow).
    const shown = await this.seen(user, rows.slice(0, first), viewer);
    const more = rows.slice(first).map((request) => ({ request, viewer }));
    return rankedConnection([...shown, ...more], first, offset, total);
  }

  private async viewerOf(user: AuthUser): Promise<ContactViewer | null> {
    if (user.role === Role.CANDIDATE) {
      const profile = await this.candidates.findByOwner(user.id);
      return profile ? { role: Role.CANDIDATE, profileId: profile.id } : null;
    }
    const employer = await this.employers.mine(user);
    return employer ? employerViewer(employer) : null;
  }

  /**
   * The results as the viewer gets them. Every candidate an employer is shown through a
   * request is a view of that candidate, audited like `candidate(id)` (with the request,
   * and whether name and email were revealed).
   */
  private async seen(
    user: AuthUser,
    requests: ContactRequestEntity[],
    viewer: ContactViewer,
    manager?: EntityManager,
  ): Promise<ContactResult[]> {
    if (viewer.role === Role.EMPLOYER) {
      const shown = requests.filter((r) => showsCandidate(r, r.profile!, viewer));
      await this.audit.recordMany(
        user,
        shown.map((r) => ({
          action: 'candidate.viewed',
          targetType: 'candidate_profile',
          targetId: r.profileId,
          detail: { contactRequestId: r.id, contactRevealed: revealsContact(r, r.profile!, viewer) },
        })),
        manager,
      );
    }
    return requests.map((request) => ({ request, viewer }));
  }

  private requireAction(action: keyof typeof CONTACT_ACTIONS, request: ContactRequestEntity): void {
    if (!canApplyContactAction(action, request.status)) {
      throw new RuleViolation(
        'INVALID_TRANSITION',
        `A ${request.status} contact request cannot be ${action === 'respond' ? 'answered' : 'withdrawn'}`,
        'CONFLICT',
      );
    }
  }
}
