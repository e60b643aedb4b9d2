import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ContactRequestEntity } from 'src/contacts/contact-request.entity';
import { ContactRequestStatus } from 'src/contacts/contact-rules';

export type ContactSide = { profileId: string } | { employerId: string };

@Injectable()
export class ContactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads the row for update: one answer or withdrawal at a time. */
  lockById(id: string, manager: EntityManager): Promise<ContactRequestEntity | null> {
    return manager.findOne(ContactRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The request that keeps this pair from another one (anything not withdrawn). */
  findBlocking(vacancyId: string, profileId: string, manager: EntityManager): Promise<ContactRequestEntity | null> {
    return manager
      .createQueryBuilder(ContactRequestEntity, 'c')
      .where('c.vacancy_id = :vacancyId AND c.profile_id = :profileId', { vacancyId, profileId })
      .andWhere('c.status <> :withdrawn', { withdrawn: ContactRequestStatus.WITHDRAWN })
      .getOne();
  }

  /** Inserts unless the pair already has a request; returns the new id, or null. */
  async insert(
    request: Pick<ContactRequestEntity, 'vacancyId' | 'profileId' | 'employerId' | 'message'>,
    manager: EntityManager,
  ): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ContactRequestEntity)
      .values(request)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  async setStatus(id: string, status: ContactRequestStatus, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(ContactRequestEntity, { id }, { status, respondedAt: at });
  }

  /** One request with its vacancy, profile and the profile's account, for the API. */
  findFull(id: string, manager: EntityManager = this.dataSource.manager): Promise<ContactRequestEntity | null> {
    return this.full(manager).where('c.id = :id', { id }).getOne();
  }

  /** One page, newest first, with the total; `offset` comes from the cursor. */
  async page(
    side: ContactSide,
    status: ContactRequestStatus | null | undefined,
    offset: number,
    limit: number,
  ): Promise<{ rows: ContactRequestEntity[]; total: number }> {
    const query = this.full(this.dataSource.manager);
    if ('profileId' in side) query.where('c.profile_id = :profileId', { profileId: side.profileId });
    else query.where('c.employer_id = :employerId', { employerId: side.employerId });
    if (status) query.andWhere('c.status = :status', { status });
    const [rows, total] = await query
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { rows, total };
  }

  /** Every request of one side, oldest first, without relations (for a data export). */
  allOf(side: ContactSide): Promise<ContactRequestEntity[]> {
    return this.dataSource.manager.find(ContactRequestEntity, { where: side, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async deleteOfProfile(profileId: string, manager: EntityManager): Promise<number> {
    return (await manager.delete(ContactRequestEntity, { profileId })).affected ?? 0;
  }

  /** Withdraws every pending request of an employer; returns how many. */
  async withdrawPendingOf(employerId: string, at: Date, manager: EntityManager): Promise<number> {
    const result = await manager.update(
      ContactRequestEntity,
      { employerId, status: In([ContactRequestStatus.PENDING]) },
      { status: ContactRequestStatus.WITHDRAWN, respondedAt: at },
    );
    return result.affected ?? 0;
  }

  private full(manager: EntityManager) {
    return manager
      .createQueryBuilder(ContactRequestEntity, 'c')
      .innerJoinAndSelect('c.vacancy', 'v')
      .innerJoinAndSelect('c.profile', 'p')
      .innerJoin('p.user', 'u')
      .addSelect(['u.id', 'u.email']);
  }
}
