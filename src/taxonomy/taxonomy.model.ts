import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from 'src/graphql/connection';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';

@ObjectType({ description: 'An ISCO-08 group; unit groups have 4-digit codes' })
export class IscoGroup {
  @Field()
  code!: string;

  @Field()
  label!: string;
}

/** What every ESCO concept shows: its id here, its URI there, and its labels. */
@ObjectType({ isAbstract: true })
abstract class EscoConcept {
  @Field(() => ID)
  id!: string;

  @Field()
  escoUri!: string;

  /** English; `label(language)` and `altLabels(language)` are field resolvers (OccupationsResolver, SkillsResolver). */
  label!: string;

  altLabels!: string[];
}

@ObjectType({ description: 'An ESCO skill or knowledge concept (ESCO v1.1.1, © European Union)' })
export class Skill extends EscoConcept {
  @Field(() => String, { nullable: true, description: 'skill/competence or knowledge' })
  skillType!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType({ description: 'An ESCO occupation (ESCO v1.1.1, © European Union)' })
export class Occupation extends EscoConcept {
  @Field(() => String, { nullable: true, description: 'The ESCO hierarchical code, such as 2422.10' })
  escoCode!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  /** Resolved into `iscoGroup` by the field resolver. */
  iscoCode!: string;
}

@ObjectType()
export class OccupationSuggestion {
  @Field(() => Occupation)
  occupation!: Occupation;

  @Field(() => Float, { description: 'Relevance, higher is better; comparable only within one answer' })
  score!: number;
}

@ObjectType({ description: 'A skill a free text speaks of' })
export class SkillSuggestion {
  @Field(() => Skill)
  skill!: Skill;

  @Field(() => Float, { description: 'Relevance, higher is better; comparable only within one answer' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'The words of the text that led to the skill' })
  evidence!: string | null;
}

export const OccupationConnection = ConnectionType(Occupation);
export const SkillConnection = ConnectionType(Skill);

export function toIscoGroup(entity: IscoGroupEntity): IscoGroup {
  return { code: entity.code, label: entity.label };
}

export function toSkill(entity: SkillEntity): Skill {
  return {
    id: entity.id,
    escoUri: entity.escoUri,
    label: entity.preferredLabel,
    altLabels: entity.altLabels,
    skillType: entity.skillType,
    description: entity.description,
  };
}

export function toOccupation(entity: OccupationEntity): Occupation {
  return {
    id: entity.id,
    escoUri: entity.escoUri,
    label: entity.preferredLabel,
    altLabels: entity.altLabels,
    escoCode: entity.escoCode,
    description: entity.description,
    iscoCode: entity.iscoCode,
  };
}
