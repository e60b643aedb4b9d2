import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, OptionalUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { Connection, ConnectionArgs } from 'src/graphql/connection';
import type { GraphQLContext } from 'src/graphql/graphql.module';
import { AppealsService } from 'src/moderation/appeals.service';
import { AppealModerationArgs, DecideAppealArgs, ReviewVacancyArgs } from 'src/moderation/moderation.input';
import { ModerationLoaders } from 'src/moderation/moderation.loaders';
import {
  AppealModel,
  ModerationCaseConnection,
  ModerationCaseModel,
  StatementOfReasonsModel,
} from 'src/moderation/moderation.model';
import { ModerationService } from 'src/moderation/moderation.service';
import { ModerationQueueService } from 'src/moderation/moderation-queue.service';
import { VacancyModel } from 'src/vacancies/vacancy.model';
import { VacanciesService } from 'src/vacancies/vacancies.service';

@Resolver(() => ModerationCaseModel)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly queue: ModerationQueueService,
    private readonly appeals: AppealsService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => ModerationCaseConnection, {
    description: 'Vacancies waiting for a person: in review, or with notices or an appeal to decide; most urgent first',
  })
  moderationQueue(@Args() args: ConnectionArgs): Promise<Connection<ModerationCaseModel>> {
    return this.queue.page(args.first, args.after);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => VacancyModel, {
    description:
      'Approve (PUBLISHED; pending notices REJECTED), or remove with a ground and facts (REMOVED; pending notices ACTIONED)',
  })
  async reviewVacancy(@CurrentUser() admin: AuthUser, @Args() args: ReviewVacancyArgs): Promise<VacancyModel> {
    return VacancyModel.from(await this.moderation.review(admin, args.id, args));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => AppealModel, { description: 'The owner appeals the restriction in force on its vacancy, once' })
  async appealModeration(@CurrentUser() owner: AuthUser, @Args() args: AppealModerationArgs): Promise<AppealModel> {
    return AppealModel.from(await this.appeals.lodge(owner, args.vacancyId, args.text));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AppealModel, {
    description: 'Another administrator than the one who decided upholds the decision or reverses it',
  })
  async decideAppeal(@CurrentUser() admin: AuthUser, @Args() args: DecideAppealArgs): Promise<AppealModel> {
    return AppealModel.from(await this.appeals.decide(admin, args.appealId, args.uphold, args.reason));
  }
}

/** An appeal is only ever handed to its vacancy's owner or an administrator. */
@Resolver(() => AppealModel)
export class AppealResolver {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly loaders: ModerationLoaders,
  ) {}

  @ResolveField(() => VacancyModel, { nullable: true })
  async vacancy(
    @Parent() appeal: AppealModel,
    @OptionalUser() viewer: AuthUser | undefined,
  ): Promise<VacancyModel | null> {
    const vacancy = await this.vacancies.find(viewer, appeal.vacancyId);
    return vacancy ? VacancyModel.from(vacancy) : null;
  }

  @ResolveField(() => StatementOfReasonsModel, { description: 'The decision appealed' })
  async decision(@Parent() appeal: AppealModel, @Context() ctx: GraphQLContext): Promise<StatementOfReasonsModel> {
    return StatementOfReasonsModel.from((await this.loaders.forRequest(ctx.req).decision.load(appeal.decisionId))!);
  }
}
