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

/** A concept's labels in one language other than English. */
export interface LocalLabels {
  preferredLabel: string;
  altLabels: string[];
}

export interface TaxonomyLoaders {
  skillsOfOccupation: DataLoader<string, OccupationSkills>;
  iscoGroup: DataLoader<string, IscoGroupEntity | null>;
  /** Keyed by `labelKey(id, language)`; null when ESCO has no labels in that language. */
  occupationLabels: DataLoader<string, LocalLabels | null>;
  skillLabels: DataLoader<string, LocalLabels | null>;
}

export function labelKey(id: string, language: string): string {
  return `${id} ${language}`;
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
      occupationLabels: new DataLoader((keys) => this.labels('occupation', keys)),
      skillLabels: new DataLoader((keys) => this.labels('skill', keys)),
    };
  }

  private async labels(kind: 'occupation' | 'skill', keys: readonly string[]): Promise<(LocalLabels | null)[]> {
    const pairs = keys.map((k) => k.split(' ') as [string, string]);
    const rows = await this.repository.labelsIn(
      kind,
      [...new Set(pairs.map(([id]) => id))],
      [...new Set(pairs.map(([, language]) => language))],
    );
    const found = new Map(rows.map((r) => [labelKey(r.id, r.language), r]));
    return keys.map((k) => found.get(k) ?? null);
  }
}
