import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { CandidateArgs, CandidateProfileInput, SetProfileVisibilityArgs } from 'src/candidates/candidate.input';
import { CandidateLoaders } from 'src/candidates/candidate.loaders';
import {
  CandidateProfileModel,
  CandidateSummaryModel,
  LanguageLevelModel,
  QualificationModel,
  WorkExperienceModel,
} from 'src/candidates/candidate.model';
import { CandidatesService } from 'src/candidates/candidates.service';
import { Occupation, Skill } from 'src/taxonomy/taxonomy.model';
import { GraphQLContext } from 'src/graphql/graphql.module';

@Resolver(() => CandidateProfileModel)
export class CandidateProfileResolver {
  constructor(
    private readonly service: CandidatesService,
    private readonly loaders: CandidateLoaders,
  ) {}

  @Roles(Role.CANDIDATE)
  @Mutation(() => CandidateProfileModel, { description: 'Creates or replaces the signed-in candidate’s profile' })
  async saveCandidateProfile(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CandidateProfileInput,
  ): Promise<CandidateProfileModel> {
    return CandidateProfileModel.from(await this.service.save(user, input), user.email);
  }

  @Roles(Role.CANDIDATE)
  @Query(() => CandidateProfileModel, { nullable: true, description: 'The signed-in candidate’s profile' })
  async myCandidateProfile(@CurrentUser() user: AuthUser): Promise<CandidateProfileModel | null> {
    const profile = await this.service.mine(user);
    return profile ? CandidateProfileModel.from(profile, user.email) : null;
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => CandidateProfileModel, {
    description: 'true gives consent to be seen by verified employers; false withdraws it at once',
  })
  async setProfileVisibility(
    @CurrentUser() user: AuthUser,
    @Args() args: SetProfileVisibilityArgs,
  ): Promise<CandidateProfileModel> {
    return CandidateProfileModel.from(await this.service.setVisibility(user, args.visible), user.email);
  }

  @ResolveField(() => [Occupation])
  desiredOccupations(@Parent() p: CandidateProfileModel, @Context() ctx: GraphQLContext): Promise<Occupation[]> {
    return this.loaders.forRequest(ctx.req).desiredOccupations.load(p.id);
  }

  @ResolveField(() => [Skill])
  skills(@Parent() p: CandidateProfileModel, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return this.loaders.forRequest(ctx.req).skills.load(p.id);
  }

  @ResolveField(() => [LanguageLevelModel])
  languages(@Parent() p: CandidateProfileModel, @Context() ctx: GraphQLContext): Promise<LanguageLevelModel[]> {
    return this.loaders.forRequest(ctx.req).languages.load(p.id);
  }

  @ResolveField(() => [QualificationModel])
  qualifications(@Parent() p: CandidateProfileModel, @Context() ctx: GraphQLContext): Promise<QualificationModel[]> {
    return this.loaders.forRequest(ctx.req).qualifications.load(p.id);
  }

  @ResolveField(() => [WorkExperienceModel])
  experience(@Parent() p: CandidateProfileModel, @Context() ctx: GraphQLContext): Promise<WorkExperienceModel[]> {
    return this.loaders.forRequest(ctx.req).experience.load(p.id);
  }
}

@Resolver(() => CandidateSummaryModel)
export class CandidateSummaryResolver {
  constructor(
    private readonly service: CandidatesService,
    private readonly loaders: CandidateLoaders,
  ) {}

  @Roles(Role.EMPLOYER, Role.PARTNERSHIP_ADMIN, Role.ADMIN)
  @Query(() => CandidateSummaryModel, {
    nullable: true,
    description: 'A visible candidate’s pseudonymised summary (verified employers, programme admins, admins)',
  })
  async candidate(@CurrentUser() user: AuthUser, @Args() args: CandidateArgs): Promise<CandidateSummaryModel | null> {
    const profile = await this.service.view(user, args.id);
    return profile ? CandidateSummaryModel.from(profile) : null;
  }

  @ResolveField(() => [Occupation])
  desiredOccupations(@Parent() c: CandidateSummaryModel, @Context() ctx: GraphQLContext): Promise<Occupation[]> {
    return this.loaders.forRequest(ctx.req).desiredOccupations.load(c.id);
  }

  @ResolveField(() => [Skill])
  skills(@Parent() c: CandidateSummaryModel, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return this.loaders.forRequest(ctx.req).skills.load(c.id);
  }

  @ResolveField(() => [LanguageLevelModel])
  languages(@Parent() c: CandidateSummaryModel, @Context() ctx: GraphQLContext): Promise<LanguageLevelModel[]> {
    return this.loaders.forRequest(ctx.req).languages.load(c.id);
  }
}
