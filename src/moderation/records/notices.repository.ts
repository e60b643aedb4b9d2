import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { NoticeStatus } from 'src/moderation/moderation-rules';
import { NoticeEntity } from 'src/moderation/records/notice.entity';

export type NewNotice = Pick<
  NoticeEntity,
  'vacancyId' | 'category' | 'details' | 'contactEmail' | 'notifierId' | 'notifierKey' | 'trustedFlagger'
>;

@Injectable()
export class NoticesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(notice: NewNotice, manager: EntityManager): Promise<NoticeEntity> {
    return manager.save(NoticeEntity, manager.create(NoticeEntity, { ...notice, status: NoticeStatus.RECEIVED }));
  }

  findById(id: string): Promise<NoticeEntity | null> {
    return this.dataSource.manager.findOneBy(NoticeEntity, { id });
  }

  /** Notices of the vacancy still waiting for a decision, oldest first. */
  pendingOf(vacancyId: string, manager: EntityManager = this.dataSource.manager): Promise<NoticeEntity[]> {
    return manager.find(NoticeEntity, {
      where: { vacancyId, status: NoticeStatus.RECEIVED },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Pending notices of several vacancies (the moderation queue's page), oldest first. */
  pendingOfVacancies(vacancyIds: readonly string[]): Promise<NoticeEntity[]> {
    if (vacancyIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(NoticeEntity, {
      where: { vacancyId: In([...vacancyIds]), status: NoticeStatus.RECEIVED },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async hasPending(vacancyId: string, manager: EntityManager): Promise<boolean> {
    return manager.exists(NoticeEntity, { where: { vacancyId, status: NoticeStatus.RECEIVED } });
  }

  /** Answers every pending notice of the vacancy with the decision taken; returns their ids. */
  async decidePending(
    vacancyId: string,
    status: NoticeStatus.ACTIONED | NoticeStatus.REJECTED,
    decision: { id: string; decidedAt: Date },
    manager: EntityManager,
  ): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .update(NoticeEntity)
      .set({ status, decidedAt: decision.decidedAt, decisionId: decision.id })
      .where('vacancy_id = :vacancyId AND status = :received', { vacancyId, received: NoticeStatus.RECEIVED })
      .returning('id')
      .execute();
    return (result.raw as { id: string }[]).map((r) => r.id);
  }

  /** One page of a notifier's notices, newest first, keyed on (created_at, id). */
  async pageOfNotifier(
    notifierId: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<{ rows: NoticeEntity[]; total: number }> {
    const base = () =>
      this.dataSource.manager
        .createQueryBuilder(NoticeEntity, 'n')
        .where('n.notifier_id = :notifierId', { notifierId });
    const page = base();
    if (after) {
      page.andWhere('(n.created_at, n.id) < (:at, :id)', { at: after[0], id: after[1] });
    }
    const [rows, total] = await Promise.all([
      page.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(limit).getMany(),
      base().getCount(),
    ]);
    return { rows, total };
  }

  /** Notices a person sent signed in, or anonymously with this contact address. */
  ofPerson(userId: string, email: string): Promise<NoticeEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(NoticeEntity, 'n')
      .where('n.notifier_id = :userId OR lower(n.contact_email) = :email', { userId, email: email.toLowerCase() })
      .orderBy('n.created_at', 'ASC')
      .getMany();
  }

  /**
   * Erasure: the notices stay (the vacancy's review and the transparency figures need them),
   * but no longer say who sent them or how to reach them.
   */
  async forgetPerson(userId: string, email: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(NoticeEntity)
      .set({ notifierId: null, contactEmail: null })
      .where('notifier_id = :userId OR lower(contact_email) = :email', { userId, email: email.toLowerCase() })
      .execute();
  }
}
