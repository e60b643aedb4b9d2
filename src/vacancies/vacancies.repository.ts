import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EmployerStatus } from 'src/employers/employer.entity';
import { VacancyEntity, VacancyReportEntity, VacancySkillEntity, VacancyStatus } from 'src/vacancies/vacancy.entity';

@Injectable()
export class VacanciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<VacancyEntity | null> {
    return manager.findOneBy(VacancyEntity, { id });
  }

  /** Reads the row for update: lifecycle changes of one vacancy happen one at a time. */
  lockById(id: string, manager: EntityManager): Promise<VacancyEntity | null> {
    return manager.findOne(VacancyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(vacancy: Partial<VacancyEntity>, manager: EntityManager): Promise<VacancyEntity> {
    return manager.save(VacancyEntity, manager.create(VacancyEntity, vacancy));
  }

  async update(id: string, changes: Partial<VacancyEntity>, manager: EntityManager): Promise<void> {
    await manager.update(VacancyEntity, { id }, changes);
  }

  /** Closes every vacancy of an employer still open or on its way (draft, in review, published); returns their ids. */
  async closeAllOf(employerId: string, manager: EntityManager): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .update(VacancyEntity)
      .set({ status: VacancyStatus.CLOSED })
      .where('employer_id = :employerId', { employerId })
      .andWhere('status IN (:...open)', {
        open: [VacancyStatus.DRAFT, VacancyStatus.IN_REVIEW, VacancyStatus.PUBLISHED],
      })
      .returning('id')
      .execute();
    return (result.raw as { id: string }[]).map((r) => r.id);
  }

  allOfEmployer(employerId: string, manager: EntityManager = this.dataSource.manager): Promise<VacancyEntity[]> {
    return manager.find(VacancyEntity, { where: { employerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async replaceSkills(
    vacancyId: string,
    essential: string[],
    optional: string[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(VacancySkillEntity, { vacancyId });
    const essentialSet = new Set(essential);
    const rows = [
      ...essential.map((skillId) => ({ vacancyId, skillId, essential: true })),
      ...optional.filter((id) => !essentialSet.has(id)).map((skillId) => ({ vacancyId, skillId, essential: false })),
    ];
    if (rows.length > 0) await manager.insert(VacancySkillEntity, rows);
  }

  skillsOf(vacancyIds: readonly string[]): Promise<VacancySkillEntity[]> {
    if (vacancyIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(VacancySkillEntity, 's')
      .where('s.vacancy_id IN (:...vacancyIds)', { vacancyIds })
      .getMany();
  }

  async addReport(
    report: Pick<VacancyReportEntity, 'vacancyId' | 'reporterId' | 'reason'>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(VacancyReportEntity)
      .values(report)
      .orIgnore()
      .execute();
    return (result.identifiers.filter(Boolean).length ?? 0) > 0;
  }

  /** Those of `ids` that are PUBLISHED by a VERIFIED employer, by id. */
  async findPublicByIds(ids: readonly string[]): Promise<Map<string, VacancyEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(VacancyEntity, 'v')
      .innerJoin('v.employer', 'e')
      .where('v.id IN (:...ids)', { ids })
      .andWhere('v.status = :published', { published: VacancyStatus.PUBLISHED })
      .andWhere('e.status = :verified', { verified: EmployerStatus.VERIFIED })
      .getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  async pageOfEmployer(
    employerId: string,
    status: VacancyStatus | null | undefined,
    offset: number,
    limit: number,
  ): Promise<{ rows: VacancyEntity[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(VacancyEntity, 'v')
      .where('v.employer_id = :employerId', { employerId });
    if (status) query.andWhere('v.status = :status', { status });
    const [rows, total] = await query
      .orderBy('v.created_at', 'DESC')
      .addOrderBy('v.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return { rows, total };
  }
}
