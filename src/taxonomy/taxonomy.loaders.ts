import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
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

/**
 * DataLoaders that batch the field resolvers of one request into one query per kind
 * (no N+1). Kept per request object, so nothing is cached across requests.
 */
@Injectable()
export class TaxonomyLoaderFactory {
  private readonly perRequest = new WeakMap<object, TaxonomyLoaders>();

  constructor(private readonly repository: TaxonomyRepository) {}

  forRequest(request: object): TaxonomyLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }

  create(): TaxonomyLoaders {
    return {
      skillsOfOccupation: new DataLoader(async (ids) => {
        const rows = await this.repository.skillsOfOccupations(ids);
        const byOccupation = new Map<string, OccupationSkills>(ids.map((id) => [id, { essential: [], optional: [] }]));
        for (const row of rows) byOccupation.get(row.occupationId)?.[row.relationType].push(row.skill);
        return ids.map((id) => byOccupation.get(id)!);
      }),
      iscoGroup: new DataLoader(async (codes) => {
        const groups = new Map((await this.repository.iscoGroups(codes)).map((g) => [g.code, g]));
        return codes.map((code) => groups.get(code) ?? null);
      }),
    };
  }
}
