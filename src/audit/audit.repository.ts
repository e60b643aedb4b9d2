import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntryEntity } from 'src/audit/audit-entry.entity';

export type NewAuditEntry = Pick<AuditEntryEntity, 'action'> &
  Partial<Pick<AuditEntryEntity, 'actorId' | 'actorRole' | 'targetType' | 'targetId' | 'subject' | 'ip' | 'detail'>>;

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async append(entry: NewAuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    // jsonb detail is free-form; TypeORM's deep-partial type cannot describe `unknown` values.
    await manager.insert(AuditEntryEntity, { detail: {}, ...entry } as QueryDeepPartialEntity<AuditEntryEntity>);
  }

  async appendMany(entries: NewAuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      AuditEntryEntity,
      entries.map((entry) => ({ detail: {}, ...entry }) as QueryDeepPartialEntity<AuditEntryEntity>),
    );
  }

  async findAbout(userId: string, manager: EntityManager = this.dataSource.manager): Promise<AuditEntryEntity[]> {
    return manager
      .createQueryBuilder(AuditEntryEntity, 'a')
      .where('a.actorId = :userId OR a.targetId = :userId', { userId })
      .orderBy('a.at', 'ASC')
      .getMany();
  }

  /**
   * One page of the entries with these actions about one kind of target (or one target),
   * newest first, fetching one extra row to tell whether more follow. `cursorAt` keeps the
   * microseconds a JavaScript Date would lose, so pages neither repeat nor skip a row.
   */
  async pageAbout(
    filter: { actions: readonly string[]; targetType: string; targetId: string | null },
    first: number,
    before: readonly [at: string, id: string] | null,
  ): Promise<{ rows: (AuditEntryEntity & { cursorAt: string })[]; total: number }> {
    const where = `a.action = ANY($1) AND a.target_type = $2 AND ($3::uuid IS NULL OR a.target_id = $3::uuid)`;
    const params = [filter.actions, filter.targetType, filter.targetId];
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM audit_log a WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT a.id, a.at, a.actor_id, a.actor_role, a.action, a.target_type, a.target_id, a.detail,
              to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM audit_log a
        WHERE ${where} AND ($4::timestamptz IS NULL OR (a.at, a.id) < ($4::timestamptz, $5::uuid))
        ORDER BY a.at DESC, a.id DESC
        LIMIT $6`,
      [...params, before?.[0] ?? null, before?.[1] ?? null, first + 1],
    );
    return {
      total,
      rows: rows.map((r) =>
        Object.assign(new AuditEntryEntity(), {
          id: r.id as string,
          at: r.at as Date,
          actorId: r.actor_id as string | null,
          actorRole: r.actor_role as string | null,
          action: r.action as string,
          targetType: r.target_type as string | null,
          targetId: r.target_id as string | null,
          subject: null,
          ip: null,
          detail: r.detail as Record<string, unknown>,
          cursorAt: r.cursor_at as string,
        }),
      ),
    };
  }

  /** Erasure keeps the record that something happened, not who it happened to. */
  async anonymise(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AuditEntryEntity)
      .set({ actorId: null, subject: null, ip: null })
      .where('actorId = :userId', { userId })
      .execute();
    await manager
      .createQueryBuilder()
      .update(AuditEntryEntity)
      .set({ targetId: null, subject: null })
      .where('targetId = :userId', { userId })
      .execute();
  }
}
