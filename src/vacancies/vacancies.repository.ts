import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { EmployerStatus } from 'src/employers/employer.entity';
import { VacancyEntity, VacancyReportEntity, VacancySkillEntity, VacancyStatus } from 'src/vacancies/vacancy.entity';

export interface PublishedFilter {
  search?: string | null;
  memberStates?: string[] | null;
  iscoCodes?: string[] | null;
  occupationIds?: string[] | null;
  programmeId?: string | null;
}

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

  /** Published vacancies of VERIFIED employers only: suspension hides them at once. */
  async pagePublished(
    filter: PublishedFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: VacancyEntity[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(VacancyEntity, 'v')
      .innerJoin('v.employer', 'e')
      .innerJoin('v.occupation', 'o')
      .where('v.status = :published', { published: VacancyStatus.PUBLISHED })
      .andWhere('e.status = :verified', { verified: EmployerStatus.VERIFIED });
    this.applyFilter(query, filter);
    const search = filter.search?.trim();
    if (search) {
      // One text vector over title and description in the 'simple' configuration: vacancies come in many languages.
      query
        .andWhere(
          `(to_tsvector('simple', unaccent(v.title || ' ' || v.description)) @@ websearch_to_tsquery('simple', unaccent(:search))
            OR word_similarity(unaccent(lower(:search)), unaccent(lower(v.title))) > 0.5)`,
          { search },
        )
        .addSelect(
          `ts_rank(to_tsvector('simple', unaccent(v.title || ' ' || v.description)), websearch_to_tsquery('simple', unaccent(:search)))
           + word_similarity(unaccent(lower(:search)), unaccent(lower(v.title)))`,
          'rank',
        )
        .orderBy('rank', 'DESC');
    } else {
      query.orderBy('v.published_at', 'DESC');
    }
    query.addOrderBy('v.id', 'ASC');
    const [rows, total] = await query.offset(offset).limit(limit).getManyAndCount();
    return { rows, total };
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

  private applyFilter(query: SelectQueryBuilder<VacancyEntity>, filter: PublishedFilter): void {
    if (filter.memberStates?.length)
      query.andWhere('v.member_state IN (:...memberStates)', { memberStates: filter.memberStates });
    if (filter.occupationIds?.length)
      query.andWhere('v.occupation_id IN (:...occupationIds)', { occupationIds: filter.occupationIds });
    if (filter.programmeId) query.andWhere('v.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.iscoCodes?.length) {
      query.andWhere(`o.isco_code LIKE ANY (:iscoPatterns)`, { iscoPatterns: filter.iscoCodes.map((c) => `${c}%`) });
    }
  }
}
