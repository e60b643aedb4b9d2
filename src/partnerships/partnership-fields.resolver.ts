import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CandidateProfileModel, CandidateSummaryModel } from 'src/candidates/candidate.model';
import type { GraphQLContext } from 'src/graphql/graphql.module';
import { PartnershipLoaders } from 'src/partnerships/partnership.loaders';
import { PartnershipCredentialModel, PartnershipProgrammeModel } from 'src/partnerships/programme.model';
import { VacancyModel } from 'src/vacancies/vacancy.model';

/*
 * Fields other features' types gain from partnerships. They live here, beside the loaders
 * they use, so candidates and vacancies need not know about programmes.
 */

async function credentialsOf(loaders: PartnershipLoaders, ctx: GraphQLContext, profileId: string) {
  return (await loaders.forRequest(ctx.req).credentials.load(profileId)).map((c) => PartnershipCredentialModel.from(c));
}

@Resolver(() => PartnershipCredentialModel)
export class PartnershipCredentialResolver {
  constructor(private readonly loaders: PartnershipLoaders) {}

  @ResolveField(() => PartnershipProgrammeModel)
  async programme(
    @Parent() credential: PartnershipCredentialModel,
    @Context() ctx: GraphQLContext,
  ): Promise<PartnershipProgrammeModel> {
    const programme = await this.loaders.forRequest(ctx.req).programme.load(credential.programmeId);
    return PartnershipProgrammeModel.from(programme!);
  }
}

@Resolver(() => CandidateProfileModel)
export class CandidateProfileCredentialsResolver {
  constructor(private readonly loaders: PartnershipLoaders) {}

  @ResolveField(() => [PartnershipCredentialModel], { description: 'Awarded by programmes, never self-declared' })
  credentials(@Parent() profile: CandidateProfileModel, @Context() ctx: GraphQLContext) {
    return credentialsOf(this.loaders, ctx, profile.id);
  }
}

@Resolver(() => CandidateSummaryModel)
export class CandidateSummaryCredentialsResolver {
  constructor(private readonly loaders: PartnershipLoaders) {}

  @ResolveField(() => [PartnershipCredentialModel], { description: 'Awarded by programmes, never self-declared' })
  credentials(@Parent() summary: CandidateSummaryModel, @Context() ctx: GraphQLContext) {
    return credentialsOf(this.loaders, ctx, summary.id);
  }
}

@Resolver(() => VacancyModel)
export class VacancyProgrammeResolver {
  constructor(private readonly loaders: PartnershipLoaders) {}

  @ResolveField(() => PartnershipProgrammeModel, {
    nullable: true,
    description: 'The Talent Partnership programme the vacancy recruits for',
  })
  async programme(@Parent() vacancy: VacancyModel, @Context() ctx: GraphQLContext) {
    if (!vacancy.programmeId) return null;
    const programme = await this.loaders.forRequest(ctx.req).programme.load(vacancy.programmeId);
    return programme ? PartnershipProgrammeModel.from(programme) : null;
  }
}
