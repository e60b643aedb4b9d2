import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { MatchVacancy } from 'src/matching/types';

/** The reads matching needs that belong to no single feature: concepts by their integer keys. */
@Injectable()
export class MatchingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A vacancy as the scorer sees it, with integer concept keys, whatever its status. */
  async matchVacancy(vacancyId: string): Promise<MatchVacancy | null> {
    const [row] = await this.dataSource.query<
      {
        occupation_num: number;
        isco_code: string;
        essential: number[] | null;
        optional: number[] | null;
        language_requirements: MatchVacancy['languageRequirements'];
        min_eqf_level: number | null;
        min_experience_years: number | null;
        member_state: string;
        programme_id: string | null;
      }[]
    >(
      `SELECT o.num AS occupation_num, o.isco_code, v.language_requirements, v.min_eqf_level, v.min_experience_years,
              v.member_state, v.programme_id,
              array_agg(k.num ORDER BY k.num) FILTER (WHERE s.essential) AS essential,
              array_agg(k.num ORDER BY k.num) FILTER (WHERE NOT s.essential) AS optional
       FROM vacancy v JOIN occupation o ON o.id = v.occupation_id
       LEFT JOIN vacancy_skill s ON s.vacancy_id = v.id LEFT JOIN skill k ON k.id = s.skill_id
       WHERE v.id = $1
       GROUP BY v.id, o.num, o.isco_code`,
      [vacancyId],
    );
    if (!row) return null;
    return {
      occupationId: row.occupation_num,
      iscoCode: row.isco_code,
      essentialSkillIds: row.essential ?? [],
      optionalSkillIds: row.optional ?? [],
      languageRequirements: row.language_requirements,
      minEqfLevel: row.min_eqf_level,
      minExperienceYears: row.min_experience_years,
      memberState: row.member_state,
      programmeId: row.programme_id,
    };
  }

  private rarity: { at: number; counts: Map<number, number> } | null = null;

  /**
   * How many occupations require each skill (ESCO), read once every ten minutes: the fewer,
   * the more a skill says about a candidate.
   */
  async occupationsPerSkill(): Promise<Map<number, number>> {
    if (!this.rarity || Date.now() - this.rarity.at > 600_000) {
      const rows = await this.dataSource.query<{ num: number; n: number }[]>(
        `SELECT k.num, count(os.occupation_id)::int AS n FROM skill k
         LEFT JOIN occupation_skill os ON os.skill_id = k.id GROUP BY k.num`,
      );
      this.rarity = { at: Date.now(), counts: new Map(rows.map((r) => [r.num, r.n])) };
    }
    return this.rarity.counts;
  }

  async skillsByNums(nums: readonly number[]): Promise<Map<number, SkillEntity>> {
    if (nums.length === 0) return new Map();
    const skills = await this.dataSource.manager
      .createQueryBuilder(SkillEntity, 's')
      .where('s.num IN (:...nums)', { nums: [...new Set(nums)] })
      .getMany();
    return new Map(skills.map((s) => [s.num, s]));
  }

  /** Those of `ids` whose owners still consent: the index may lag a withdrawal by moments, matching may not. */
  async stillVisible(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM candidate_profile WHERE visible AND id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
