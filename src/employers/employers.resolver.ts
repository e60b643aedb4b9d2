import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, OptionalUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { UserModel } from 'src/auth/user.model';
import { EmployerStatusChangeConnection, EmployerStatusChangeModel } from 'src/employers/employer-history.model';
import { EmployerHistoryArgs, EmployerInput, EmployersArgs, SetEmployerStatusArgs } from 'src/employers/employer.input';
import { EmployerConnection, EmployerModel } from 'src/employers/employer.model';
import { EmployersService } from 'src/employers/employers.service';
import { Connection, mapConnection } from 'src/graphql/connection';

/** An organisation's register number and contact address are for itself and the administrators. */
function seesPrivateFields(viewer: AuthUser | undefined, employer: EmployerModel): boolean {
  return viewer?.role === Role.ADMIN || (viewer !== undefined && viewer.id === employer.ownerId);
}

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
  @Query(() => EmployerStatusChangeConnection, {
    description: 'Registrations and status changes with their reasons, newest first (from the audit log)',
  })
  async employerStatusHistory(@Args() args: EmployerHistoryArgs): Promise<Connection<EmployerStatusChangeModel>> {
    const page = await this.service.history(args.employerId, args.first, args.after);
    return mapConnection(page, (c) =>
      Object.assign(new EmployerStatusChangeModel(), {
        ...c,
        employer: EmployerModel.from(c.employer),
        changedBy: c.changedBy ? UserModel.from(c.changedBy) : null,
      }),
    );
  }

  @Roles(Role.ADMIN)
  @Mutation(() => EmployerModel, {
    description: 'Verifies, suspends or removes an employer (a reason is required to suspend or remove)',
  })
  async setEmployerStatus(@CurrentUser() admin: AuthUser, @Args() args: SetEmployerStatusArgs): Promise<EmployerModel> {
    return EmployerModel.from(await this.service.setStatus(admin, args.id, args.status, args.reason ?? null));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The owner and administrators only; null for everyone else',
  })
  registrationNumber(@Parent() employer: EmployerModel, @OptionalUser() viewer: AuthUser | undefined): string | null {
    return seesPrivateFields(viewer, employer) ? employer.registrationNumber : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The owner and administrators only; null for everyone else',
  })
  contactEmail(@Parent() employer: EmployerModel, @OptionalUser() viewer: AuthUser | undefined): string | null {
    return seesPrivateFields(viewer, employer) ? employer.contactEmail : null;
  }
}
