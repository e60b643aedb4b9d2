import { Injectable } from '@nestjs/common';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { MatchPair, Ranked } from 'src/matching/ranking';
import type { SkillGraph, SkillRelation } from 'src/matching/skill-graph';
import { SkillGraphProvider } from 'src/matching/skill-graph.provider';
import type { ConceptNum, MatchScore, ScoreBreakdown } from 'src/matching/types';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';

/** A required skill, the held skill that earned it credit, how the two relate and the credit. */
export interface ExplainedSkillMatch {
  required: SkillEntity;
  held: SkillEntity;
  relation: SkillRelation;
  credit: number;
}

/** Why a match scored what it did, with the skills behind it as the API shows them. */
export interface Explanation {
  score: number;
  breakdown: ScoreBreakdown;
  matchedSkills: SkillEntity[];
  missingEssentialSkills: SkillEntity[];
  skillMatches: ExplainedSkillMatch[];
}

export type CandidateMatch = Explanation & { candidate: CandidateProfileEntity };
export type VacancyMatch = Explanation & { vacancy: VacancyEntity };
export type PartnershipMatch = Explanation & { candidate: CandidateProfileEntity; vacancy: VacancyEntity };

/**
 * Turns ranked rows into explained matches: the skills named by their keys, and the
 * candidates and vacancies re-read so that one hidden or withdrawn a moment ago drops out.
 * Skills are kept once read, while the taxonomy stays the one the skill graph was read
 * from (at most every skill of it, and read again after an import).
 */
@Injectable()
export class MatchExplainer {
  private readonly skills = new Map<ConceptNum, SkillEntity>();
  private skillsOf: SkillGraph | null = null;

  constructor(
    private readonly taxonomy: TaxonomyRepository,
    private readonly candidates: CandidatesRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly graphs: SkillGraphProvider,
  ) {}

  /** `known`: profiles read (visible) a moment ago, while ranking; the others are read now. */
  ofCandidates(rows: Ranked<string>[], known?: ReadonlyMap<string, CandidateProfileEntity>): Promise<CandidateMatch[]> {
    return this.explainWith(rows, 'candidate', async (ids) => {
      const missing = ids.filter((id) => !known?.has(id));
      const found = missing.length > 0 ? await this.candidates.findVisibleByIds(missing) : new Map();
      for (const id of ids) if (known?.has(id)) found.set(id, known.get(id)!);
      return found;
    });
  }

  ofVacancies(rows: Ranked<string>[]): Promise<VacancyMatch[]> {
    return this.explainWith(rows, 'vacancy', (ids) => this.vacancies.findPublicByIds(ids));
  }

  ofPairs(rows: Ranked<MatchPair>[]): Promise<PartnershipMatch[]> {
    return this.explain(rows, async () => {
      const [profiles, vacancies] = await Promise.all([
        this.candidates.findVisibleByIds(rows.map((r) => r.item.candidateId)),
        this.vacancies.findPublicByIds(rows.map((r) => r.item.vacancyId)),
      ]);
      return ({ candidateId, vacancyId }) => {
        const candidate = profiles.get(candidateId);
        const vacancy = vacancies.get(vacancyId);
        return candidate && vacancy && { candidate, vacancy };
      };
    });
  }

  /** Explains each row with what `load` still finds under its id, as `key`. */
  private explainWith<K extends string, E>(
    rows: Ranked<string>[],
    key: K,
    load: (ids: string[]) => Promise<Map<string, E>>,
  ): Promise<(Explanation & Record<K, E>)[]> {
    return this.explain(rows, async () => {
      const found = await load(rows.map((r) => r.item));
      return (id) => {
        const entity = found.get(id);
        return entity && ({ [key]: entity } as Record<K, E>);
      };
    });
  }

  /** Explains each row whose parts `lookup` still finds; the others drop out. */
  private async explain<T, P extends object>(
    rows: Ranked<T>[],
    lookup: () => Promise<(item: T) => P | undefined>,
  ): Promise<(Explanation & P)[]> {
    const [explain, find] = await Promise.all([this.explainer(rows), lookup()]);
    return rows.flatMap((r) => {
      const parts = find(r.item);
      return parts ? [{ ...explain(r.match), ...parts }] : [];
    });
  }

  /** Reads every skill the rows name at once; the result explains any of their scores. */
  private async explainer(rows: Ranked<unknown>[]): Promise<(match: MatchScore) => Explanation> {
    const skills = await this.skillsByNums(
      rows.flatMap((r) => [
        ...r.match.matchedSkillNums,
        ...r.match.missingEssentialSkillNums,
        ...r.match.skillMatches.flatMap((m) => [m.requiredNum, m.heldNum]),
      ]),
    );
    const resolve = (nums: ConceptNum[]): SkillEntity[] =>
      nums.flatMap((num) => {
        const skill = skills.get(num);
        return skill ? [skill] : [];
      });
    return (match) => ({
      score: match.score,
      breakdown: match.breakdown,
      matchedSkills: resolve(match.matchedSkillNums),
      missingEssentialSkills: resolve(match.missingEssentialSkillNums),
      skillMatches: match.skillMatches.flatMap((m) => {
        const required = skills.get(m.requiredNum);
        const held = skills.get(m.heldNum);
        return required && held ? [{ required, held, relation: m.relation, credit: m.credit }] : [];
      }),
    });
  }

  /** The skills with these keys, from those kept or else the database. */
  private async skillsByNums(nums: ConceptNum[]): Promise<ReadonlyMap<ConceptNum, SkillEntity>> {
    const graph = await this.graphs.graph();
    if (graph !== this.skillsOf) {
      this.skills.clear();
      this.skillsOf = graph;
    }
    const missing = [...new Set(nums)].filter((num) => !this.skills.has(num));
    if (missing.length > 0) {
      for (const [num, skill] of await this.taxonomy.skillsByNums(missing)) this.skills.set(num, skill);
    }
    return this.skills;
  }
}
