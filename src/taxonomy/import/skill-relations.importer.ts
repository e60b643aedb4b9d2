import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { occupationNeighbours, skillSpecificity } from 'src/taxonomy/import/skill-profiles';
import { SkillRelationsImportRepository } from 'src/taxonomy/import/skill-relations-import.repository';
import { TaxonomyData } from 'src/taxonomy/import/taxonomy-data';
import { NO_CHANGES, TableChanges } from 'src/taxonomy/import/taxonomy-import.repository';

export const SKILL_RELATION_TABLES = [
  'skillHierarchy',
  'skillRelations',
  'transversalSkills',
  'occupationNeighbours',
] as const;

export type SkillRelationChanges = Record<(typeof SKILL_RELATION_TABLES)[number], TableChanges>;

export type SkillRelationCounts = Awaited<ReturnType<SkillRelationsImportRepository['counts']>>;

/** Tables of this step that reference occupations and skills; they follow them on delete. */
export const SKILL_RELATION_REFERENCES = {
  occupation: ['occupation_neighbour'],
  skill: ['skill_hierarchy', 'skill_relation'],
} as const;

export function noSkillRelationChanges(): SkillRelationChanges {
  return Object.fromEntries(SKILL_RELATION_TABLES.map((t) => [t, { ...NO_CHANGES }])) as SkillRelationChanges;
}

/**
 * The import step behind skill-aware matching, inside the import's transaction. Before the
 * skills are written, `specificity` derives each skill's specificity from the occupation-
 * skill relations being imported (the skills upsert writes it with the rest of the row).
 * Once occupations, skills and their relations are written, `write` replaces ESCO's skill
 * hierarchy, skill-to-skill relations and transversal skills (each only when its file was
 * read) and the occupation neighbours, which are always recomputed so they never disagree
 * with the relations just written.
 */
@Injectable()
export class SkillRelationsImporter {
  constructor(private readonly repository: SkillRelationsImportRepository) {}

  counts(manager: EntityManager): Promise<SkillRelationCounts> {
    return this.repository.counts(manager);
  }

  async specificity(manager: EntityManager, data: TaxonomyData): Promise<Map<string, number>> {
    // Without the collection file the flags already stored still say which skills are generic.
    const transversal = data.transversalSkillUris ?? (await this.repository.transversalUris(manager));
    return skillSpecificity({ ...data, transversalSkillUris: transversal });
  }

  async write(
    manager: EntityManager,
    data: TaxonomyData,
    specificity: ReadonlyMap<string, number>,
  ): Promise<SkillRelationChanges> {
    const changes = noSkillRelationChanges();
    if (data.skillHierarchy) {
      changes.skillHierarchy = { ...(await this.repository.replaceHierarchy(manager, data.skillHierarchy)), kept: 0 };
    }
    if (data.skillRelations) {
      changes.skillRelations = { ...(await this.repository.replaceRelations(manager, data.skillRelations)), kept: 0 };
    }
    if (data.transversalSkillUris) {
      changes.transversalSkills.updated = await this.repository.setTransversal(manager, data.transversalSkillUris);
    }
    const neighbours = occupationNeighbours(data, specificity);
    changes.occupationNeighbours = { ...(await this.repository.replaceNeighbours(manager, neighbours)), kept: 0 };
    return changes;
  }

  analyze(manager: EntityManager): Promise<void> {
    return this.repository.analyze(manager);
  }
}
