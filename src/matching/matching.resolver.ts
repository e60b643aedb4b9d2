import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { ValidationError } from 'src/common/errors';
import { Connection, ConnectionArgs, mapConnection, selectsTotalCount } from 'src/graphql/connection';
import {
  CandidateMatchConnection,
  CandidateMatchModel,
  PartnershipMatchConnection,
  PartnershipMatchModel,
  VacancyMatchConnection,
  VacancyMatchModel,
} from 'src/matching/matching.model';
import { MatchingService } from 'src/matching/matching.service';

const vacancyUuid = new ParseUUIDPipe({ exceptionFactory: () => ValidationError.field('vacancyId', 'must be an ID') });
const programmeUuid = new ParseUUIDPipe({
  exceptionFactory: () => ValidationError.field('programmeId', 'must be an ID'),
});

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Roles(Role.EMPLOYER, Role.ADMIN)
  @Query(() => CandidateMatchConnection, {
    description: 'Visible candidates for a vacancy, best first; its verified employer and admins only',
  })
  async matchingCandidates(
    @CurrentUser() user: AuthUser,
    @Args('vacancyId', { type: () => ID }, vacancyUuid) vacancyId: string,
    @Args() args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<CandidateMatchModel>> {
    const page = await this.matching.candidatesFor(user, vacancyId, args.first, args.after, selectsTotalCount(info));
    return mapConnection(page, (m) => CandidateMatchModel.from(m));
  }

  @Roles(Role.CANDIDATE)
  @Query(() => VacancyMatchConnection, { description: 'Published vacancies for the signed-in candidate, best first' })
  async matchingVacancies(
    @CurrentUser() user: AuthUser,
    @Args() args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<VacancyMatchModel>> {
    const page = await this.matching.vacanciesFor(user, args.first, args.after, selectsTotalCount(info));
    return mapConnection(page, (m) => VacancyMatchModel.from(m));
  }

  @Roles(Role.PARTNERSHIP_ADMIN, Role.ADMIN)
  @Query(() => PartnershipMatchConnection, {
    description: 'The programme’s eligible candidates paired with its published vacancies, best first',
  })
  async partnershipMatches(
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }, programmeUuid) programmeId: string,
    @Args() args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<PartnershipMatchModel>> {
    const page = await this.matching.partnershipPairs(
      user,
      programmeId,
      args.first,
      args.after,
      selectsTotalCount(info),
    );
    return mapConnection(page, (m) => PartnershipMatchModel.from(m));
  }
}
