import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { CurrentUser, OptionalUser, Public, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { EmployerModel } from 'src/employers/employer.model';
import { Connection, mapConnection } from 'src/graphql/connection';
import type { GraphQLContext } from 'src/graphql/graphql.module';
import { Occupation, Skill, toOccupation, toSkill } from 'src/taxonomy/taxonomy.model';
import { VacancyLoaderFactory } from 'src/vacancies/vacancy.loaders';
import { MyVacanciesArgs, VacanciesArgs, VacancyInput } from 'src/vacancies/vacancy.input';
import { VacancyConnection, VacancyModel } from 'src/vacancies/vacancy.model';
import { VacanciesService } from 'src/vacancies/vacancies.service';
import { ValidationError } from 'src/common/errors';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => ValidationError.field('id', 'must be an ID') });

@Resolver(() => VacancyModel)
export class VacanciesResolver {
  constructor(
    private readonly service: VacanciesService,
    private readonly loaders: VacancyLoaderFactory,
  ) {}

  @Roles(Role.EMPLOYER)
  @Mutation(() => VacancyModel, { description: 'Creates a DRAFT vacancy of the signed-in employer' })
  async createVacancy(@CurrentUser() user: AuthUser, @Args('input') input: VacancyInput): Promise<VacancyModel> {
    return VacancyModel.from(await this.service.create(user, input));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => VacancyModel, { description: 'Changes a DRAFT or IN_REVIEW vacancy; it becomes a DRAFT again' })
  async updateVacancy(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('input') input: VacancyInput,
  ): Promise<VacancyModel> {
    return VacancyModel.from(await this.service.update(user, id, input));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => VacancyModel, {
    description: 'PUBLISHED, or IN_REVIEW with screeningFlags, or an error with a reason',
  })
  async publishVacancy(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<VacancyModel> {
    return VacancyModel.from(await this.service.publish(user, id));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => VacancyModel)
  async closeVacancy(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<VacancyModel> {
    return VacancyModel.from(await this.service.close(user, id));
  }

  @Public()
  @Query(() => VacancyModel, { nullable: true })
  async vacancy(
    @OptionalUser() user: AuthUser | undefined,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<VacancyModel | null> {
    const vacancy = await this.service.find(user, id);
    return vacancy ? VacancyModel.from(vacancy) : null;
  }

  @Public()
  @Query(() => VacancyConnection, { description: 'Published vacancies of verified employers' })
  async vacancies(@Args() args: VacanciesArgs): Promise<Connection<VacancyModel>> {
    return mapConnection(await this.service.listPublished(args.search, args.filter, args.first, args.after), (v) =>
      VacancyModel.from(v),
    );
  }

  @Roles(Role.EMPLOYER)
  @Query(() => VacancyConnection)
  async myVacancies(@CurrentUser() user: AuthUser, @Args() args: MyVacanciesArgs): Promise<Connection<VacancyModel>> {
    return mapConnection(await this.service.listMine(user, args.status, args.first, args.after), (v) =>
      VacancyModel.from(v),
    );
  }

  @ResolveField(() => EmployerModel)
  async employer(@Parent() vacancy: VacancyModel, @Context() ctx: GraphQLContext): Promise<EmployerModel> {
    const employer = await this.loaders.forRequest(ctx.req).employer.load(vacancy.employerId);
    return EmployerModel.from(employer!);
  }

  @ResolveField(() => Occupation)
  async occupation(@Parent() vacancy: VacancyModel, @Context() ctx: GraphQLContext): Promise<Occupation> {
    return toOccupation((await this.loaders.forRequest(ctx.req).occupation.load(vacancy.occupationId))!);
  }

  @ResolveField(() => [Skill])
  async essentialSkills(@Parent() vacancy: VacancyModel, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return (await this.loaders.forRequest(ctx.req).skills.load(vacancy.id)).essential.map(toSkill);
  }

  @ResolveField(() => [Skill])
  async optionalSkills(@Parent() vacancy: VacancyModel, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return (await this.loaders.forRequest(ctx.req).skills.load(vacancy.id)).optional.map(toSkill);
  }
}
