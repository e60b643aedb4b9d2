import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser } from 'src/auth/role';
import { RuleViolation, ValidationError } from 'src/common/errors';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { EmployersService } from 'src/employers/employers.service';
import {
  AppealStatus,
  DecisionBasis,
  DecisionKind,
  GroundType,
  NoticeStatus,
  noticesHide,
} from 'src/moderation/moderation-rules';
import { AppealsRepository } from 'src/moderation/records/appeals.repository';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';
import { NoticeEntity } from 'src/moderation/records/notice.entity';
import { NoticesRepository } from 'src/moderation/records/notices.repository';
import { RepeatOffenders } from 'src/moderation/repeat-offenders';
import { noticeStatement } from 'src/moderation/statements';
import { SearchOutbox } from 'src/search/outbox/search-outbox';
import { StoredFlag, VacancyEntity } from 'src/vacancies/vacancy.entity';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { VacanciesService } from 'src/vacancies/vacancies.service';

export interface ReviewInput {
  approve: boolean;
  reason?: string | null;
  ground?: string | null;
  facts?: string | null;
  groundType?: GroundType | null;
}

/** What a decision rests on: a trusted flagger's notice, other notices, screening, or the administrator alone. */
function basisOf(pending: readonly NoticeEntity[], flags: readonly StoredFlag[]): DecisionBasis {
  if (pending.some((n) => n.trustedFlagger)) return DecisionBasis.TRUSTED_FLAGGER;
  if (pending.length > 0) return DecisionBasis.NOTICES;
  if (flags.length > 0) return DecisionBasis.SCREENING;
  return DecisionBasis.OWN_INITIATIVE;
}

/**
 * Decisions about vacancies: hiding one pending review when notices say so, and an
 * administrator's review (approve, or remove with a ground and facts), each with its
 * statement of reasons, the notices it answers and the appeal it settles.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly vacancyRules: VacanciesService,
    private readonly employers: EmployersService,
    private readonly notices: NoticesRepository,
    private readonly decisions: DecisionsRepository,
    private readonly appeals: AppealsRepository,
    private readonly repeatOffenders: RepeatOffenders,
    private readonly audit: AuditService,
    private readonly search: SearchOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * After a notice was taken (the vacancy row locked): a published vacancy is hidden pending
   * review at once for a trusted flagger, or once enough different people have sent notices.
   */
  async afterNotice(vacancy: VacancyEntity, pending: readonly NoticeEntity[], manager: EntityManager): Promise<void> {
    if (vacancy.status !== VacancyStatus.PUBLISHED) return;
    const threshold = this.config.moderation.noticeHideThreshold;
    const facts = {
      trusted: pending.some((n) => n.trustedFlagger),
      distinctNotifiers: new Set(pending.map((n) => n.notifierKey)).size,
    };
    if (!noticesHide(facts, threshold)) return;
    const basis = facts.trusted ? DecisionBasis.TRUSTED_FLAGGER : DecisionBasis.NOTICES;
    const statement = noticeStatement(
      basis,
      { categories: pending.map((n) => n.category), distinctNotifiers: facts.distinctNotifiers },
      threshold,
    );
    await this.vacancies.update(
      vacancy.id,
      { status: VacancyStatus.IN_REVIEW, reviewReason: 'Hidden pending review after notices' },
      manager,
    );
    await this.decisions.endInForceOfVacancy(vacancy.id, new Date(), manager);
    const decision = await this.decisions.insert(
      {
        vacancyId: vacancy.id,
        employerId: vacancy.employerId,
        kind: DecisionKind.VISIBILITY_RESTRICTED,
        basis,
        groundType: GroundType.TERMS_OF_USE,
        automated: true,
        decidedById: null,
        codes: [...new Set(pending.map((n) => n.category))],
        ...statement,
      },
      manager,
    );
    await this.search.changed(manager, 'vacancy', [vacancy.id]);
    await this.audit.record(
      null,
      {
        action: 'vacancy.restricted',
        targetType: 'vacancy',
        targetId: vacancy.id,
        detail: { decisionId: decision.id, basis, distinctNotifiers: facts.distinctNotifiers, threshold },
      },
      manager,
    );
  }

  /**
   * An administrator approves a vacancy (it is, or stays, public; pending notices are
   * rejected) or removes it with the ground and facts its statement of reasons needs
   * (pending notices are actioned; removals may make the organisation a repeat offender).
   */
  async review(admin: AuthUser, id: string, input: ReviewInput): Promise<VacancyEntity> {
    if (!input.approve) {
      const missing = (['ground', 'facts'] as const).filter((f) => !input[f]);
      if (missing.length > 0) {
        throw new ValidationError(
          missing.map((path) => ({ path, message: 'is required to remove a vacancy' })),
          `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required to remove a vacancy`,
        );
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.vacancyRules.lockActionable(id, 'review', manager);
      const pending = await this.notices.pendingOf(id, manager);
      if (input.approve && vacancy.status !== VacancyStatus.IN_REVIEW && pending.length === 0) {
        throw new RuleViolation(
          'INVALID_TRANSITION',
          `A ${vacancy.status} vacancy with no notices awaiting a decision has nothing to approve`,
          'CONFLICT',
        );
      }
      const now = new Date();
      const basis = basisOf(pending, vacancy.screeningFlags);
      const codes = [...new Set([...pending.map((n) => n.category), ...vacancy.screeningFlags.map((f) => f.code)])];
      const ended = await this.decisions.endInForceOfVacancy(id, now, manager);
      const { changes, decision } = input.approve
        ? await this.approve(admin, vacancy, { basis, codes }, input, now, manager)
        : await this.remove(admin, vacancy, { basis, codes }, input, now, manager);
      await this.vacancies.update(id, changes, manager);
      const noticeIds = await this.notices.decidePending(
        id,
        input.approve ? NoticeStatus.REJECTED : NoticeStatus.ACTIONED,
        decision,
        manager,
      );
      const appealIds = await this.settleAppeals(admin, ended, input, now, manager);
      const suspended = input.approve ? false : await this.repeatOffenders.afterRemoval(vacancy.employerId, manager);
      await this.search.changed(manager, 'vacancy', [id]);
      await this.audit.record(
        admin,
        {
          action: input.approve ? 'vacancy.approved' : 'vacancy.removed',
          targetType: 'vacancy',
          targetId: id,
          detail: {
            reason: input.reason ?? null,
            decisionId: decision.id,
            basis,
            notices: noticeIds,
            appeals: appealIds,
            flags: vacancy.screeningFlags,
            employerSuspended: suspended,
          },
        },
        manager,
      );
      return { ...vacancy, ...changes };
    });
  }

  private async approve(
    admin: AuthUser,
    vacancy: VacancyEntity,
    about: { basis: DecisionBasis; codes: string[] },
    input: ReviewInput,
    now: Date,
    manager: EntityManager,
  ): Promise<{ changes: Partial<VacancyEntity>; decision: ModerationDecisionEntity }> {
    const changes: Partial<VacancyEntity> =
      vacancy.status === VacancyStatus.IN_REVIEW
        ? { status: VacancyStatus.PUBLISHED, publishedAt: now, reviewReason: input.reason ?? null }
        : { reviewReason: input.reason ?? vacancy.reviewReason };
    const decision = await this.decisions.insert(
      {
        vacancyId: vacancy.id,
        employerId: vacancy.employerId,
        kind: DecisionKind.APPROVED,
        ...about,
        groundType: input.groundType ?? GroundType.TERMS_OF_USE,
        ground: input.ground ?? 'No rule for vacancies was found broken',
        facts: input.facts ?? input.reason ?? 'An administrator reviewed the vacancy and found no rule broken.',
        automated: false,
        decidedById: admin.id,
        decidedAt: now,
        endedAt: now,
      },
      manager,
    );
    return { changes, decision };
  }

  private async remove(
    admin: AuthUser,
    vacancy: VacancyEntity,
    about: { basis: DecisionBasis; codes: string[] },
    input: ReviewInput,
    now: Date,
    manager: EntityManager,
  ): Promise<{ changes: Partial<VacancyEntity>; decision: ModerationDecisionEntity }> {
    // Removals of one organisation are counted one at a time: two at once neither both miss the limit nor both warn.
    await this.employers.lockStatus(vacancy.employerId, manager);
    const { warning } = await this.repeatOffenders.beforeRemoval(vacancy.employerId, manager);
    const decision = await this.decisions.insert(
      {
        vacancyId: vacancy.id,
        employerId: vacancy.employerId,
        kind: DecisionKind.REMOVED,
        ...about,
        groundType: input.groundType ?? GroundType.TERMS_OF_USE,
        ground: input.ground!,
        facts: input.facts!,
        automated: false,
        decidedById: admin.id,
        decidedAt: now,
        warning,
      },
      manager,
    );
    return { changes: { status: VacancyStatus.REMOVED, reviewReason: input.reason ?? input.facts! }, decision };
  }

  /**
   * An appeal against a restriction pending review is answered by the review itself: an
   * approval reverses the restriction, a removal upholds it.
   */
  private async settleAppeals(
    admin: AuthUser,
    ended: readonly ModerationDecisionEntity[],
    input: ReviewInput,
    now: Date,
    manager: EntityManager,
  ): Promise<string[]> {
    const settled: string[] = [];
    for (const decision of ended) {
      const appeal = await this.appeals.pendingOfDecision(decision.id, manager);
      if (!appeal) continue;
      await this.appeals.decide(
        appeal.id,
        {
          status: input.approve ? AppealStatus.REVERSED : AppealStatus.UPHELD,
          reason: `Answered by the review: ${input.facts ?? input.reason ?? (input.approve ? 'approved' : 'removed')}`,
          decidedById: admin.id,
          decidedAt: now,
        },
        manager,
      );
      settled.push(appeal.id);
    }
    return settled;
  }
}
