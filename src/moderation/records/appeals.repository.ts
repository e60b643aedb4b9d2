import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppealStatus } from 'src/moderation/moderation-rules';
import { AppealEntity } from 'src/moderation/records/appeal.entity';

@Injectable()
export class AppealsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts unless the decision already has an appeal; null when it has. */
  async insert(
    appeal: Pick<AppealEntity, 'decisionId' | 'vacancyId' | 'appellantId' | 'text'>,
    manager: EntityManager,
  ): Promise<AppealEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AppealEntity)
      .values({ ...appeal, status: AppealStatus.PENDING })
      .orIgnore()
      .returning('*')
      .execute();
    const row = (result.raw as AppealEntity[])[0];
    return row ? manager.create(AppealEntity, row) : null;
  }

  lockById(id: string, manager: EntityManager): Promise<AppealEntity | null> {
    return manager.findOne(AppealEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AppealEntity | null> {
    return manager.findOneBy(AppealEntity, { id });
  }

  /** The latest appeal of each of these vacancies. */
  async latestOfVacancies(vacancyIds: readonly string[]): Promise<AppealEntity[]> {
    if (vacancyIds.length === 0) return [];
    const rows = await this.dataSource.manager.find(AppealEntity, {
      where: { vacancyId: In([...vacancyIds]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const latest = new Map<string, AppealEntity>();
    for (const row of rows) if (!latest.has(row.vacancyId)) latest.set(row.vacancyId, row);
    return [...latest.values()];
  }

  pendingOfDecision(decisionId: string, manager: EntityManager): Promise<AppealEntity | null> {
    return manager.findOne(AppealEntity, {
      where: { decisionId, status: AppealStatus.PENDING },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async hasPendingOfVacancy(vacancyId: string, manager: EntityManager): Promise<boolean> {
    return manager.exists(AppealEntity, { where: { vacancyId, status: AppealStatus.PENDING } });
  }

  async decide(
    id: string,
    decision: { status: AppealStatus; reason: string; decidedById: string; decidedAt: Date },
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(AppealEntity, { id }, decision);
  }

  ofAppellant(userId: string): Promise<AppealEntity[]> {
    return this.dataSource.manager.find(AppealEntity, { where: { appellantId: userId }, order: { createdAt: 'ASC' } });
  }

  /** Erasure: the appeal stays with the organisation's record; who lodged it does not. */
  async forgetAppellant(userId: string, manager: EntityManager): Promise<void> {
    await manager.update(AppealEntity, { appellantId: userId }, { appellantId: null });
  }
}
