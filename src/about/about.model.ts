import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this service is and which reference data it serves' })
export class About {
  @Field()
  name!: string;

  @Field()
  version!: string;
}
