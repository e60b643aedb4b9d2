import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser, Role } from 'src/auth/role';
import { NotFoundError, RuleViolation } from 'src/common/errors';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployersService } from 'src/employers/employers.service';
import { Connection, mapConnection, offsetFromCursor, rankedConnection, toConnection } from 'src/graphql/connection';
import { DecisionBasis, DecisionKind, GroundType } from 'src/moderation/moderation-rules';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { NoticesRepository } from 'src/moderation/records/notices.repository';
import { screeningStatement } from 'src/moderation/statements';
import { Metrics } from 'src/observability/metrics';
import { SearchOutbox } from 'src/search/outbox/search-outbox';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { ShortagesService } from 'src/shortages/shortages.service';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';
import { screenVacancy } from 'src/vacancies/screening/screening';
import { ACTION_DONE, canApply, VacancyAction, VacancyStatus } from 'src/vacancies/vacancy-lifecycle';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';
import { VacancyFilter, VacancyInput } from 'src/vacancies/vacancy.input';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { VacancyContent } from 'src/vacancies/vacancy-content';

@Injectable()
export class VacanciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly employers: EmployersService,
    private readonly taxonomy: TaxonomyRepository,
    private readonly shortages: ShortagesService,
    private readonly content: VacancyContent,
    private readonly audit: AuditService,
    private readonly search: SearchOutbox,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly metrics: Metrics,
    private readonly notices: NoticesRepository,
    private readonly decisions: DecisionsRepository,
  ) {}

  async create(user: AuthUser, input: VacancyInput): Promise<VacancyEntity> {
    const employer = await this.employers.permitted(user, 'prepare vacancies');
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.vacancies.save(
        {
          ...(await this.content.columns(input, manager)),
          employerId: employer.id,
          status: VacancyStatus.DRAFT,
          screeningFlags: [],
        },
        manager,
      );
      await this.content.saveSkills(saved.id, input, manager);
      await this.audit.record(user, { action: 'vacancy.created', targetType: 'vacancy', targetId: saved.id }, manager);
      return saved;
    });
  }

  /**
   * Drafts and vacancies in review may change; a vacancy in review goes back to draft, and
   * screening's restriction ends with it. Not while notices about it await a decision: an
   * owner must not dodge a review by rewriting what was reported.
   */
  async update(user: AuthUser, id: string, input: VacancyInput): Promise<VacancyEntity> {
    return this.change(user, id, 'edit', async (vacancy, manager) => {
      if (await this.notices.hasPending(id, manager)) {
        throw new RuleViolation(
          'PENDING_MODERATION',
          'Notices about this vacancy await an administrator’s decision; it cannot be edited until then',
          'CONFLICT',
        );
      }
      await this.decisions.endInForceOfVacancy(id, new Date(), manager);
      await this.vacancies.update(
        id,
        { ...(await this.content.columns(input, manager)), status: VacancyStatus.DRAFT, screeningFlags: [] },
        manager,
      );
      await this.content.saveSkills(id, input, manager);
    });
  }

  /** Publishes, or sends to review when screening raises flags, or refuses with a reason. */
  async publish(user: AuthUser, id: string): Promise<VacancyEntity> {
    return this.change(user, id, 'publish', async (vacancy, manager, employer) => {
      this.employers.require(employer, 'publish vacancies');
      if (vacancy.memberState !== employer.memberState) {
        throw new RuleViolation(
          'LOCATION_OUTSIDE_EMPLOYER_STATE',
          `The place of work (${vacancy.memberState}) must be in the employer's Member State (${employer.memberState})`,
          'BAD_USER_INPUT',
          [{ path: 'id', message: `names a vacancy whose memberState must be ${employer.memberState}` }],
        );
      }
      const occupation = await this.taxonomy.findOccupation(vacancy.occupationId, manager);
      const iscoCode = occupation?.iscoCode ?? '';
      if (!(await this.shortages.isShortageOccupation(iscoCode, vacancy.memberState, new Date(), manager))) {
        throw new RuleViolation(
          'NOT_SHORTAGE_OCCUPATION',
          `ISCO ${iscoCode} is on neither the ${vacancy.memberState} nor the EU-wide shortage list for this year`,
        );
      }
      const flags = screenVacancy({
        title: vacancy.title,
        description: vacancy.description,
        salary:
          vacancy.salaryMin !== null && vacancy.salaryCurrency && vacancy.salaryPeriod
            ? {
                min: Number(vacancy.salaryMin),
                max: vacancy.salaryMax === null ? null : Number(vacancy.salaryMax),
                currency: vacancy.salaryCurrency,
                period: vacancy.salaryPeriod,
              }
            : null,
        iscoCode,
        memberState: vacancy.memberState,
      }).map((f) => ({ code: f.code, message: f.message }));
      this.metrics.screeningFlagsRaised(flags.map((f) => f.code));
      const status = flags.length > 0 ? VacancyStatus.IN_REVIEW : VacancyStatus.PUBLISHED;
      await this.vacancies.update(
        id,
        {
          status,
          screeningFlags: flags,
          shortageOccupation: true,
          publishedAt: status === VacancyStatus.PUBLISHED ? new Date() : null,
        },
        manager,
      );
      // Holding a vacancy back on screening's word is a restriction the owner is told the reasons for (DSA Art. 17).
      const restriction =
        flags.length > 0
          ? await this.decisions.insert(
              {
                vacancyId: id,
                employerId: employer.id,
                kind: DecisionKind.VISIBILITY_RESTRICTED,
                basis: DecisionBasis.SCREENING,
                groundType: GroundType.TERMS_OF_USE,
                automated: true,
                decidedById: null,
                codes: [...new Set(flags.map((f) => f.code))],
                ...screeningStatement(flags),
              },
              manager,
            )
          : null;
      await this.audit.record(
        user,
        {
          action: 'vacancy.publish',
          targetType: 'vacancy',
          targetId: id,
          detail: { status, flags, decisionId: restriction?.id ?? null },
        },
        manager,
      );
    });
  }

  /** Closing ends a restriction pending review (nothing is shown either way); pending notices stay to be decided. */
  async close(user: AuthUser, id: string): Promise<VacancyEntity> {
    return this.change(user, id, 'close', async (_vacancy, manager) => {
      await this.vacancies.update(id, { status: VacancyStatus.CLOSED }, manager);
      await this.decisions.endInForceOfVacancy(id, new Date(), manager);
      await this.audit.record(user, { action: 'vacancy.closed', targetType: 'vacancy', targetId: id }, manager);
    });
  }

  /** Published vacancies of verified employers for everyone; any status for its owner and admins. */
  async find(user: AuthUser | undefined, id: string): Promise<VacancyEntity | null> {
    const vacancy = await this.vacancies.findById(id);
    if (!vacancy) return null;
    if (await this.isPublic(vacancy)) return vacancy;
    if (user?.role === Role.ADMIN) return vacancy;
    if (user?.role === Role.EMPLOYER) {
      const employer = await this.employers.mine(user);
      if (employer?.id === vacancy.employerId) return vacancy;
    }
    return null;
  }

  /** Searched and filtered by the search engine; rows re-read from the database, which has the last word. */
  async listPublished(
    search: string | null | undefined,
    filter: VacancyFilter | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<VacancyEntity>> {
    const offset = offsetFromCursor(after);
    const page = await this.engine.searchVacancies(search?.trim() || null, filter ?? {}, { offset, limit: first + 1 });
    const rows = await this.vacancies.findPublicByIds(page.hits.map((h) => h.id));
    const ranked = page.hits.flatMap((hit, i) => {
      const row = rows.get(hit.id);
      return row ? [{ row, position: offset + i + 1 }] : [];
    });
    return mapConnection(
      toConnection(ranked, first, page.total, ({ position }) => [position]),
      (n) => n.row,
    );
  }

  async listMine(
    user: AuthUser,
    status: VacancyStatus | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<VacancyEntity>> {
    const employer = await this.employers.mine(user);
    if (!employer) return toConnection([], first, 0, () => []);
    const offset = offsetFromCursor(after);
    const { rows, total } = await this.vacancies.pageOfEmployer(employer.id, status, offset, first + 1);
    return rankedConnection(rows, first, offset, total);
  }

  async isPublic(vacancy: VacancyEntity, manager?: EntityManager): Promise<boolean> {
    if (vacancy.status !== VacancyStatus.PUBLISHED) return false;
    return this.employers.allows(vacancy.employerId, 'publish vacancies', manager);
  }

  /** Loads, checks ownership and the lifecycle, applies `work` in one transaction, returns the result. */
  private async change(
    user: AuthUser,
    id: string,
    action: VacancyAction,
    work: (vacancy: VacancyEntity, manager: EntityManager, employer: EmployerEntity) => Promise<void>,
  ): Promise<VacancyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.mine(user, manager);
      const vacancy = await this.lockActionable(id, action, manager, employer?.id ?? null);
      await work(vacancy, manager, employer!);
      await this.search.changed(manager, 'vacancy', [id]);
      return (await this.vacancies.findById(id, manager))!;
    });
  }

  /** Locks the vacancy and checks that `action` may start from its status (INVALID_TRANSITION otherwise). */
  async lockActionable(
    id: string,
    action: VacancyAction,
    manager: EntityManager,
    ownerEmployerId?: string | null,
  ): Promise<VacancyEntity> {
    const vacancy = await this.vacancies.lockById(id, manager);
    // Someone else's vacancy is answered as missing, so ids of drafts cannot be probed.
    if (!vacancy || (ownerEmployerId !== undefined && vacancy.employerId !== ownerEmployerId))
      throw new NotFoundError('Vacancy');
    if (!canApply(action, vacancy.status)) {
      throw new RuleViolation(
        'INVALID_TRANSITION',
        `A ${vacancy.status} vacancy cannot be ${ACTION_DONE[action]}`,
        'CONFLICT',
      );
    }
    return vacancy;
  }
}
