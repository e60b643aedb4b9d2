import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, MoreThanOrEqual } from 'typeorm';
import { DecisionKind } from 'src/moderation/moderation-rules';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';

export type NewDecision = Pick<
  ModerationDecisionEntity,
  'vacancyId' | 'employerId' | 'kind' | 'basis' | 'groundType' | 'ground' | 'facts' | 'automated' | 'decidedById'
> &
  Partial<Pick<ModerationDecisionEntity, 'warning' | 'endedAt' | 'decidedAt' | 'codes'>>;

export interface Removal {
  decisionId: string;
  vacancyId: string;
  title: string;
  ground: string;
  decidedAt: Date;
}

@Injectable()
export class DecisionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(decision: NewDecision, manager: EntityManager): Promise<ModerationDecisionEntity> {
    return manager.save(
      ModerationDecisionEntity,
      manager.create(ModerationDecisionEntity, { warning: null, endedAt: null, codes: [], ...decision }),
    );
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ModerationDecisionEntity | null> {
    return manager.findOneBy(ModerationDecisionEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<ModerationDecisionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(ModerationDecisionEntity, { id: In([...ids]) });
  }

  /** The restriction in force on each of these vacancies (at most one each). */
  inForceOfVacancies(vacancyIds: readonly string[]): Promise<ModerationDecisionEntity[]> {
    if (vacancyIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ModerationDecisionEntity, {
      where: { vacancyId: In([...vacancyIds]), endedAt: IsNull() },
      order: { decidedAt: 'DESC' },
    });
  }

  async inForceOfVacancy(
    vacancyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ModerationDecisionEntity | null> {
    return manager.findOne(ModerationDecisionEntity, {
      where: { vacancyId, endedAt: IsNull() },
      order: { decidedAt: 'DESC' },
    });
  }

  /** The suspension in force on an organisation as a whole, if any. */
  inForceOfEmployer(
    employerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ModerationDecisionEntity | null> {
    return manager.findOne(ModerationDecisionEntity, {
      where: { employerId, vacancyId: IsNull(), endedAt: IsNull() },
      order: { decidedAt: 'DESC' },
    });
  }

  async end(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(ModerationDecisionEntity, { id }, { endedAt: at });
  }

  /** Ends whatever restriction is in force on the vacancy; returns what was ended. */
  async endInForceOfVacancy(vacancyId: string, at: Date, manager: EntityManager): Promise<ModerationDecisionEntity[]> {
    const ended = await manager.find(ModerationDecisionEntity, { where: { vacancyId, endedAt: IsNull() } });
    if (ended.length > 0)
      await manager.update(ModerationDecisionEntity, { id: In(ended.map((d) => d.id)) }, { endedAt: at });
    return ended;
  }

  /** Ends the organisation-wide decisions in force (its status changed). */
  async endInForceOfEmployer(employerId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(
      ModerationDecisionEntity,
      { employerId, vacancyId: IsNull(), endedAt: IsNull() },
      { endedAt: at },
    );
  }

  /** Removals of the organisation's vacancies since `since` that still stand (none reversed on appeal). */
  async removalsSince(employerId: string, since: Date, manager: EntityManager): Promise<Removal[]> {
    const rows = await manager.find(ModerationDecisionEntity, {
      where: { employerId, kind: DecisionKind.REMOVED, endedAt: IsNull(), decidedAt: MoreThanOrEqual(since) },
      relations: { vacancy: true },
      order: { decidedAt: 'ASC' },
    });
    return rows.map((d) => ({
      decisionId: d.id,
      vacancyId: d.vacancyId!,
      title: d.vacancy?.title ?? '',
      ground: d.ground,
      decidedAt: d.decidedAt,
    }));
  }
}
