import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from 'src/graphql/connection';
import type { EligibilityCriteria, EligibilityResult } from 'src/partnerships/eligibility';
import { PartnershipCredentialEntity, PartnershipProgrammeEntity } from 'src/partnerships/programme.entity';
import { LanguageRequirement } from 'src/vacancies/vacancy.model';

@ObjectType('EligibilityCriteria', { description: 'A criterion that is not set (empty, null, false) is not checked' })
export class EligibilityCriteriaModel {
  @Field(() => [String], { description: 'Citizenship any of these; empty = no constraint' })
  citizenships!: string[];

  @Field(() => [String], { description: 'Residence in any of these; empty = no constraint' })
  residenceCountries!: string[];

  @Field(() => Int, { nullable: true, description: 'Whole years on the evaluation date' })
  minAge!: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole years on the evaluation date' })
  maxAge!: number | null;

  @Field(() => [LanguageRequirement], { description: 'All must be met' })
  languages!: LanguageRequirement[];

  @Field(() => Int, { nullable: true, description: 'Of the highest qualification' })
  minEqfLevel!: number | null;

  @Field(() => [String], {
    description: 'A desired or experienced occupation whose ISCO code starts with one of these; empty = any',
  })
  iscoCodes!: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'Summed over experience in occupations matching iscoCodes (any, if empty)',
  })
  minExperienceYears!: number | null;

  @Field({ description: 'A credential of this programme with trainingCompleted' })
  requiresTrainingCompletion!: boolean;

  static from(criteria: EligibilityCriteria): EligibilityCriteriaModel {
    return Object.assign(new EligibilityCriteriaModel(), {
      ...criteria,
      languages: criteria.languages.map((l) =>
        Object.assign(new LanguageRequirement(), { language: l.language, minLevel: l.minLevel }),
      ),
    });
  }
}

@ObjectType('PartnershipProgramme')
export class PartnershipProgrammeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Third countries the programme recruits in (ISO 3166-1 alpha-2)' })
  partnerCountries!: string[];

  @Field(() => [String], { description: 'EU Member States the programme places people in' })
  memberStates!: string[];

  @Field(() => EligibilityCriteriaModel)
  criteria!: EligibilityCriteriaModel;

  @Field()
  active!: boolean;

  static from(entity: PartnershipProgrammeEntity): PartnershipProgrammeModel {
    return Object.assign(new PartnershipProgrammeModel(), {
      id: entity.id,
      name: entity.name,
      partnerCountries: entity.partnerCountries,
      memberStates: entity.memberStates,
      criteria: EligibilityCriteriaModel.from(entity.criteria),
      active: entity.active,
    });
  }
}

export const PartnershipProgrammeConnection = ConnectionType(PartnershipProgrammeModel, 'PartnershipProgramme');

@ObjectType('EligibilityCheck')
export class EligibilityCheckModel {
  @Field({ description: 'citizenship, residence, minAge, maxAge, language:<code>, minEqfLevel, occupation, ...' })
  criterion!: string;

  @Field()
  passed!: boolean;

  @Field({ description: 'Readable, such as "German B1 required, candidate has A2"' })
  detail!: string;
}

@ObjectType('Eligibility')
export class EligibilityModel {
  @Field(() => PartnershipProgrammeModel)
  programme!: PartnershipProgrammeModel;

  @Field({ description: 'Every check passed' })
  eligible!: boolean;

  @Field(() => [EligibilityCheckModel], { description: 'One per criterion that is set' })
  checks!: EligibilityCheckModel[];

  static from(programme: PartnershipProgrammeEntity, result: EligibilityResult): EligibilityModel {
    return Object.assign(new EligibilityModel(), {
      programme: PartnershipProgrammeModel.from(programme),
      eligible: result.eligible,
      checks: result.checks.map((c) => Object.assign(new EligibilityCheckModel(), c)),
    });
  }
}

/** A programme's credential, as shown on a profile or summary; `programme` is resolved by a loader. */
@ObjectType('PartnershipCredential')
export class PartnershipCredentialModel {
  programmeId!: string;

  @Field({ description: 'Whether the programme’s training was completed' })
  trainingCompleted!: boolean;

  @Field()
  awardedAt!: Date;

  static from(entity: PartnershipCredentialEntity): PartnershipCredentialModel {
    return Object.assign(new PartnershipCredentialModel(), {
      programmeId: entity.programmeId,
      trainingCompleted: entity.trainingCompleted,
      awardedAt: entity.awardedAt,
    });
  }
}
