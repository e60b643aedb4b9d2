import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { Trim } from 'src/common/trim';
import { utcToday } from 'src/candidates/candidate-rules';
import { DateScalar } from 'src/graphql/date.scalar';
import {
  CefrLevel,
  IsCountryCode,
  IsEqfLevel,
  IsLanguageCode,
  IsMemberState,
  NormalizeCountryCode,
} from 'src/reference';

export const PROFILE_LIMITS = {
  text: 200,
  desiredOccupations: 10,
  skills: 200,
  languages: 20,
  qualifications: 20,
  experience: 30,
  experienceYears: 60,
  destinations: 27,
} as const;

const EARLIEST_BIRTH_DATE = '1900-01-01';

const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : (value ?? null);

/** A YYYY-MM-DD day no earlier than 1900 and not after today (UTC). */
function IsPlausibleBirthDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isPlausibleBirthDate',
    validator: {
      validate: (value) => typeof value === 'string' && value >= EARLIEST_BIRTH_DATE && value <= utcToday(),
      defaultMessage: () => `must be a day between ${EARLIEST_BIRTH_DATE} and today`,
    },
  });
}

@InputType()
export class LanguageLevelInput {
  @Field({ description: 'ISO 639-1 code, lower case, such as de' })
  @IsLanguageCode()
  language!: string;

  @Field(() => CefrLevel)
  @IsEnum(CefrLevel, { message: 'must be a CEFR level from A1 to C2' })
  level!: CefrLevel;
}

@InputType()
export class QualificationInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, PROFILE_LIMITS.text)
  title!: string;

  @Field(() => Int, { description: 'EQF level, 1 to 8' })
  @IsEqfLevel()
  eqfLevel!: number;
}

@InputType()
export class WorkExperienceInput {
  @Field(() => ID, { description: 'An ESCO occupation id' })
  @IsString()
  occupationId!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(PROFILE_LIMITS.experienceYears)
  years!: number;
}

@InputType()
export class CandidateProfileInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, PROFILE_LIMITS.text)
  fullName!: string;

  @Field({ description: 'ISO 3166-1 alpha-2; must not be an EU Member State' })
  @IsCountryCode()
  @NormalizeCountryCode()
  citizenship!: string;

  @Field({ description: 'ISO 3166-1 alpha-2; must not be an EU Member State' })
  @IsCountryCode()
  @NormalizeCountryCode()
  residenceCountry!: string;

  @Field(() => DateScalar)
  @IsPlausibleBirthDate()
  birthDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(PROFILE_LIMITS.text)
  headline?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: `ESCO occupation ids, at most ${PROFILE_LIMITS.desiredOccupations}`,
  })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.desiredOccupations)
  @IsString({ each: true })
  desiredOccupationIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: `ESCO skill ids, at most ${PROFILE_LIMITS.skills}` })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.skills)
  @IsString({ each: true })
  skillIds: string[] = [];

  @Field(() => [LanguageLevelInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.languages)
  @ArrayUnique((l: LanguageLevelInput) => l.language, { message: 'must not list a language twice' })
  @ValidateNested({ each: true })
  @Type(() => LanguageLevelInput)
  languages: LanguageLevelInput[] = [];

  @Field(() => [QualificationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.qualifications)
  @ValidateNested({ each: true })
  @Type(() => QualificationInput)
  qualifications: QualificationInput[] = [];

  @Field(() => [WorkExperienceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.experience)
  @ValidateNested({ each: true })
  @Type(() => WorkExperienceInput)
  experience: WorkExperienceInput[] = [];

  @Field(() => [String], { defaultValue: [], description: 'EU Member States (EL accepted for Greece); empty = any' })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.destinations)
  @IsMemberState({ each: true })
  @NormalizeCountryCode()
  preferredDestinations: string[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'The earliest start date' })
  @IsOptional()
  availableFrom?: string | null;
}

@ArgsType()
export class SetProfileVisibilityArgs {
  @Field({ description: 'true gives consent to be seen by employers; false withdraws it at once' })
  @IsBoolean()
  visible!: boolean;
}

@ArgsType()
export class CandidateArgs {
  @Field(() => ID, { description: 'The candidate profile id' })
  @IsUUID('all', { message: 'must be an ID' })
  id!: string;
}
