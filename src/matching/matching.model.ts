import { Field, Float, ObjectType } from '@nestjs/graphql';
import { CandidateSummaryModel } from 'src/candidates/candidate.model';
import { ConnectionType } from 'src/graphql/connection';
import type { CandidateMatch, Explanation, PartnershipMatch, VacancyMatch } from 'src/matching/match-explainer';
import { Skill, toSkill } from 'src/taxonomy/taxonomy.model';
import { VacancyModel } from 'src/vacancies/vacancy.model';

@ObjectType('ScoreBreakdown', { description: 'Each component in [0, 1]; README lists the weights' })
export class ScoreBreakdownModel {
  @Field(() => Float)
  essentialSkills!: number;

  @Field(() => Float)
  optionalSkills!: number;

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

  @Field(() => [Skill], { description: 'The vacancy’s essential and optional skills the candidate has' })
  matchedSkills!: Skill[];

  @Field(() => [Skill])
  missingEssentialSkills!: Skill[];

  protected static explained(e: Explanation): ExplainedMatch {
    return {
      score: e.score,
      breakdown: e.breakdown,
      matchedSkills: e.matchedSkills.map(toSkill),
      missingEssentialSkills: e.missingEssentialSkills.map(toSkill),
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
