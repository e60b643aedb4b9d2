import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from 'src/graphql/connection';
import { IsLanguageCode } from 'src/reference/validators';

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SUGGESTIONS = 20;
export const MAX_SKILL_TEXT_LENGTH = 5000;
export const MAX_SKILL_SUGGESTIONS = 50;

const LANGUAGE_DESCRIPTION = "ISO 639-1 code: search this language's labels first, then English";
const NOT_BLANK = /\S/;

@ArgsType()
export class OccupationsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words of a label; typos tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SEARCH_LENGTH)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'ISCO-08 code or prefix, such as 72 or 7212' })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: 'iscoCode must be 1 to 4 digits of an ISCO-08 code' })
  iscoCode?: string | null;

  @Field(() => String, { nullable: true, description: LANGUAGE_DESCRIPTION })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;
}

@ArgsType()
export class SkillsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words of a label; typos tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SEARCH_LENGTH)
  search?: string | null;

  @Field(() => String, { nullable: true, description: LANGUAGE_DESCRIPTION })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;
}

/** The language of a label field; English (ESCO's own) when omitted or when ESCO has none in it. */
@ArgsType()
export class LabelLanguageArgs {
  @Field(() => String, { nullable: true, description: 'ISO 639-1 code; falls back to English' })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;
}

@ArgsType()
export class ConceptIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

@ArgsType()
export class SuggestOccupationsArgs {
  @Field({ description: 'A free-text job title' })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(MAX_SEARCH_LENGTH)
  title!: string;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: `At most ${MAX_SUGGESTIONS}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SUGGESTIONS)
  first: number = 5;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of the title; omitted: every language' })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;
}

@ArgsType()
export class SuggestSkillsArgs {
  @Field({ description: `Free text (a profile, a vacancy), at most ${MAX_SKILL_TEXT_LENGTH} characters` })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  @MaxLength(MAX_SKILL_TEXT_LENGTH)
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: `At most ${MAX_SKILL_SUGGESTIONS}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SKILL_SUGGESTIONS)
  first: number = 10;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of the text; omitted: every language' })
  @IsOptional()
  @IsLanguageCode()
  language?: string | null;
}
