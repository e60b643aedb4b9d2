import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from 'src/auth/role';
import { UserEntity } from 'src/auth/user.entity';

// Registered beside the model rather than in role.ts, so rule files can use roles without GraphQL.
registerEnumType(Role, { name: 'Role' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'Whether an administrator recorded this account as a trusted flagger (DSA Art. 22)' })
  trustedFlagger!: boolean;

  static from(entity: Pick<UserEntity, 'id' | 'email' | 'role' | 'trustedFlagger'>): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      email: entity.email,
      role: entity.role,
      trustedFlagger: entity.trustedFlagger,
    });
  }
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field({ description: 'When the access token stops working' })
  expiresAt!: Date;
}
