import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from 'src/common/trim';
import { ConnectionArgs } from 'src/graphql/connection';
import { CefrLevel, IsEqfLevel, IsLanguageCode, IsMemberState, NormalizeCountryCode } from 'src/reference';
import { SalaryPeriod } from 'src/vacancies/vacancy.entity';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';

@InputType()
export class LanguageRequirementInput {
  @Field()
  @IsLanguageCode()
  language!: string;

  @Field(() => CefrLevel)
  @IsEnum(CefrLevel)
  minLevel!: CefrLevel;
}

@InputType()
export class SalaryInput {
  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  min!: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  max?: number | null;

  @Field({ description: 'ISO 4217 code, such as EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as EUR' })
  currency!: string;

  @Field(() => SalaryPeriod)
  @IsEnum(SalaryPeriod)
  period!: SalaryPeriod;
}

@InputType()
export class VacancyInput {
  @Field()
  @Trim()
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(20, 10_000)
  description!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  occupationId!: string;

  @Field({ description: 'Where the job is: the employer’s Member State (EL accepted for Greece)' })
  @IsMemberState()
  @NormalizeCountryCode()
  memberState!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Defaults to the ESCO occupation’s essential skills' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be an ID' })
  essentialSkillIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Defaults to the ESCO occupation’s optional skills' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be an ID' })
  optionalSkillIds?: string[] | null;

  @Field(() => [LanguageRequirementInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LanguageRequirementInput)
  languageRequirements?: LanguageRequirementInput[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsEqfLevel()
  minEqfLevel?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(50)
  minExperienceYears?: number | null;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  positions: number = 1;

  @Field(() => SalaryInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SalaryInput)
  salary?: SalaryInput | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  programmeId?: string | null;
}

@InputType()
export class VacancyFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(27)
  @IsMemberState({ each: true })
  @NormalizeCountryCode()
  memberStates?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISCO-08 codes or prefixes, such as 72 or 7212' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{1,4}$/, { each: true, message: 'must be an ISCO-08 code of 1 to 4 digits' })
  iscoCodes?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be an ID' })
  occupationIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  programmeId?: string | null;
}

@ArgsType()
export class VacanciesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => VacancyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancyFilter)
  filter?: VacancyFilter | null;
}

@ArgsType()
export class MyVacanciesArgs extends ConnectionArgs {
  @Field(() => VacancyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VacancyStatus)
  status?: VacancyStatus | null;
}
