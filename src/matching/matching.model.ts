import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CandidateSummaryModel } from 'src/candidates/candidate.model';
import { ConnectionType } from 'src/graphql/connection';
import type {
  CandidateMatch,
  ExplainedSkillMatch,
  Explanation,
  PartnershipMatch,
  VacancyMatch,
} from 'src/matching/match-explainer';
import { Skill, toSkill } from 'src/taxonomy/taxonomy.model';
import { VacancyModel } from 'src/vacancies/vacancy.model';

/** How a candidate's skill stands to the skill a vacancy requires. */
export enum SkillRelation {
  EXACT = 'EXACT',
  BROADER = 'BROADER',
  NARROWER = 'NARROWER',
  RELATED = 'RELATED',
}

registerEnumType(SkillRelation, {
  name: 'SkillRelation',
  description: 'How the held skill stands to the required one in ESCO',
  valuesMap: {
    EXACT: { description: 'The required skill itself' },
    BROADER: { description: 'A broader skill than the required one (its general form)' },
    NARROWER: { description: 'A narrower skill than the required one (a specialisation of it)' },
    RELATED: { description: 'A skill ESCO names as essential or optional to the required one, or the other way round' },
  },
});

@ObjectType('SkillMatch', { description: 'A required skill and the held skill that earned it credit' })
export class SkillMatchModel {
  @Field(() => Skill)
  required!: Skill;

  @Field(() => Skill)
  held!: Skill;

  @Field(() => SkillRelation)
  relation!: SkillRelation;

  @Field(() => Float, { description: 'In (0, 1]: 1 for the exact skill; README lists the partial credits' })
  credit!: number;

  static from(m: ExplainedSkillMatch): SkillMatchModel {
    return Object.assign(new SkillMatchModel(), {
      required: toSkill(m.required),
      held: toSkill(m.held),
      relation: SkillRelation[m.relation],
      credit: m.credit,
    });
  }
}

@ObjectType('ScoreBreakdown', { description: 'Each component in [0, 1]; README lists the weights' })
export class ScoreBreakdownModel {
  @Field(() => Float, { description: 'Share of the essential skills shown, by specificity, with partial credit' })
  essentialSkills!: number;

  @Field(() => Float, { description: 'Share of the optional skills shown, by specificity, with partial credit' })
  optionalSkills!: number;

  @Field(() => Float, { description: 'Share of the candidate’s own skills, by specificity, that the vacancy uses' })
  skillFocus!: number;

  @Field(() => Float, {
    description: 'The skill part the two skill weights apply to: √(coverage × skillFocus)',
  })
  skills!: number;

  @Field(() => Float)
  occupation!: number;

  @Field(() => Float)
  experience!: number;

  @Field(() => Float)
  languages!: number;

  @Field(() => Float)
  qualification!: number;

  @Field(() => Float)
  partnership!: number;
}

/** What every match shows: the score, its components and the skills behind them. */
@ObjectType({ isAbstract: true })
abstract class ExplainedMatch {
  @Field(() => Float, { description: 'In [0, 1]' })
  score!: number;

  @Field(() => ScoreBreakdownModel)
  breakdown!: ScoreBreakdownModel;

  @Field(() => [Skill], { description: 'The vacancy’s essential and optional skills the candidate has exactly' })
  matchedSkills!: Skill[];

  @Field(() => [Skill], { description: 'The vacancy’s essential skills the candidate does not have exactly' })
  missingEssentialSkills!: Skill[];

  @Field(() => [SkillMatchModel], {
    description: 'Every required skill that earned credit, exactly or through a broader, narrower or related skill',
  })
  skillMatches!: SkillMatchModel[];

  protected static explained(e: Explanation): ExplainedMatch {
    return {
      score: e.score,
      breakdown: e.breakdown,
      matchedSkills: e.matchedSkills.map(toSkill),
      missingEssentialSkills: e.missingEssentialSkills.map(toSkill),
      skillMatches: e.skillMatches.map((m) => SkillMatchModel.from(m)),
    };
  }
}

@ObjectType('CandidateMatch')
export class CandidateMatchModel extends ExplainedMatch {
  @Field(() => CandidateSummaryModel)
  candidate!: CandidateSummaryModel;

  static from(m: CandidateMatch): CandidateMatchModel {
    return Object.assign(new CandidateMatchModel(), ExplainedMatch.explained(m), {
      candidate: CandidateSummaryModel.from(m.candidate),
    });
  }
}

@ObjectType('VacancyMatch')
export class VacancyMatchModel extends ExplainedMatch {
  @Field(() => VacancyModel)
  vacancy!: VacancyModel;

  static from(m: VacancyMatch): VacancyMatchModel {
    return Object.assign(new VacancyMatchModel(), ExplainedMatch.explained(m), {
      vacancy: VacancyModel.from(m.vacancy),
    });
  }
}

@ObjectType('PartnershipMatch')
export class PartnershipMatchModel extends ExplainedMatch {
  @Field(() => CandidateSummaryModel)
  candidate!: CandidateSummaryModel;

  @Field(() => VacancyModel)
  vacancy!: VacancyModel;

  static from(m: PartnershipMatch): PartnershipMatchModel {
    return Object.assign(new PartnershipMatchModel(), ExplainedMatch.explained(m), {
      candidate: CandidateSummaryModel.from(m.candidate),
      vacancy: VacancyModel.from(m.vacancy),
    });
  }
}

export const CandidateMatchConnection = ConnectionType(CandidateMatchModel, 'CandidateMatch');
export const VacancyMatchConnection = ConnectionType(VacancyMatchModel, 'VacancyMatch');
export const PartnershipMatchConnection = ConnectionType(PartnershipMatchModel, 'PartnershipMatch');
