import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from 'src/auth/auth.decorators';
import { Connection } from 'src/graphql/connection';
import type { GraphQLContext } from 'src/graphql/graphql.module';
import { ConceptIdArgs, LabelLanguageArgs, OccupationsArgs, SuggestOccupationsArgs } from 'src/taxonomy/taxonomy.args';
import { labelKey, TaxonomyLoaderFactory } from 'src/taxonomy/taxonomy.loaders';
import {
  IscoGroup,
  Occupation,
  OccupationConnection,
  OccupationSuggestion,
  Skill,
  toIscoGroup,
  toSkill,
} from 'src/taxonomy/taxonomy.model';
import { TaxonomyService } from 'src/taxonomy/taxonomy.service';

@Resolver(() => Occupation)
export class OccupationsResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly loaders: TaxonomyLoaderFactory,
  ) {}

  @Public()
  @Query(() => OccupationConnection, {
    description: 'ESCO occupations: alphabetical, or ranked by relevance with `search`; `iscoCode` filters by prefix',
  })
  occupations(@Args() args: OccupationsArgs): Promise<Connection<Occupation>> {
    return this.taxonomy.occupations(args);
  }

  @Public()
  @Query(() => Occupation, { nullable: true })
  occupation(@Args() { id }: ConceptIdArgs): Promise<Occupation | null> {
    return this.taxonomy.occupation(id);
  }

  @Public()
  @Query(() => [OccupationSuggestion], { description: 'Maps a free-text job title to ranked ESCO occupations' })
  suggestOccupations(@Args() args: SuggestOccupationsArgs): Promise<OccupationSuggestion[]> {
    return this.taxonomy.suggestOccupations(args.title, args.first, args.language ?? null);
  }

  @ResolveField(() => String, {
    description: 'Preferred label in `language` (ISO 639-1); English when omitted or missing',
  })
  async label(
    @Parent() occupation: Occupation,
    @Args() { language }: LabelLanguageArgs,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    if (!language || language === 'en') return occupation.label;
    const local = await this.loaders.forRequest(context.req).occupationLabels.load(labelKey(occupation.id, language));
    return local?.preferredLabel ?? occupation.label;
  }

  @ResolveField(() => [String], { description: 'Alternative labels in `language`; English when omitted or missing' })
  async altLabels(
    @Parent() occupation: Occupation,
    @Args() { language }: LabelLanguageArgs,
    @Context() context: GraphQLContext,
  ): Promise<string[]> {
    if (!language || language === 'en') return occupation.altLabels;
    const local = await this.loaders.forRequest(context.req).occupationLabels.load(labelKey(occupation.id, language));
    return local ? local.altLabels : occupation.altLabels;
  }

  @ResolveField(() => IscoGroup)
  async iscoGroup(@Parent() occupation: Occupation, @Context() context: GraphQLContext): Promise<IscoGroup> {
    const group = await this.loaders.forRequest(context.req).iscoGroup.load(occupation.iscoCode);
    return group ? toIscoGroup(group) : { code: occupation.iscoCode, label: occupation.iscoCode };
  }

  @ResolveField(() => [Skill])
  async essentialSkills(@Parent() occupation: Occupation, @Context() context: GraphQLContext): Promise<Skill[]> {
    const skills = await this.loaders.forRequest(context.req).skillsOfOccupation.load(occupation.id);
    return skills.essential.map(toSkill);
  }

  @ResolveField(() => [Skill])
  async optionalSkills(@Parent() occupation: Occupation, @Context() context: GraphQLContext): Promise<Skill[]> {
    const skills = await this.loaders.forRequest(context.req).skillsOfOccupation.load(occupation.id);
    return skills.optional.map(toSkill);
  }
}
