import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength } from 'class-validator';
import { Trim } from 'src/common/trim';
import { Role } from 'src/auth/role';

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 10 characters, and not your email address' })
  @IsString()
  @MaxLength(200)
  password!: string;

  @Field(() => Role, { description: 'CANDIDATE or EMPLOYER' })
  @IsEnum(Role)
  role!: Role;
}

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;
}
