import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditRepository } from 'src/audit/audit.repository';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser } from 'src/auth/role';
import { UserEntity } from 'src/auth/user.entity';
import { UsersRepository } from 'src/auth/users.repository';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from 'src/common/errors';
import {
  canMoveEmployer,
  EmployerAct,
  employerMay,
  EmployerStatus,
  needsReason,
  refusal,
} from 'src/employers/employer-status';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployerInput } from 'src/employers/employer.input';
import { EmployersRepository } from 'src/employers/employers.repository';
import { Connection, keysetCursor, toConnection } from 'src/graphql/connection';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { SearchOutbox } from 'src/search/outbox/search-outbox';

/** What the status history is made of. */
const HISTORY_ACTIONS = ['employer.registered', 'employer.status'];

export interface EmployerStatusChange {
  employer: EmployerEntity;
  from: EmployerStatus | null;
  to: EmployerStatus;
  reason: string | null;
  at: Date;
  changedBy: UserEntity | null;
}

@Injectable()
export class EmployersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employers: EmployersRepository,
    private readonly audit: AuditService,
    private readonly auditLog: AuditRepository,
    private readonly users: UsersRepository,
    private readonly search: SearchOutbox,
    private readonly decisions: DecisionsRepository,
  ) {}

  /** An employer account registers its organisation once; it starts PENDING until verified. */
  async register(owner: AuthUser, input: EmployerInput): Promise<EmployerEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (await this.employers.findByOwner(owner.id, manager)) {
        throw new ConflictError('This account has already registered an organisation');
      }
      const employer = await this.employers.insert({ ...input, ownerId: owner.id }, manager);
      if (!employer) {
        throw new ConflictError(
          'An organisation with this registration number is already registered in this Member State',
          [{ path: 'input.registrationNumber', message: 'is already registered' }],
        );
      }
      await this.audit.record(
        owner,
        { action: 'employer.registered', targetType: 'employer', targetId: employer.id },
        manager,
      );
      return employer;
    });
  }

  mine(owner: AuthUser, manager?: EntityManager): Promise<EmployerEntity | null> {
    return this.employers.findByOwner(owner.id, manager);
  }

  /**
   * The caller's organisation when its status lets it `act`; otherwise FORBIDDEN with
   * reason EMPLOYER_NOT_VERIFIED, an account without an organisation included.
   */
  async permitted(owner: AuthUser, act: EmployerAct, manager?: EntityManager): Promise<EmployerEntity> {
    return this.require(await this.mine(owner, manager), act);
  }

  /** The organisation's row, locked for the rest of the transaction: its status cannot change under the caller. */
  lockStatus(id: string, manager: EntityManager): Promise<EmployerEntity | null> {
    return this.employers.lockById(id, manager);
  }

  /** Whether the organisation with this id exists and its status lets it `act`. */
  async allows(employerId: string, act: EmployerAct, manager?: EntityManager): Promise<boolean> {
    const employer = await this.employers.findById(employerId, manager);
    return employer !== null && employerMay(employer.status, act);
  }

  /** The one check of what an organisation's status allows, for callers that already hold it. */
  require(employer: EmployerEntity | null, act: EmployerAct): EmployerEntity {
    const problem = refusal(employer, act);
    if (employer && problem === null) return employer;
    throw new RuleViolation('EMPLOYER_NOT_VERIFIED', problem ?? `No organisation may ${act}`, 'FORBIDDEN');
  }

  async setStatus(admin: AuthUser, id: string, status: EmployerStatus, reason: string | null): Promise<EmployerEntity> {
    if (needsReason(status) && !reason) throw ValidationError.field('reason', `is required to set ${status}`);
    return this.dataSource.transaction((manager) => this.changeStatus(admin, id, status, reason, manager));
  }

  /**
   * Moves an organisation to `status` inside the caller's transaction: an administrator's
   * decision, or a rule's (the repeat-offender suspension, with `actor` null). Any
   * organisation-wide moderation decision in force ends with the status it set.
   */
  async changeStatus(
    actor: AuthUser | null,
    id: string,
    status: EmployerStatus,
    reason: string | null,
    manager: EntityManager,
    detail: Record<string, unknown> = {},
  ): Promise<EmployerEntity> {
    const employer = await this.employers.lockById(id, manager);
    if (!employer) throw new NotFoundError('Employer');
    if (employer.status === status) return employer;
    if (!canMoveEmployer(employer.status, status)) {
      throw new RuleViolation(
        'INVALID_TRANSITION',
        `An employer cannot move from ${employer.status} to ${status}`,
        'CONFLICT',
      );
    }
    await this.employers.setStatus(id, status, reason, manager);
    await this.decisions.endInForceOfEmployer(id, new Date(), manager);
    await this.search.changed(manager, 'employer', [id]);
    await this.audit.record(
      actor,
      {
        action: 'employer.status',
        targetType: 'employer',
        targetId: id,
        detail: { from: employer.status, to: status, reason, ...detail },
      },
      manager,
    );
    return { ...employer, status, statusReason: reason };
  }

  /** Registrations and status changes from the audit log, newest first. */
  async history(
    employerId: string | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<EmployerStatusChange>> {
    const { rows, total } = await this.auditLog.pageAbout(
      { actions: HISTORY_ACTIONS, targetType: 'employer', targetId: employerId ?? null },
      first,
      keysetCursor(after, ['timestamp', 'uuid']),
    );
    const [employers, users] = await Promise.all([
      this.employers.findByIds([...new Set(rows.map((r) => r.targetId!))]),
      this.users.findByIds([...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))]),
    ]);
    const employerById = new Map(employers.map((e) => [e.id, e]));
    const userById = new Map(users.map((u) => [u.id, u]));
    const changes = rows.flatMap((row) => {
      const employer = employerById.get(row.targetId!);
      if (!employer) return [];
      const registered = row.action === 'employer.registered';
      const detail = row.detail as { from?: EmployerStatus; to?: EmployerStatus; reason?: string | null };
      return [
        {
          cursorAt: row.cursorAt,
          id: row.id,
          employer,
          from: registered ? null : (detail.from ?? null),
          to: registered ? EmployerStatus.PENDING : detail.to!,
          reason: registered ? null : (detail.reason ?? null),
          at: row.at,
          changedBy: (row.actorId && userById.get(row.actorId)) || null,
        },
      ];
    });
    return toConnection(changes, first, total, (c) => [c.cursorAt, c.id]);
  }

  async list(
    status: EmployerStatus | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<EmployerEntity>> {
    const { rows, total } = await this.employers.page({ status }, first, keysetCursor(after, ['timestamp', 'uuid']));
    return toConnection(rows, first, total, (e) => [e.cursorAt, e.id]);
  }
}
