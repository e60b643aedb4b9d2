import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { EmployerStatus } from 'src/employers/employer-status';
import { VacancyDocument } from 'src/search/search-engine';
import { VacancyEntity, VacancySkillEntity } from 'src/vacancies/vacancy.entity';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';

/** A vacancy's coded facts in the index's shape, whatever its status (a draft was never published). */
export type VacancyFacts = Omit<VacancyDocument, 'publishedAt'>;

// Aliased to the document's field names, so rows are documents as they come.
const DOCUMENT = `
  SELECT v.id, v.employer_id AS "employerId", v.title, v.description, v.occupation_id AS "occupationId",
         o.num AS "occupationNum", o.isco_code AS "iscoCode", v.member_state AS "memberState",
         v.programme_id AS "programmeId", v.published_at AS "publishedAt",
         v.language_requirements AS "languageRequirements", v.min_eqf_level AS "minEqfLevel",
         v.min_experience_years AS "minExperienceYears",
         coalesce(array_agg(k.num ORDER BY k.num) FILTER (WHERE s.essential), '{}') AS "essentialSkillNums",
         coalesce(array_agg(k.num ORDER BY k.num) FILTER (WHERE NOT s.essential), '{}') AS "optionalSkillNums"
  FROM vacancy v
  JOIN employer e ON e.id = v.employer_id
  JOIN occupation o ON o.id = v.occupation_id
  LEFT JOIN vacancy_skill s ON s.vacancy_id = v.id
  LEFT JOIN skill k ON k.id = s.skill_id`;
const BY_VACANCY = 'GROUP BY v.id, o.num, o.isco_code';

@Injectable()
export class VacanciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<VacancyEntity | null> {
    return manager.findOneBy(VacancyEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<VacancyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(VacancyEntity, { id: In([...ids]) });
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

  /** Documents of the vacancies among `ids` (every one when null) that belong in the index: PUBLISHED by a VERIFIED employer. */
  indexable(ids: string[] | null): Promise<VacancyDocument[]> {
    return this.dataSource.query<VacancyDocument[]>(
      `${DOCUMENT}
       WHERE v.status = 'PUBLISHED' AND e.status = 'VERIFIED' ${ids ? 'AND v.id = ANY($1::uuid[])' : ''}
       ${BY_VACANCY}`,
      ids ? [ids] : [],
    );
  }

  /** One vacancy's facts whatever its status: its employer matches candidates before publishing too. */
  async factsById(id: string): Promise<VacancyFacts | null> {
    const [facts] = await this.dataSource.query<VacancyFacts[]>(`${DOCUMENT} WHERE v.id = $1 ${BY_VACANCY}`, [id]);
    return facts ?? null;
  }

  /** The facts of those of `ids` that exist, in the order of `ids`. */
  async factsByIds(ids: readonly string[]): Promise<VacancyFacts[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<VacancyFacts[]>(`${DOCUMENT} WHERE v.id = ANY($1::uuid[]) ${BY_VACANCY}`, [
      ids,
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async idsOfEmployers(employerIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM vacancy WHERE employer_id = ANY($1::uuid[])`,
      [employerIds],
    );
    return rows.map((r) => r.id);
  }
}
