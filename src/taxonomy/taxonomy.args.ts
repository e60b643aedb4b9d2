import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from 'src/graphql/connection';

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SUGGESTIONS = 20;

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
}

@ArgsType()
export class SkillsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words of a label; typos tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SEARCH_LENGTH)
  search?: string | null;
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
  @MaxLength(MAX_SEARCH_LENGTH)
  title!: string;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: `At most ${MAX_SUGGESTIONS}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SUGGESTIONS)
  first: number = 5;
}
