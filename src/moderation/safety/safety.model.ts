import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('VacancySafety')
export class VacancySafetyModel {
  @Field({ description: 'Pathways verified the employer' })
  employerVerified!: boolean;

  @Field({ description: 'The automatic screening found nothing in the vacancy' })
  screeningPassed!: boolean;

  @Field(() => [String], { description: 'Plain warnings for candidates, one per thing to watch' })
  warnings!: string[];
}

@ObjectType('SafetyAdvice')
export class SafetyAdviceModel {
  @Field({ description: 'The language of the items: the one asked for, or en when there are no texts in it' })
  language!: string;

  @Field(() => [String])
  items!: string[];
}
