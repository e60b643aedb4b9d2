import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { Connection, mapConnection } from 'src/graphql/connection';
import {
  AssignAdministratorArgs,
  AwardCredentialArgs,
  EligibilityArgs,
  PartnershipProgrammeInput,
  ProgrammeArgs,
  ProgrammesArgs,
  UpdateProgrammeArgs,
} from 'src/partnerships/programme.input';
import {
  EligibilityModel,
  PartnershipCredentialModel,
  PartnershipProgrammeConnection,
  PartnershipProgrammeModel,
} from 'src/partnerships/programme.model';
import { PartnershipsService } from 'src/partnerships/partnerships.service';

@Resolver(() => PartnershipProgrammeModel)
export class PartnershipsResolver {
  constructor(private readonly service: PartnershipsService) {}

  // Programmes are public schemes, and a published vacancy already shows its programme to
  // anyone: browsing them needs no account.
  @Public()
  @Query(() => PartnershipProgrammeConnection, { description: 'Every Talent Partnership programme, by name' })
  async partnershipProgrammes(@Args() args: ProgrammesArgs): Promise<Connection<PartnershipProgrammeModel>> {
    return mapConnection(await this.service.list(args.first, args.after), (p) => PartnershipProgrammeModel.from(p));
  }

  @Public()
  @Query(() => PartnershipProgrammeModel, { nullable: true })
  async partnershipProgramme(@Args() args: ProgrammeArgs): Promise<PartnershipProgrammeModel | null> {
    const programme = await this.service.find(args.id);
    return programme ? PartnershipProgrammeModel.from(programme) : null;
  }

  @Roles(Role.PARTNERSHIP_ADMIN)
  @Query(() => [PartnershipProgrammeModel], {
    description: 'The programmes the signed-in programme administrator administers, by name',
  })
  async myProgrammes(@CurrentUser() user: AuthUser): Promise<PartnershipProgrammeModel[]> {
    return (await this.service.administeredBy(user)).map((p) => PartnershipProgrammeModel.from(p));
  }

  @Roles(Role.CANDIDATE, Role.PARTNERSHIP_ADMIN, Role.ADMIN)
  @Query(() => EligibilityModel, {
    description:
      'Checks a candidate against a programme today (UTC). Without candidateId: the signed-in candidate. ' +
      'Programme administrators (their programmes) and admins: any visible candidate.',
  })
  async eligibility(@CurrentUser() user: AuthUser, @Args() args: EligibilityArgs): Promise<EligibilityModel> {
    const { programme, result } = await this.service.eligibility(user, args.programmeId, args.candidateId);
    return EligibilityModel.from(programme, result);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PartnershipProgrammeModel)
  async createPartnershipProgramme(
    @CurrentUser() admin: AuthUser,
    @Args('input') input: PartnershipProgrammeInput,
  ): Promise<PartnershipProgrammeModel> {
    return PartnershipProgrammeModel.from(await this.service.create(admin, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PartnershipProgrammeModel, { description: 'Replaces the programme’s fields and criteria' })
  async updatePartnershipProgramme(
    @CurrentUser() admin: AuthUser,
    @Args() args: UpdateProgrammeArgs,
  ): Promise<PartnershipProgrammeModel> {
    return PartnershipProgrammeModel.from(await this.service.update(admin, args.id, args.input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PartnershipProgrammeModel, {
    description: 'Makes the user an administrator of the programme (and a PARTNERSHIP_ADMIN)',
  })
  async assignProgrammeAdministrator(
    @CurrentUser() admin: AuthUser,
    @Args() args: AssignAdministratorArgs,
  ): Promise<PartnershipProgrammeModel> {
    return PartnershipProgrammeModel.from(await this.service.assignAdministrator(admin, args.programmeId, args.userId));
  }

  @Roles(Role.PARTNERSHIP_ADMIN)
  @Mutation(() => PartnershipCredentialModel, {
    description: 'That programme’s administrators only; awarding again updates trainingCompleted',
  })
  async awardPartnershipCredential(
    @CurrentUser() user: AuthUser,
    @Args() args: AwardCredentialArgs,
  ): Promise<PartnershipCredentialModel> {
    const credential = await this.service.award(user, args.programmeId, args.candidateId, args.trainingCompleted);
    return PartnershipCredentialModel.from(credential);
  }
}
