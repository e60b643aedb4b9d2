import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKey, RequestLoaders } from 'src/graphql/request-loaders';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';

export interface OccupationSkills {
  essential: SkillEntity[];
  optional: SkillEntity[];
}

export interface TaxonomyLoaders {
  skillsOfOccupation: DataLoader<string, OccupationSkills>;
  iscoGroup: DataLoader<string, IscoGroupEntity | null>;
}

/** DataLoaders that batch the field resolvers of one request into one query per kind (no N+1). */
@Injectable()
export class TaxonomyLoaderFactory extends RequestLoaders<TaxonomyLoaders> {
  constructor(private readonly repository: TaxonomyRepository) {
    super();
  }

  protected create(): TaxonomyLoaders {
    return {
      skillsOfOccupation: new DataLoader(async (ids) => {
        const rows = await this.repository.skillsOfOccupations(ids);
        const byOccupation = new Map<string, OccupationSkills>(ids.map((id) => [id, { essential: [], optional: [] }]));
        for (const row of rows) byOccupation.get(row.occupationId)?.[row.relationType].push(row.skill);
        return ids.map((id) => byOccupation.get(id)!);
      }),
      iscoGroup: new DataLoader(async (codes) => byKey(codes, await this.repository.iscoGroups(codes), (g) => g.code)),
    };
  }
}
