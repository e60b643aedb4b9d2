import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployerStatus } from 'src/employers/employer-status';
import { registrationDisplay, registrationKey } from 'src/employers/registration-number';
import { CursorKey } from 'src/graphql/connection';

@Injectable()
export class EmployersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EmployerEntity | null> {
    return manager.findOneBy(EmployerEntity, { id });
  }

  findByOwner(ownerId: string, manager: EntityManager = this.dataSource.manager): Promise<EmployerEntity | null> {
    return manager.findOneBy(EmployerEntity, { ownerId });
  }

  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<EmployerEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.createQueryBuilder(EmployerEntity, 'e').where('e.id IN (:...ids)', { ids }).getMany();
  }

  /** Inserts unless the owner already has one or the registration (by its key) is taken in that Member State. */
  async insert(
    employer: Pick<EmployerEntity, 'ownerId' | 'legalName' | 'memberState' | 'registrationNumber' | 'contactEmail'>,
    manager: EntityManager,
  ): Promise<EmployerEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(EmployerEntity)
      .values({
        ...employer,
        registrationNumber: registrationDisplay(employer.registrationNumber),
        registrationKey: registrationKey(employer.registrationNumber),
      })
      .orIgnore()
      .returning('id')
      .execute();
    const row = (result.raw as { id: string }[])[0];
    return row ? manager.findOneByOrFail(EmployerEntity, { id: row.id }) : null;
  }

  /** Reads the row for update: status changes of one organisation happen one at a time. */
  lockById(id: string, manager: EntityManager): Promise<EmployerEntity | null> {
    return manager.findOne(EmployerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setStatus(id: string, status: EmployerStatus, reason: string | null, manager: EntityManager): Promise<void> {
    await manager.update(EmployerEntity, { id }, { status, statusReason: reason });
  }

  /** The owner's account is gone: the organisation stays on record as REMOVED, owned by nobody. */
  async detachOwner(id: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.update(
      EmployerEntity,
      { id },
      { ownerId: null, status: EmployerStatus.REMOVED, statusReason: reason },
    );
  }

  /**
   * One page in (created_at, id) order, fetching one extra row to tell whether more follow.
   * `cursorAt` keeps the microseconds of created_at that a JavaScript Date loses: a cursor
   * cut to milliseconds would fall before its own row and page it again, forever.
   */
  async page(
    filter: { status?: EmployerStatus | null },
    first: number,
    after: CursorKey | null,
  ): Promise<{ rows: (EmployerEntity & { cursorAt: string })[]; total: number }> {
    const query = this.dataSource.manager.createQueryBuilder(EmployerEntity, 'e');
    if (filter.status) query.where('e.status = :status', { status: filter.status });
    const total = await query.getCount();
    if (after) {
      const [createdAt, id] = after;
      query.andWhere('(e.created_at, e.id) > (:createdAt::timestamptz, :id)', { createdAt, id });
    }
    const { entities, raw } = await query
      .addSelect(`to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at')
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(first + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    return { rows: entities.map((e, i) => Object.assign(e, { cursorAt: raw[i]!.cursor_at })), total };
  }
}
