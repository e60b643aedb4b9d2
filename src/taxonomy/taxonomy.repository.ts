import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';
import { OccupationSkillEntity, RelationType } from 'src/taxonomy/occupation-skill.entity';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { OccupationLabelEntity, SkillLabelEntity } from 'src/taxonomy/concept-label.entity';

export interface Keyset {
  label: string;
  id: string;
}

function byIds<T extends { id: string }>(ids: readonly string[], rows: T[]): T[] {
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id)).filter((r): r is T => r !== undefined);
}

/** Every read of the taxonomy tables. */
@Injectable()
export class TaxonomyRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findOccupation(id: string, manager?: EntityManager): Promise<OccupationEntity | null> {
    return this.m(manager).findOneBy(OccupationEntity, { id });
  }

  /** In the order of `ids`; unknown ids are left out. */
  async findOccupations(ids: readonly string[], manager?: EntityManager): Promise<OccupationEntity[]> {
    if (ids.length === 0) return [];
    return byIds(ids, await this.m(manager).findBy(OccupationEntity, { id: In([...ids]) }));
  }

  async findSkills(ids: readonly string[], manager?: EntityManager): Promise<SkillEntity[]> {
    if (ids.length === 0) return [];
    return byIds(ids, await this.m(manager).findBy(SkillEntity, { id: In([...ids]) }));
  }

  /** One page in label order after `after`, plus one row to tell whether more follow. */
  async listOccupations(
    options: { iscoCode?: string; after: Keyset | null; limit: number },
    manager?: EntityManager,
  ): Promise<{ rows: OccupationEntity[]; total: number }> {
    const query = this.m(manager).createQueryBuilder(OccupationEntity, 'o');
    if (options.iscoCode) query.where('o.iscoCode LIKE :prefix', { prefix: `${options.iscoCode}%` });
    const total = await query.getCount();
    if (options.after) {
      query.andWhere('(o.preferredLabel, o.id) > (:label, :id)', options.after);
    }
    const rows = await query
      .orderBy('o.preferredLabel')
      .addOrderBy('o.id')
      .take(options.limit + 1)
      .getMany();
    return { rows, total };
  }

  async listSkills(
    options: { after: Keyset | null; limit: number },
    manager?: EntityManager,
  ): Promise<{ rows: SkillEntity[]; total: number }> {
    const query = this.m(manager).createQueryBuilder(SkillEntity, 's');
    const total = await query.getCount();
    if (options.after) query.where('(s.preferredLabel, s.id) > (:label, :id)', options.after);
    const rows = await query
      .orderBy('s.preferredLabel')
      .addOrderBy('s.id')
      .take(options.limit + 1)
      .getMany();
    return { rows, total };
  }

  /** The skills of many occupations in one query, by relation type, in label order. */
  async skillsOfOccupations(
    occupationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<{ occupationId: string; relationType: RelationType; skill: SkillEntity }[]> {
    if (occupationIds.length === 0) return [];
    const rows = await this.m(manager)
      .createQueryBuilder(OccupationSkillEntity, 'os')
      .innerJoinAndSelect('os.skill', 's')
      .where('os.occupationId IN (:...ids)', { ids: [...occupationIds] })
      .orderBy('s.preferredLabel')
      .addOrderBy('s.id')
      .getMany();
    return rows.map((r) => ({ occupationId: r.occupationId, relationType: r.relationType, skill: r.skill! }));
  }

  /** Skills by their integer keys (what matching and the indexes compare), keyed by them. */
  async skillsByNums(nums: readonly number[], manager?: EntityManager): Promise<Map<number, SkillEntity>> {
    if (nums.length === 0) return new Map();
    const skills = await this.m(manager).findBy(SkillEntity, { num: In([...new Set(nums)]) });
    return new Map(skills.map((s) => [s.num, s]));
  }

  /** How many occupations name each skill, essential or optional, by skill key; 0 for none. */
  async occupationsPerSkill(manager?: EntityManager): Promise<Map<number, number>> {
    const rows = await this.m(manager).query<{ num: number; n: number }[]>(
      `SELECT k.num, count(os.occupation_id)::int AS n FROM skill k
       LEFT JOIN occupation_skill os ON os.skill_id = k.id GROUP BY k.num`,
    );
    return new Map(rows.map((r) => [r.num, r.n]));
  }

  /**
   * What matching scores with, by integer keys: each skill's specificity, the skill hierarchy,
   * skill-to-skill relations and occupation neighbours (src/taxonomy/import derives them).
   */
  async skillGraph(manager?: EntityManager): Promise<{
    specificity: [number, number][];
    hierarchy: { narrower: number; broader: number }[];
    relations: { skill: number; related: number; type: 'essential' | 'optional' }[];
    occupationNeighbours: { occupation: number; neighbour: number; similarity: number }[];
  }> {
    const m = this.m(manager);
    const [specificity, hierarchy, relations, occupationNeighbours] = await Promise.all([
      m.query<{ num: number; specificity: number }[]>(`SELECT num, specificity FROM skill`),
      m.query<{ narrower: number; broader: number }[]>(
        `SELECT s.num AS narrower, b.num AS broader FROM skill_hierarchy h
         JOIN skill s ON s.id = h.skill_id JOIN skill b ON b.id = h.broader_skill_id`,
      ),
      m.query<{ skill: number; related: number; type: 'essential' | 'optional' }[]>(
        `SELECT s.num AS skill, o.num AS related, r.relation_type AS type FROM skill_relation r
         JOIN skill s ON s.id = r.skill_id JOIN skill o ON o.id = r.related_skill_id`,
      ),
      m.query<{ occupation: number; neighbour: number; similarity: number }[]>(
        `SELECT o.num AS occupation, n.num AS neighbour, x.similarity FROM occupation_neighbour x
         JOIN occupation o ON o.id = x.occupation_id JOIN occupation n ON n.id = x.neighbour_id`,
      ),
    ]);
    return {
      specificity: specificity.map((r) => [r.num, r.specificity]),
      hierarchy,
      relations,
      occupationNeighbours,
    };
  }

  /** The id of the latest taxonomy import, or null: what changes when the graph does. */
  async latestImportId(manager?: EntityManager): Promise<string | null> {
    const [row] = await this.m(manager).query<{ id: string }[]>(
      `SELECT id FROM taxonomy_import ORDER BY imported_at DESC, id DESC LIMIT 1`,
    );
    return row?.id ?? null;
  }

  async iscoGroups(codes: readonly string[], manager?: EntityManager): Promise<IscoGroupEntity[]> {
    if (codes.length === 0) return [];
    return this.m(manager).findBy(IscoGroupEntity, { code: In([...codes]) });
  }

  /** Labels of many concepts in a few languages, in one query per kind. */
  async labelsIn(
    kind: 'occupation' | 'skill',
    ids: readonly string[],
    languages: readonly string[],
    manager?: EntityManager,
  ): Promise<{ id: string; language: string; preferredLabel: string; altLabels: string[] }[]> {
    if (ids.length === 0 || languages.length === 0) return [];
    const entity = kind === 'occupation' ? OccupationLabelEntity : SkillLabelEntity;
    const key = kind === 'occupation' ? 'occupationId' : 'skillId';
    const rows = await this.m(manager).findBy(entity, { [key]: In([...ids]), language: In([...languages]) });
    return rows.map((r) => ({
      id: r instanceof OccupationLabelEntity ? r.occupationId : (r as SkillLabelEntity).skillId,
      language: r.language,
      preferredLabel: r.preferredLabel,
      altLabels: r.altLabels,
    }));
  }

  async isEmpty(manager?: EntityManager): Promise<boolean> {
    return !(await this.m(manager).exists(OccupationEntity));
  }
}
