import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from 'src/auth/auth.decorators';
import { Connection } from 'src/graphql/connection';
import type { GraphQLContext } from 'src/graphql/graphql.module';
import { LabelLanguageArgs, SkillsArgs, SuggestSkillsArgs } from 'src/taxonomy/taxonomy.args';
import { labelKey, TaxonomyLoaderFactory } from 'src/taxonomy/taxonomy.loaders';
import { Skill, SkillConnection, SkillSuggestion } from 'src/taxonomy/taxonomy.model';
import { TaxonomyService } from 'src/taxonomy/taxonomy.service';

@Resolver(() => Skill)
export class SkillsResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly loaders: TaxonomyLoaderFactory,
  ) {}

  @Public()
  @Query(() => SkillConnection, { description: 'ESCO skills: alphabetical, or ranked by relevance with `search`' })
  skills(@Args() args: SkillsArgs): Promise<Connection<Skill>> {
    return this.taxonomy.skills(args);
  }

  @Public()
  @Query(() => [SkillSuggestion], {
    description: 'The ESCO skills a free text (a profile, a vacancy) speaks of, with the words that named each',
  })
  suggestSkills(@Args() args: SuggestSkillsArgs): Promise<SkillSuggestion[]> {
    return this.taxonomy.suggestSkills(args.text, args.first, args.language ?? null);
  }

  @ResolveField(() => String, {
    description: 'Preferred label in `language` (ISO 639-1); English when omitted or missing',
  })
  async label(
    @Parent() skill: Skill,
    @Args() { language }: LabelLanguageArgs,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    if (!language || language === 'en') return skill.label;
    const local = await this.loaders.forRequest(context.req).skillLabels.load(labelKey(skill.id, language));
    return local?.preferredLabel ?? skill.label;
  }

  @ResolveField(() => [String], { description: 'Alternative labels in `language`; English when omitted or missing' })
  async altLabels(
    @Parent() skill: Skill,
    @Args() { language }: LabelLanguageArgs,
    @Context() context: GraphQLContext,
  ): Promise<string[]> {
    if (!language || language === 'en') return skill.altLabels;
    const local = await this.loaders.forRequest(context.req).skillLabels.load(labelKey(skill.id, language));
    return local ? local.altLabels : skill.altLabels;
  }
}
