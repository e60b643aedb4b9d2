import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { ValidationError } from 'src/common/errors';
import { PartnershipProgrammeModel } from 'src/partnerships/programme.model';
import { ProgrammeStatisticsModel } from 'src/programme-statistics/programme-statistics.model';
import { ProgrammeStatisticsService } from 'src/programme-statistics/programme-statistics.service';
import { toSkill } from 'src/taxonomy/taxonomy.model';

const programmeUuid = new ParseUUIDPipe({
  exceptionFactory: () => ValidationError.field('programmeId', 'must be an ID'),
});

@Resolver()
export class ProgrammeStatisticsResolver {
  constructor(private readonly statistics: ProgrammeStatisticsService) {}

  @Roles(Role.PARTNERSHIP_ADMIN, Role.ADMIN)
  @Query(() => ProgrammeStatisticsModel, {
    description:
      'How many visible candidates are eligible, how many fail each criterion, and the essential skills its best ' +
      'matches most often lack: the programme’s administrators and admins',
  })
  async programmeStatistics(
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }, programmeUuid) programmeId: string,
  ): Promise<ProgrammeStatisticsModel> {
    const s = await this.statistics.of(user, programmeId);
    return Object.assign(new ProgrammeStatisticsModel(), {
      ...s,
      programme: PartnershipProgrammeModel.from(s.programme),
      missingSkills: s.missingSkills.map((m) => ({ skill: toSkill(m.skill), matches: m.matches })),
    });
  }
}
