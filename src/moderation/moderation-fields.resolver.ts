import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalUser, Public, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { EmployerStatus } from 'src/employers/employer-status';
import { EmployerModel } from 'src/employers/employer.model';
import type { GraphQLContext } from 'src/graphql/graphql.module';
import { LanguageArgs, TransparencyReportArgs } from 'src/moderation/moderation.input';
import { ModerationLoaders } from 'src/moderation/moderation.loaders';
import { AppealModel, StatementOfReasonsModel } from 'src/moderation/moderation.model';
import { isRestrictive } from 'src/moderation/moderation-rules';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { safetyAdvice, vacancySafety } from 'src/moderation/safety/safety';
import { SafetyAdviceModel, VacancySafetyModel } from 'src/moderation/safety/safety.model';
import { TransparencyReportModel } from 'src/moderation/transparency/transparency.model';
import { TransparencyService } from 'src/moderation/transparency/transparency.service';
import { VacancyLoaderFactory } from 'src/vacancies/vacancy.loaders';
import { VacancyModel } from 'src/vacancies/vacancy.model';

/*
 * Fields trust and safety adds to vacancies and employers, and its public and reporting
 * queries. A statement of reasons and an appeal concern the vacancy's owner: they are shown
 * to the owner and to administrators, and are null for everyone else.
 */

@Resolver(() => VacancyModel)
export class VacancyModerationResolver {
  constructor(
    private readonly moderation: ModerationLoaders,
    private readonly vacancies: VacancyLoaderFactory,
  ) {}

  private async ownerOrAdmin(
    viewer: AuthUser | undefined,
    vacancy: VacancyModel,
    ctx: GraphQLContext,
  ): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.role === Role.ADMIN) return true;
    const employer = await this.vacancies.forRequest(ctx.req).employer.load(vacancy.employerId);
    return employer?.ownerId === viewer.id;
  }

  @ResolveField(() => StatementOfReasonsModel, {
    nullable: true,
    description: 'Why the vacancy is restricted now (DSA Art. 17); its owner and administrators only',
  })
  async statementOfReasons(
    @Parent() vacancy: VacancyModel,
    @OptionalUser() viewer: AuthUser | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<StatementOfReasonsModel | null> {
    if (!(await this.ownerOrAdmin(viewer, vacancy, ctx))) return null;
    const decision = await this.moderation.forRequest(ctx.req).inForce.load(vacancy.id);
    return decision && isRestrictive(decision.kind) ? StatementOfReasonsModel.from(decision) : null;
  }

  @ResolveField(() => AppealModel, {
    nullable: true,
    description: 'The latest appeal; its owner and administrators only',
  })
  async appeal(
    @Parent() vacancy: VacancyModel,
    @OptionalUser() viewer: AuthUser | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<AppealModel | null> {
    if (!(await this.ownerOrAdmin(viewer, vacancy, ctx))) return null;
    const appeal = await this.moderation.forRequest(ctx.req).latestAppeal.load(vacancy.id);
    return appeal ? AppealModel.from(appeal) : null;
  }

  @ResolveField(() => VacancySafetyModel, { description: 'What a candidate should know before answering' })
  async safety(
    @Parent() vacancy: VacancyModel,
    @Args() args: LanguageArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<VacancySafetyModel> {
    const employer = await this.vacancies.forRequest(ctx.req).employer.load(vacancy.employerId);
    return vacancySafety(
      {
        employerVerified: employer?.status === EmployerStatus.VERIFIED,
        flagCodes: vacancy.screeningFlags.map((f) => f.code),
      },
      args.language,
    );
  }
}

@Resolver(() => EmployerModel)
export class EmployerModerationResolver {
  constructor(private readonly decisions: DecisionsRepository) {}

  @ResolveField(() => StatementOfReasonsModel, {
    nullable: true,
    description: 'Why the organisation is suspended, when a rule suspended it; itself and administrators only',
  })
  async statementOfReasons(
    @Parent() employer: EmployerModel,
    @OptionalUser() viewer: AuthUser | undefined,
  ): Promise<StatementOfReasonsModel | null> {
    if (viewer?.role !== Role.ADMIN && (viewer === undefined || viewer.id !== employer.ownerId)) return null;
    const decision = await this.decisions.inForceOfEmployer(employer.id);
    return decision ? StatementOfReasonsModel.from(decision) : null;
  }
}

@Resolver()
export class SafetyAndTransparencyResolver {
  constructor(private readonly transparency: TransparencyService) {}

  @Public()
  @Query(() => SafetyAdviceModel, { description: 'Plain advice for candidates, in the language asked for or English' })
  safetyAdvice(@Args() args: LanguageArgs): SafetyAdviceModel {
    return safetyAdvice(args.language);
  }

  @Roles(Role.ADMIN)
  @Query(() => TransparencyReportModel, { description: 'The figures the Digital Services Act asks to publish' })
  transparencyReport(@Args() args: TransparencyReportArgs): Promise<TransparencyReportModel> {
    return this.transparency.report(args.from, args.to);
  }
}
