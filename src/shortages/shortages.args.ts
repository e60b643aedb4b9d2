import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsMemberState, NormalizeCountryCode } from 'src/reference/validators';

export const MIN_YEAR = 2020;
export const MAX_YEAR = 2100;

@ArgsType()
export class ShortageOccupationsArgs {
  @Field({ description: 'An EU Member State (EL accepted for Greece), or EU for the EU-wide list' })
  @IsMemberState({ allowEuWide: true })
  @NormalizeCountryCode()
  memberState!: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the current year' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number | null;
}

@ArgsType()
export class SetShortageOccupationsArgs {
  @Field({ description: 'An EU Member State (EL accepted for Greece), or EU for the EU-wide list' })
  @IsMemberState({ allowEuWide: true })
  @NormalizeCountryCode()
  memberState!: string;

  @Field(() => Int)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  @Field(() => [String], { description: 'ISCO-08 unit group codes (4 digits); replaces the whole list' })
  @IsArray()
  @ArrayMaxSize(436)
  @IsString({ each: true })
  iscoCodes!: string[];
}

@ArgsType()
export class ShortageListsArgs {
  @Field(() => Int, { nullable: true, description: 'Defaults to the current year' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number | null;
}
