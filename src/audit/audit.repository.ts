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
