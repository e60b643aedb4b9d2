import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';

/*
 * The ESCO concepts a profile points at, with the fields API.md gives every Skill and
 * Occupation. The taxonomy feature owns these type names and adds the rest (an
 * occupation's ISCO group and skills); once its models exist, profiles use them instead.
 */

@ObjectType('Skill')
export class SkillRef {
  @Field(() => ID)
  id!: string;

  @Field()
  escoUri!: string;

  @Field()
  label!: string;

  @Field(() => [String])
  altLabels!: string[];

  static from(entity: SkillEntity): SkillRef {
    return Object.assign(new SkillRef(), {
      id: entity.id,
      escoUri: entity.escoUri,
      label: entity.preferredLabel,
      altLabels: entity.altLabels,
    });
  }
}

@ObjectType('Occupation')
export class OccupationRef {
  @Field(() => ID)
  id!: string;

  @Field()
  escoUri!: string;

  @Field()
  label!: string;

  @Field(() => [String])
  altLabels!: string[];

  static from(entity: OccupationEntity): OccupationRef {
    return Object.assign(new OccupationRef(), {
      id: entity.id,
      escoUri: entity.escoUri,
      label: entity.preferredLabel,
      altLabels: entity.altLabels,
    });
  }
}
