import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository, NewAuditEntry } from 'src/audit/audit.repository';
import { AuthUser } from 'src/auth/role';
import { Metrics } from 'src/observability/metrics';

/** Appends to the audit log, inside the caller's transaction when one is given. */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly metrics: Metrics,
  ) {}

  /** Logins and sign-ups are also counted for /metrics here: the audit log names every outcome. */
  async record(
    actor: AuthUser | null,
    entry: Omit<NewAuditEntry, 'actorId' | 'actorRole'>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.audit.append({ ...entry, actorId: actor?.id ?? null, actorRole: actor?.role ?? null }, manager);
    this.metrics.audited(entry.action, actor?.role ?? null);
  }

  /** Several entries by one actor in one statement (nothing when there are none). */
  recordMany(
    actor: AuthUser | null,
    entries: Omit<NewAuditEntry, 'actorId' | 'actorRole'>[],
    manager?: EntityManager,
  ): Promise<void> {
    const actorFields = { actorId: actor?.id ?? null, actorRole: actor?.role ?? null };
    return this.audit.appendMany(
      entries.map((entry) => ({ ...entry, ...actorFields })),
      manager,
    );
  }
}
