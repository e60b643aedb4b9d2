import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from 'src/common/trim';
import { ConnectionArgs } from 'src/graphql/connection';
import { DateScalar } from 'src/graphql/date.scalar';
import { GroundType, NoticeCategory } from 'src/moderation/moderation-rules';
import { IsLanguageCode } from 'src/reference';

export const NOTICE_DETAILS_MAX = 2000;
export const APPEAL_TEXT_MAX = 2000;

@InputType()
export class NoticeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  vacancyId!: string;

  @Field(() => NoticeCategory)
  @IsEnum(NoticeCategory)
  category!: NoticeCategory;

  @Field(() => String, { nullable: true, description: `What is wrong, at most ${NOTICE_DETAILS_MAX} characters` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NOTICE_DETAILS_MAX)
  details?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Optional: where the administrators may reach you; shown to no one else',
  })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  contactEmail?: string | null;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;
}

@ArgsType()
export class SetTrustedFlaggerArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  userId!: string;

  @Field()
  @IsBoolean()
  trusted!: boolean;
}

@ArgsType()
export class ReviewVacancyArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'A short reason, shown as reviewReason' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required to remove: the legal or contractual ground (docs/moderation.md lists the rules)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 1000)
  ground?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to remove: the facts and circumstances relied on' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(10, 4000)
  facts?: string | null;

  @Field(() => GroundType, {
    nullable: true,
    description: 'Whether the ground is the law or Pathways’ rules (default)',
  })
  @IsOptional()
  @IsEnum(GroundType)
  groundType?: GroundType | null;
}

@ArgsType()
export class ReportVacancyArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

@ArgsType()
export class AppealModerationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  vacancyId!: string;

  @Field({ description: `Why the decision is wrong, at most ${APPEAL_TEXT_MAX} characters` })
  @Trim()
  @IsString()
  @Length(10, APPEAL_TEXT_MAX)
  text!: string;
}

@ArgsType()
export class DecideAppealArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  appealId!: string;

  @Field({ description: 'true: the decision stands; false: it is reversed' })
  @IsBoolean()
  uphold!: boolean;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

@ArgsType()
export class TransparencyReportArgs {
  @Field(() => DateScalar, { description: 'First day, UTC' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day, UTC, included' })
  to!: string;
}

@ArgsType()
export class LanguageArgs {
  @Field(() => String, { nullable: true, description: 'ISO 639-1; texts missing in it are given in English' })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;
}

export class NoticePageArgs extends ConnectionArgs {}
