import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { ContactRequestStatus, MESSAGE_MAX_LENGTH } from 'src/contacts/contact-rules';
import { ConnectionArgs } from 'src/graphql/connection';

@ArgsType()
export class RequestContactArgs {
  @Field(() => ID, { description: 'One of your PUBLISHED vacancies' })
  @IsUUID('all', { message: 'must be an ID' })
  vacancyId!: string;

  @Field(() => ID, { description: 'A visible candidate' })
  @IsUUID('all', { message: 'must be an ID' })
  candidateId!: string;

  @Field(() => String, { nullable: true, description: `At most ${MESSAGE_MAX_LENGTH} characters; screened` })
  @IsOptional()
  @IsString()
  @MaxLength(MESSAGE_MAX_LENGTH)
  message?: string | null;
}

@ArgsType()
export class RespondToContactRequestArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;

  @Field({ description: 'true reveals your name and email to that employer' })
  @IsBoolean()
  accept!: boolean;
}

@ArgsType()
export class ContactRequestIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;
}

@ArgsType()
export class MyContactRequestsArgs extends ConnectionArgs {
  @Field(() => ContactRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ContactRequestStatus)
  status?: ContactRequestStatus | null;
}
