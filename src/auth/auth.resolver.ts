import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OptionalUser, Public } from 'src/auth/auth.decorators';
import { LoginArgs, RegisterInput } from 'src/auth/auth.input';
import { AuthService, Session } from 'src/auth/auth.service';
import { AuthUser } from 'src/auth/role';
import { clientIp } from 'src/common/client-ip';
import { AuthPayload, UserModel } from 'src/auth/user.model';
import type { GraphQLContext } from 'src/graphql/graphql.module';

function payload(session: Session): AuthPayload {
  return { accessToken: session.accessToken, user: UserModel.from(session.user), expiresAt: session.expiresAt };
}

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign up as a CANDIDATE or an EMPLOYER' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return payload(await this.auth.register(input.email, input.password, input.role, clientIp(ctx.req)));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args() args: LoginArgs, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return payload(await this.auth.login(args.email, args.password, clientIp(ctx.req)));
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null when signed out' })
  async me(@OptionalUser() user: AuthUser | undefined): Promise<UserModel | null> {
    if (!user) return null;
    const entity = await this.auth.findUser(user.id);
    return entity ? UserModel.from(entity) : null;
  }
}
