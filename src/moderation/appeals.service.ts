import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser } from 'src/auth/role';
import { NotFoundError, RuleViolation } from 'src/common/errors';
import { EmployersService } from 'src/employers/employers.service';
import {
  AppealStatus,
  appealOpen,
  DecisionBasis,
  DecisionKind,
  GroundType,
  isRestrictive,
  NoticeStatus,
} from 'src/moderation/moderation-rules';
import { AppealEntity } from 'src/moderation/records/appeal.entity';
import { AppealsRepository } from 'src/moderation/records/appeals.repository';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';
import { NoticesRepository } from 'src/moderation/records/notices.repository';
import { RepeatOffenders } from 'src/moderation/repeat-offenders';
import { SearchOutbox } from 'src/search/outbox/search-outbox';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

/**
 * The internal complaint-handling system (DSA Art. 20): a vacancy's owner appeals the
 * restriction in force once, within six months; another administrator than the one who
 * decided answers it, and a decision found wrong is undone at once.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appeals: AppealsRepository,
    private readonly decisions: DecisionsRepository,
    private readonly notices: NoticesRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly employers: EmployersService,
    private readonly repeatOffenders: RepeatOffenders,
    private readonly audit: AuditService,
    private readonly search: SearchOutbox,
  ) {}

  async lodge(owner: AuthUser, vacancyId: string, text: string): Promise<AppealEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.vacancies.lockById(vacancyId, manager);
      const employer = await this.employers.mine(owner, manager);
      // Someone else's vacancy is answered as missing, as everywhere else.
      if (!vacancy || !employer || vacancy.employerId !== employer.id) throw new NotFoundError('Vacancy');
      const decision = await this.decisions.inForceOfVacancy(vacancyId, manager);
      if (!decision || !isRestrictive(decision.kind)) {
        throw new RuleViolation(
          'NOTHING_TO_APPEAL',
          'No restriction of this vacancy is in force to appeal',
          'CONFLICT',
        );
      }
      if (!appealOpen(decision.decidedAt, new Date())) {
        throw new RuleViolation(
          'APPEAL_WINDOW_CLOSED',
          'Decisions may be appealed for six months; this one is older',
          'CONFLICT',
        );
      }
      const appeal = await this.appeals.insert(
        { decisionId: decision.id, vacancyId, appellantId: owner.id, text },
        manager,
      );
      if (!appeal) {
        throw new RuleViolation(
          'ALREADY_APPEALED',
          'This decision has already been appealed; each decision is appealed once',
          'CONFLICT',
        );
      }
      await this.audit.record(
        owner,
        {
          action: 'appeal.received',
          targetType: 'vacancy',
          targetId: vacancyId,
          detail: { appealId: appeal.id, decisionId: decision.id },
        },
        manager,
      );
      return appeal;
    });
  }

  async decide(admin: AuthUser, appealId: string, uphold: boolean, reason: string): Promise<AppealEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.appeals.findById(appealId, manager);
      if (!found) throw new NotFoundError('Appeal');
      // The vacancy first, then the appeal: the order a review takes them in, so the two never wait on each other.
      await this.vacancies.lockById(found.vacancyId, manager);
      const appeal = (await this.appeals.lockById(appealId, manager))!;
      if (appeal.status !== AppealStatus.PENDING) {
        throw new RuleViolation('INVALID_TRANSITION', `This appeal was already ${appeal.status}`, 'CONFLICT');
      }
      const decision = (await this.decisions.findById(appeal.decisionId, manager))!;
      if (decision.decidedById === admin.id) {
        throw new RuleViolation(
          'SAME_DECIDER',
          'An appeal is decided by another administrator than the one who took the decision',
          'FORBIDDEN',
        );
      }
      const now = new Date();
      const status = uphold ? AppealStatus.UPHELD : AppealStatus.REVERSED;
      await this.appeals.decide(appealId, { status, reason, decidedById: admin.id, decidedAt: now }, manager);
      const effect = uphold ? null : await this.reverse(admin, decision, reason, now, manager);
      await this.audit.record(
        admin,
        {
          action: uphold ? 'appeal.upheld' : 'appeal.reversed',
          targetType: 'vacancy',
          targetId: appeal.vacancyId,
          detail: { appealId, decisionId: decision.id, reason, ...effect },
        },
        manager,
      );
      return { ...appeal, status, reason, decidedById: admin.id, decidedAt: now };
    });
  }

  /**
   * Undoes a decision still in force: the vacancy is public again (unless its owner has
   * closed it since), pending notices are rejected, and a removal comes off the
   * repeat-offender count, which may lift the organisation's suspension.
   */
  private async reverse(
    admin: AuthUser,
    decision: ModerationDecisionEntity,
    reason: string,
    now: Date,
    manager: EntityManager,
  ): Promise<{ republished: boolean; suspensionLifted: boolean }> {
    if (decision.endedAt !== null || decision.vacancyId === null)
      return { republished: false, suspensionLifted: false };
    const vacancy = (await this.vacancies.lockById(decision.vacancyId, manager))!;
    await this.decisions.end(decision.id, now, manager);
    const republished = vacancy.status === VacancyStatus.IN_REVIEW || vacancy.status === VacancyStatus.REMOVED;
    if (republished) {
      await this.vacancies.update(
        vacancy.id,
        { status: VacancyStatus.PUBLISHED, publishedAt: now, reviewReason: `Reinstated on appeal: ${reason}` },
        manager,
      );
      await this.search.changed(manager, 'vacancy', [vacancy.id]);
    }
    if (await this.notices.hasPending(vacancy.id, manager)) {
      const approval = await this.decisions.insert(
        {
          vacancyId: vacancy.id,
          employerId: vacancy.employerId,
          kind: DecisionKind.APPROVED,
          basis: DecisionBasis.APPEAL,
          groundType: GroundType.TERMS_OF_USE,
          ground: 'No rule for vacancies was found broken on appeal',
          facts: reason,
          automated: false,
          decidedById: admin.id,
          decidedAt: now,
          endedAt: now,
        },
        manager,
      );
      await this.notices.decidePending(vacancy.id, NoticeStatus.REJECTED, approval, manager);
    }
    const suspensionLifted =
      decision.kind === DecisionKind.REMOVED
        ? await this.repeatOffenders.afterReversal(admin, vacancy.employerId, manager)
        : false;
    return { republished, suspensionLifted };
  }
}
