import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from 'src/auth/auth.decorators';
import { Connection } from 'src/graphql/connection';
import { SkillsArgs } from 'src/taxonomy/taxonomy.args';
import { Skill, SkillConnection } from 'src/taxonomy/taxonomy.model';
import { TaxonomyService } from 'src/taxonomy/taxonomy.service';

@Resolver(() => Skill)
export class SkillsResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Public()
  @Query(() => SkillConnection, { description: 'ESCO skills: alphabetical, or ranked by relevance with `search`' })
  skills(@Args() args: SkillsArgs): Promise<Connection<Skill>> {
    return this.taxonomy.skills(args);
  }
}
