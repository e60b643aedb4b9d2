import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { EmployerInput, EmployersArgs, SetEmployerStatusArgs } from 'src/employers/employer.input';
import { EmployerConnection, EmployerModel } from 'src/employers/employer.model';
import { EmployersService } from 'src/employers/employers.service';
import { Connection, mapConnection } from 'src/graphql/connection';

@Resolver(() => EmployerModel)
export class EmployersResolver {
  constructor(private readonly service: EmployersService) {}

  @Roles(Role.EMPLOYER)
  @Mutation(() => EmployerModel, {
    description: 'Registers the organisation of the signed-in employer; it starts PENDING',
  })
  async registerEmployer(@CurrentUser() user: AuthUser, @Args('input') input: EmployerInput): Promise<EmployerModel> {
    return EmployerModel.from(await this.service.register(user, input));
  }

  @Roles(Role.EMPLOYER)
  @Query(() => EmployerModel, { nullable: true, description: 'The signed-in employer’s organisation' })
  async myEmployer(@CurrentUser() user: AuthUser): Promise<EmployerModel | null> {
    const employer = await this.service.mine(user);
    return employer ? EmployerModel.from(employer) : null;
  }

  @Roles(Role.ADMIN)
  @Query(() => EmployerConnection)
  async employers(@Args() args: EmployersArgs): Promise<Connection<EmployerModel>> {
    return mapConnection(await this.service.list(args.status, args.first, args.after), (e) => EmployerModel.from(e));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => EmployerModel, {
    description: 'Verifies, suspends or removes an employer (a reason is required to suspend or remove)',
  })
  async setEmployerStatus(@CurrentUser() admin: AuthUser, @Args() args: SetEmployerStatusArgs): Promise<EmployerModel> {
    return EmployerModel.from(await this.service.setStatus(admin, args.id, args.status, args.reason ?? null));
  }
}
