import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IscoGroup } from 'src/taxonomy/taxonomy.model';

@ObjectType('ShortageList', { description: 'One Member State’s (or the EU-wide) shortage occupations for a year' })
export class ShortageListModel {
  @Field({ description: 'An EU Member State (GR for Greece), or EU for the EU-wide list' })
  memberState!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [IscoGroup], { description: 'ISCO-08 unit groups, by code' })
  occupations!: IscoGroup[];
}
