import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { Occupation } from 'src/taxonomy/taxonomy.model';
import { DateScalar } from 'src/graphql/date.scalar';
import { CefrLevel } from 'src/reference';

@ObjectType('LanguageLevel')
export class LanguageLevelModel {
  @Field({ description: 'ISO 639-1 code, lower case' })
  language!: string;

  @Field(() => CefrLevel)
  level!: CefrLevel;
}

@ObjectType('Qualification')
export class QualificationModel {
  @Field()
  title!: string;

  @Field(() => Int, { description: 'EQF level, 1 to 8' })
  eqfLevel!: number;
}

@ObjectType('WorkExperience')
export class WorkExperienceModel {
  @Field(() => Occupation)
  occupation!: Occupation;

  @Field(() => Float)
  years!: number;
}

/*
 * The list fields (occupations, skills, languages, qualifications, experience) of both views
 * are resolved per request through the candidate loaders, so a list of profiles costs one
 * query per list field, not one per profile.
 */

/** The owner's full view of a profile. */
@ObjectType('CandidateProfile')
export class CandidateProfileModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fullName!: string;

  @Field({ description: 'The email of the account' })
  email!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  citizenship!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  residenceCountry!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String, { nullable: true })
  headline!: string | null;

  @Field(() => [String], { description: 'EU Member States the candidate would move to; empty means any' })
  preferredDestinations!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'The earliest start date' })
  availableFrom!: string | null;

  @Field({ description: 'Whether employers can see the profile (consent given)' })
  visible!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the consent in force was given' })
  consentGivenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The policy version the consent in force was given to' })
  consentPolicyVersion!: string | null;

  @Field(() => Int, { nullable: true, description: 'The highest EQF level among the qualifications' })
  highestEqfLevel!: number | null;

  @Field(() => Float, { description: 'Years of experience summed over the entries' })
  yearsOfExperience!: number;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the profile was hidden for inactivity; giving consent again clears it',
  })
  retentionFlaggedAt!: Date | null;

  static from(entity: CandidateProfileEntity, email: string): CandidateProfileModel {
    return Object.assign(new CandidateProfileModel(), {
      id: entity.id,
      fullName: entity.fullName,
      email,
      citizenship: entity.citizenship,
      residenceCountry: entity.residenceCountry,
      birthDate: entity.birthDate,
      headline: entity.headline,
      preferredDestinations: entity.preferredDestinations,
      availableFrom: entity.availableFrom,
      visible: entity.visible,
      consentGivenAt: entity.consentGivenAt,
      consentPolicyVersion: entity.consentPolicyVersion,
      highestEqfLevel: entity.highestEqfLevel,
      yearsOfExperience: entity.yearsOfExperience,
      updatedAt: entity.updatedAt,
      retentionFlaggedAt: entity.retentionFlaggedAt,
    });
  }
}

/**
 * What employers and programme administrators see: coded fields only, with no name, birth
 * date or contact (docs/rules.md, rules 7 and 9). Contact details come only with an accepted
 * contact request.
 */
@ObjectType('CandidateSummary')
export class CandidateSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  headline!: string | null;

  @Field()
  citizenship!: string;

  @Field()
  residenceCountry!: string;

  @Field(() => Int, { nullable: true })
  highestEqfLevel!: number | null;

  @Field(() => Float)
  yearsOfExperience!: number;

  @Field(() => [String])
  preferredDestinations!: string[];

  @Field(() => DateScalar, { nullable: true })
  availableFrom!: string | null;

  static from(entity: CandidateProfileEntity): CandidateSummaryModel {
    return Object.assign(new CandidateSummaryModel(), {
      id: entity.id,
      headline: entity.headline,
      citizenship: entity.citizenship,
      residenceCountry: entity.residenceCountry,
      highestEqfLevel: entity.highestEqfLevel,
      yearsOfExperience: entity.yearsOfExperience,
      preferredDestinations: entity.preferredDestinations,
      availableFrom: entity.availableFrom,
    });
  }
}
