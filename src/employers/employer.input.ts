import { Transform } from 'class-transformer';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Trim } from 'src/common/trim';
import { EmployerStatus } from 'src/employers/employer-status';
import { ConnectionArgs } from 'src/graphql/connection';
import { IsMemberState, NormalizeCountryCode } from 'src/reference';

@InputType()
export class EmployerInput {
  @Field()
  @Trim()
  @IsString()
  @Length(2, 200)
  legalName!: string;

  @Field({ description: 'The EU Member State the employer is established in (EL accepted for Greece)' })
  @IsMemberState()
  @NormalizeCountryCode()
  memberState!: string;

  @Field({
    description:
      'The number in that Member State’s business register; case, spaces, dots, slashes and hyphens do not matter',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFKC').trim() : value))
  @IsString()
  @Length(2, 64)
  @Matches(/^[\p{L}\p{N} ./-]+$/u, { message: 'may contain letters, digits, spaces, dots, slashes and hyphens only' })
  registrationNumber!: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  contactEmail!: string;
}

@ArgsType()
export class EmployersArgs extends ConnectionArgs {
  @Field(() => EmployerStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EmployerStatus)
  status?: EmployerStatus | null;
}

@ArgsType()
export class SetEmployerStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;

  @Field(() => EmployerStatus)
  @IsEnum(EmployerStatus)
  status!: EmployerStatus;

  @Field(() => String, { nullable: true, description: 'Required when suspending or removing' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@ArgsType()
export class EmployerHistoryArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'One organisation; omitted = every organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  employerId?: string | null;
}
