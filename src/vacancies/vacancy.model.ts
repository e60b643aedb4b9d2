import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from 'src/graphql/connection';
import { CefrLevel } from 'src/reference';
import { SalaryPeriod, VacancyEntity } from 'src/vacancies/vacancy.entity';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';

registerEnumType(VacancyStatus, { name: 'VacancyStatus' });
registerEnumType(SalaryPeriod, { name: 'SalaryPeriod' });

@ObjectType()
export class LanguageRequirement {
  @Field()
  language!: string;

  @Field(() => CefrLevel)
  minLevel!: CefrLevel;
}

@ObjectType()
export class Salary {
  @Field(() => Float)
  min!: number;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field()
  currency!: string;

  @Field(() => SalaryPeriod)
  period!: SalaryPeriod;
}

@ObjectType()
export class ScreeningFlag {
  @Field()
  code!: string;

  @Field()
  message!: string;
}

/** Employer, occupation and skills are resolved by VacanciesResolver from the ids kept here. */
@ObjectType('Vacancy')
export class VacancyModel {
  @Field(() => ID)
  id!: string;

  employerId!: string;
  occupationId!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  memberState!: string;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => [LanguageRequirement])
  languageRequirements!: LanguageRequirement[];

  @Field(() => Int, { nullable: true })
  minEqfLevel!: number | null;

  @Field(() => Float, { nullable: true })
  minExperienceYears!: number | null;

  @Field(() => Int)
  positions!: number;

  @Field(() => Salary, { nullable: true })
  salary!: Salary | null;

  @Field(() => VacancyStatus)
  status!: VacancyStatus;

  @Field()
  shortageOccupation!: boolean;

  programmeId!: string | null;

  @Field(() => [ScreeningFlag])
  screeningFlags!: ScreeningFlag[];

  @Field(() => String, { nullable: true, description: 'Why it was removed or sent back to review' })
  reviewReason!: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  static from(v: VacancyEntity): VacancyModel {
    return Object.assign(new VacancyModel(), {
      id: v.id,
      employerId: v.employerId,
      occupationId: v.occupationId,
      title: v.title,
      description: v.description,
      memberState: v.memberState,
      city: v.city,
      languageRequirements: v.languageRequirements.map((r) => ({
        language: r.language,
        minLevel: r.minLevel,
      })),
      minEqfLevel: v.minEqfLevel,
      minExperienceYears: v.minExperienceYears,
      positions: v.positions,
      salary:
        v.salaryMin !== null && v.salaryCurrency && v.salaryPeriod
          ? {
              min: Number(v.salaryMin),
              max: v.salaryMax === null ? null : Number(v.salaryMax),
              currency: v.salaryCurrency,
              period: v.salaryPeriod,
            }
          : null,
      status: v.status,
      shortageOccupation: v.shortageOccupation,
      programmeId: v.programmeId,
      screeningFlags: v.screeningFlags,
      reviewReason: v.reviewReason,
      publishedAt: v.publishedAt,
    });
  }
}

export const VacancyConnection = ConnectionType(VacancyModel, 'Vacancy');
