import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';
import { Trim } from 'src/common/trim';
import { ConnectionArgs } from 'src/graphql/connection';
import { IsCountryCode, IsEqfLevel, IsMemberState, isMemberState, NormalizeCountryCode } from 'src/reference';
import { LanguageRequirementInput } from 'src/vacancies/vacancy.input';

export const PROGRAMME_LIMITS = {
  name: 200,
  countries: 60,
  languages: 10,
  iscoCodes: 50,
  minAge: 16,
  maxAge: 99,
  maxExperienceYears: 50,
} as const;

/** Not an EU-27 Member State: programmes recruit in third countries. */
function IsThirdCountry(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isThirdCountry',
      validator: {
        validate: (value) => !isMemberState(value),
        defaultMessage: () => 'each value must be a third country, not an EU Member State',
      },
    },
    { each: true },
  );
}

/** Not below the `minAge` given beside it. */
function NotBelowMinAge(): PropertyDecorator {
  return ValidateBy({
    name: 'notBelowMinAge',
    validator: {
      validate: (value, args?: ValidationArguments) => {
        const min = (args?.object as { minAge?: unknown } | undefined)?.minAge;
        return typeof value !== 'number' || typeof min !== 'number' || value >= min;
      },
      defaultMessage: () => 'must not be below minAge',
    },
  });
}

@InputType()
export class EligibilityCriteriaInput {
  @Field(() => [String], { defaultValue: [], description: 'ISO 3166-1 alpha-2; any of; empty = no constraint' })
  @IsArray()
  @ArrayMaxSize(PROGRAMME_LIMITS.countries)
  @IsCountryCode({ each: true })
  @NormalizeCountryCode()
  citizenships: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'ISO 3166-1 alpha-2; any of; empty = no constraint' })
  @IsArray()
  @ArrayMaxSize(PROGRAMME_LIMITS.countries)
  @IsCountryCode({ each: true })
  @NormalizeCountryCode()
  residenceCountries: string[] = [];

  @Field(() => Int, { nullable: true, description: `${PROGRAMME_LIMITS.minAge} to ${PROGRAMME_LIMITS.maxAge}` })
  @IsOptional()
  @IsInt()
  @Min(PROGRAMME_LIMITS.minAge)
  @Max(PROGRAMME_LIMITS.maxAge)
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: `Up to ${PROGRAMME_LIMITS.maxAge}, not below minAge` })
  @IsOptional()
  @IsInt()
  @Min(PROGRAMME_LIMITS.minAge)
  @Max(PROGRAMME_LIMITS.maxAge)
  @NotBelowMinAge()
  maxAge?: number | null;

  @Field(() => [LanguageRequirementInput], { defaultValue: [], description: 'All must be met' })
  @IsArray()
  @ArrayMaxSize(PROGRAMME_LIMITS.languages)
  @ArrayUnique((l: LanguageRequirementInput) => l.language, { message: 'must not list a language twice' })
  @ValidateNested({ each: true })
  @Type(() => LanguageRequirementInput)
  languages: LanguageRequirementInput[] = [];

  @Field(() => Int, { nullable: true, description: 'EQF level, 1 to 8' })
  @IsOptional()
  @IsEqfLevel()
  minEqfLevel?: number | null;

  @Field(() => [String], { defaultValue: [], description: 'ISCO-08 codes or prefixes, such as 25 or 7212' })
  @IsArray()
  @ArrayMaxSize(PROGRAMME_LIMITS.iscoCodes)
  @Matches(/^\d{1,4}$/, { each: true, message: 'each value must be an ISCO-08 code of 1 to 4 digits' })
  iscoCodes: string[] = [];

  @Field(() => Float, { nullable: true, description: `0 to ${PROGRAMME_LIMITS.maxExperienceYears}` })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(PROGRAMME_LIMITS.maxExperienceYears)
  minExperienceYears?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  requiresTrainingCompletion: boolean = false;
}

@InputType()
export class PartnershipProgrammeInput {
  @Field()
  @Trim()
  @IsString()
  @Length(2, PROGRAMME_LIMITS.name)
  name!: string;

  @Field(() => [String], { description: 'Third countries (ISO 3166-1 alpha-2), never EU Member States' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PROGRAMME_LIMITS.countries)
  @IsCountryCode({ each: true })
  @IsThirdCountry()
  partnerCountries!: string[];

  @Field(() => [String], { description: 'EU Member States (EL accepted for Greece)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(27)
  @IsMemberState({ each: true })
  @NormalizeCountryCode()
  memberStates!: string[];

  @Field(() => EligibilityCriteriaInput, { nullable: true, description: 'Omitted = no criteria' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityCriteriaInput)
  criteria?: EligibilityCriteriaInput | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@ArgsType()
export class ProgrammeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;
}

@ArgsType()
export class UpdateProgrammeArgs extends ProgrammeArgs {
  @Field(() => PartnershipProgrammeInput)
  @ValidateNested()
  @Type(() => PartnershipProgrammeInput)
  input!: PartnershipProgrammeInput;
}

@ArgsType()
export class ProgrammesArgs extends ConnectionArgs {}

@ArgsType()
export class AssignAdministratorArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  programmeId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  userId!: string;
}

@ArgsType()
export class EligibilityArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  programmeId!: string;

  @Field(() => ID, { nullable: true, description: 'A candidate profile id; omitted = the signed-in candidate' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  candidateId?: string | null;
}

@ArgsType()
export class AwardCredentialArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  programmeId!: string;

  @Field(() => ID, { description: 'The candidate profile id' })
  @IsUUID('all', { message: 'must be an ID' })
  candidateId!: string;

  @Field()
  @IsBoolean()
  trainingCompleted!: boolean;
}
