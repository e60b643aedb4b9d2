import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import {
  ContactRequestIdArgs,
  MyContactRequestsArgs,
  RequestContactArgs,
  RespondToContactRequestArgs,
} from 'src/contacts/contact-request.input';
import { ContactRequestConnection, ContactRequestModel } from 'src/contacts/contact-request.model';
import { ContactResult, ContactsService } from 'src/contacts/contacts.service';
import { Connection, mapConnection } from 'src/graphql/connection';

const toModel = ({ request, viewer }: ContactResult) => ContactRequestModel.from(request, viewer);

@Resolver(() => ContactRequestModel)
export class ContactsResolver {
  constructor(private readonly service: ContactsService) {}

  @Roles(Role.EMPLOYER)
  @Mutation(() => ContactRequestModel, {
    description: 'A verified employer asks a visible candidate about one of its published vacancies',
  })
  async requestContact(@CurrentUser() user: AuthUser, @Args() args: RequestContactArgs): Promise<ContactRequestModel> {
    return toModel(await this.service.request(user, args.vacancyId, args.candidateId, args.message));
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => ContactRequestModel, { description: 'The candidate accepts (revealing name and email) or declines' })
  async respondToContactRequest(
    @CurrentUser() user: AuthUser,
    @Args() args: RespondToContactRequestArgs,
  ): Promise<ContactRequestModel> {
    return toModel(await this.service.respond(user, args.id, args.accept));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ContactRequestModel, { description: 'The employer takes back a PENDING request' })
  async withdrawContactRequest(
    @CurrentUser() user: AuthUser,
    @Args() args: ContactRequestIdArgs,
  ): Promise<ContactRequestModel> {
    return toModel(await this.service.withdraw(user, args.id));
  }

  @Roles(Role.CANDIDATE, Role.EMPLOYER)
  @Query(() => ContactRequestConnection, {
    description: 'Candidates: requests sent to them. Employers: requests their organisation sent. Newest first.',
  })
  async myContactRequests(
    @CurrentUser() user: AuthUser,
    @Args() args: MyContactRequestsArgs,
  ): Promise<Connection<ContactRequestModel>> {
    return mapConnection(await this.service.list(user, args.status, args.first, args.after), toModel);
  }
}
