import { Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, SignedIn } from 'src/auth/auth.decorators';
import { AuthUser } from 'src/auth/role';
import { PrivacyService } from 'src/privacy/privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly service: PrivacyService) {}

  @SignedIn()
  @Mutation(() => String, { description: 'One JSON document of everything held on the caller' })
  exportMyData(@CurrentUser() user: AuthUser): Promise<string> {
    return this.service.export(user);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Erases the caller’s account and personal data at once (candidates and employers)',
  })
  deleteMyAccount(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.service.erase(user);
  }
}
