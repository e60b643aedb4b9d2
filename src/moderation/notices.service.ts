import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser, Role } from 'src/auth/role';
import { UserEntity } from 'src/auth/user.entity';
import { UsersRepository } from 'src/auth/users.repository';
import { NotFoundError, RateLimitedError, RuleViolation } from 'src/common/errors';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { EmployersService } from 'src/employers/employers.service';
import { Connection, keysetCursor, toConnection } from 'src/graphql/connection';
import { RateLimitsService } from 'src/limits/rate-limits.service';
import { NoticeInput } from 'src/moderation/moderation.input';
import { ModerationService } from 'src/moderation/moderation.service';
import { NoticeCategory } from 'src/moderation/moderation-rules';
import { NoticeEntity } from 'src/moderation/records/notice.entity';
import { NoticesRepository } from 'src/moderation/records/notices.repository';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';
import { canApply, VacancyStatus } from 'src/vacancies/vacancy-lifecycle';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

/** Notifiers are told apart by a digest, never by their account id or address in the clear. */
function notifierKey(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/**
 * Notices about vacancies (DSA Art. 16): from anyone, signed in or not, limited per client
 * address and per account; trusted flaggers (Art. 22) are neither limited nor kept waiting.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: NoticesRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly employers: EmployersService,
    private readonly users: UsersRepository,
    private readonly moderation: ModerationService,
    private readonly limits: RateLimitsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(user: AuthUser | undefined, input: NoticeInput, ip: string): Promise<NoticeEntity> {
    const account = user ? await this.users.findById(user.id) : null;
    const trusted = account?.trustedFlagger ?? false;
    if (!trusted) await this.countAgainstLimits(user, ip);
    const key = notifierKey(user ? `user:${user.id}` : `ip:${ip}`);
    return this.dataSource.transaction(async (manager) => {
      // The vacancy row is locked so that concurrent notices are counted one after another.
      const vacancy = await this.vacancies.lockById(input.vacancyId, manager);
      if (!vacancy || !(await this.takesNotices(vacancy, manager))) throw new NotFoundError('Vacancy');
      const pending = await this.notices.pendingOf(vacancy.id, manager);
      if (user && pending.some((n) => n.notifierKey === key)) {
        throw new RuleViolation(
          'ALREADY_NOTIFIED',
          'Your notice about this vacancy awaits a decision; myNotices shows when it is decided',
          'CONFLICT',
        );
      }
      const notice = await this.notices.insert(
        {
          vacancyId: vacancy.id,
          category: input.category,
          details: input.details || null,
          contactEmail: input.contactEmail?.toLowerCase() || null,
          notifierId: user?.id ?? null,
          notifierKey: key,
          trustedFlagger: trusted,
        },
        manager,
      );
      await this.audit.record(
        user ?? null,
        {
          action: 'notice.received',
          targetType: 'vacancy',
          targetId: vacancy.id,
          detail: { noticeId: notice.id, category: notice.category, trustedFlagger: trusted },
        },
        manager,
      );
      await this.moderation.afterNotice(vacancy, [...pending, notice], manager);
      return notice;
    });
  }

  /** The old report: a notice of category OTHER with the reason as its details. */
  async report(user: AuthUser, vacancyId: string, reason: string, ip: string): Promise<boolean> {
    await this.submit(user, { vacancyId, category: NoticeCategory.OTHER, details: reason }, ip);
    return true;
  }

  /** The caller's notices, newest first. */
  async listMine(user: AuthUser, first: number, after: string | null | undefined): Promise<Connection<NoticeEntity>> {
    const cursor = keysetCursor(after, ['timestamp', 'uuid']);
    const { rows, total } = await this.notices.pageOfNotifier(user.id, first + 1, cursor);
    return toConnection(rows, first, total, (n) => [n.createdAt.toISOString(), n.id]);
  }

  /** The notice's id is the receipt an anonymous notifier keeps to follow it up. */
  find(id: string): Promise<NoticeEntity | null> {
    return this.notices.findById(id);
  }

  /**
   * An administrator records (or withdraws) the trusted-flagger status a Digital Services
   * Coordinator awarded. Never to an employer account: its notices would hide competitors.
   */
  async setTrustedFlagger(admin: AuthUser, userId: string, trusted: boolean): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.findById(userId, manager);
      if (!user) throw new NotFoundError('User');
      if (trusted && user.role === Role.EMPLOYER) {
        throw new RuleViolation(
          'TRUSTED_FLAGGER_NOT_ALLOWED',
          'An employer account cannot be a trusted flagger: its notices would hide other employers’ vacancies at once',
          'BAD_USER_INPUT',
          [{ path: 'userId', message: 'is an employer account' }],
        );
      }
      if (user.trustedFlagger !== trusted) {
        await this.users.setTrustedFlagger(userId, trusted, manager);
        await this.audit.record(
          admin,
          { action: 'user.trusted_flagger', targetType: 'user', targetId: userId, detail: { trusted } },
          manager,
        );
      }
      return { ...user, trustedFlagger: trusted };
    });
  }

  /** What the public saw: a published vacancy, or one hidden pending review since, of an organisation still in good standing. */
  private async takesNotices(vacancy: VacancyEntity, manager: EntityManager): Promise<boolean> {
    if (!canApply('report', vacancy.status)) return false;
    if (vacancy.status === VacancyStatus.IN_REVIEW && vacancy.publishedAt === null) return false;
    return this.employers.allows(vacancy.employerId, 'publish vacancies', manager);
  }

  /** Counted in PostgreSQL like sign-ups, before anything is looked up, so ids cannot be probed for free either. */
  private async countAgainstLimits(user: AuthUser | undefined, ip: string): Promise<void> {
    const { noticeMaxPerClient: max, noticeWindowSeconds } = this.config.moderation;
    const keys = [{ scope: 'notice.ip', value: ip, max }];
    if (user) keys.push({ scope: 'notice.user', value: user.id, max });
    const reservation = await this.limits.reserve(keys, noticeWindowSeconds);
    if (!reservation.allowed) {
      await this.limits.giveBack(reservation);
      const seconds = reservation.retryAfterSeconds;
      throw new RateLimitedError(seconds, 'notice', `Too many notices; try again in ${seconds} seconds`);
    }
  }
}
