import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PartnershipProgrammeModel } from 'src/partnerships/programme.model';
import { Skill } from 'src/taxonomy/taxonomy.model';

@ObjectType('CriterionStatistic', { description: 'One criterion of a programme over its visible candidates' })
export class CriterionStatisticModel {
  @Field({ description: 'As in EligibilityCheck: citizenship, residence, minAge, language:<code>, ...' })
  criterion!: string;

  @Field(() => Int, { description: 'Visible candidates who fail this criterion' })
  failing!: number;

  @Field(() => Int, {
    description: 'Visible candidates who pass this criterion and every one checked before it (the funnel)',
  })
  passingSoFar!: number;
}

@ObjectType('MissingSkillStatistic')
export class MissingSkillStatisticModel {
  @Field(() => Skill)
  skill!: Skill;

  @Field(() => Int, { description: 'Matches considered that lack this essential skill' })
  matches!: number;
}

@ObjectType('ProgrammeStatistics', { description: 'Counts only: no candidate is named' })
export class ProgrammeStatisticsModel {
  @Field(() => PartnershipProgrammeModel)
  programme!: PartnershipProgrammeModel;

  @Field(() => Int, { description: 'Candidates visible to employers (consented), all evaluated today (UTC)' })
  visibleCandidates!: number;

  @Field(() => Int, { description: 'Visible candidates meeting every criterion' })
  eligibleCandidates!: number;

  @Field(() => [CriterionStatisticModel], { description: 'In the order the criteria are checked' })
  criteria!: CriterionStatisticModel[];

  @Field(() => Int, {
    description: 'The best matches of the programme (as partnershipMatches ranks them) counted below',
  })
  matchesConsidered!: number;

  @Field(() => [MissingSkillStatisticModel], {
    description: 'Essential skills most often missing among those matches, most frequent first (at most 10)',
  })
  missingSkills!: MissingSkillStatisticModel[];

  @Field()
  computedAt!: Date;
}
