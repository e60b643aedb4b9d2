import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, OptionalUser, Public, Roles, SignedIn } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { UserModel } from 'src/auth/user.model';
import { clientIp } from 'src/common/client-ip';
import { Connection, ConnectionArgs, mapConnection } from 'src/graphql/connection';
import type { GraphQLContext } from 'src/graphql/graphql.module';
import { IdArgs, NoticeInput, ReportVacancyArgs, SetTrustedFlaggerArgs } from 'src/moderation/moderation.input';
import { ModerationLoaders } from 'src/moderation/moderation.loaders';
import { DecisionKind } from 'src/moderation/moderation-rules';
import { NoticeConnection, NoticeModel } from 'src/moderation/notice.model';
import { NoticesService } from 'src/moderation/notices.service';
import { VacancyModel } from 'src/vacancies/vacancy.model';
import { VacanciesService } from 'src/vacancies/vacancies.service';

/** What a notifier wrote, and how to reach them, is for them and the administrators. */
function seesNotifierFields(viewer: AuthUser | undefined, notice: NoticeModel): boolean {
  return viewer?.role === Role.ADMIN || (viewer !== undefined && viewer.id === notice.notifierId);
}

@Resolver(() => NoticeModel)
export class NoticesResolver {
  constructor(
    private readonly service: NoticesService,
    private readonly vacancies: VacanciesService,
    private readonly loaders: ModerationLoaders,
  ) {}

  @Public()
  @Mutation(() => NoticeModel, {
    description:
      'Tells the administrators that a vacancy breaks a rule; open to everyone, limited per client. Keep the id to follow it up.',
  })
  async submitNotice(
    @OptionalUser() user: AuthUser | undefined,
    @Args('input') input: NoticeInput,
    @Context() ctx: GraphQLContext,
  ): Promise<NoticeModel> {
    return NoticeModel.from(await this.service.submit(user, input, clientIp(ctx.req)));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'A notice of category OTHER with the reason as its details' })
  reportVacancy(
    @CurrentUser() user: AuthUser,
    @Args() args: ReportVacancyArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.service.report(user, args.id, args.reason, clientIp(ctx.req));
  }

  @SignedIn()
  @Query(() => NoticeConnection, { description: 'The notices the signed-in user sent, newest first' })
  async myNotices(@CurrentUser() user: AuthUser, @Args() args: ConnectionArgs): Promise<Connection<NoticeModel>> {
    return mapConnection(await this.service.listMine(user, args.first, args.after), (n) => NoticeModel.from(n));
  }

  @Public()
  @Query(() => NoticeModel, { nullable: true, description: 'A notice by the id its notifier was given' })
  async notice(@Args() args: IdArgs): Promise<NoticeModel | null> {
    const notice = await this.service.find(args.id);
    return notice ? NoticeModel.from(notice) : null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, {
    description: 'Records the trusted-flagger status a Digital Services Coordinator awarded',
  })
  async setTrustedFlagger(@CurrentUser() admin: AuthUser, @Args() args: SetTrustedFlaggerArgs): Promise<UserModel> {
    return UserModel.from(await this.service.setTrustedFlagger(admin, args.userId, args.trusted));
  }

  @ResolveField(() => VacancyModel, { nullable: true, description: 'Null once the caller may no longer see it' })
  async vacancy(
    @Parent() notice: NoticeModel,
    @OptionalUser() viewer: AuthUser | undefined,
  ): Promise<VacancyModel | null> {
    const vacancy = await this.vacancies.find(viewer, notice.vacancyId);
    return vacancy ? VacancyModel.from(vacancy) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The notifier and administrators only' })
  details(@Parent() notice: NoticeModel, @OptionalUser() viewer: AuthUser | undefined): string | null {
    return seesNotifierFields(viewer, notice) ? notice.details : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The notifier and administrators only' })
  contactEmail(@Parent() notice: NoticeModel, @OptionalUser() viewer: AuthUser | undefined): string | null {
    return seesNotifierFields(viewer, notice) ? notice.contactEmail : null;
  }

  @ResolveField(() => DecisionKind, {
    nullable: true,
    description: 'What was decided about the vacancy: REMOVED or APPROVED; null while RECEIVED',
  })
  async outcome(@Parent() notice: NoticeModel, @Context() ctx: GraphQLContext): Promise<DecisionKind | null> {
    if (!notice.decisionId) return null;
    return (await this.loaders.forRequest(ctx.req).decision.load(notice.decisionId))?.kind ?? null;
  }
}
