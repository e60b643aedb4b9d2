import { createHash } from 'node:crypto';
import { DEMO_ISCO_GROUPS, DEMO_OCCUPATIONS, DEMO_RELATIONS, DEMO_SKILLS } from 'src/taxonomy/demo/demo-taxonomy.data';
import { DEMO_SKILL_HIERARCHY, DEMO_SKILL_RELATIONS } from 'src/taxonomy/demo/demo-skill-relations.data';
import { DERIVED_DATA_VERSION } from 'src/taxonomy/import/esco-source';
import { TaxonomyData } from 'src/taxonomy/import/taxonomy-data';

export const DEMO_VERSION = 'demo';

export function demoTaxonomy(): TaxonomyData {
  return {
    iscoGroups: DEMO_ISCO_GROUPS,
    occupations: DEMO_OCCUPATIONS,
    skills: DEMO_SKILLS,
    relations: DEMO_RELATIONS.map(([occupationUri, skillUri, relationType]) => ({
      occupationUri,
      skillUri,
      relationType,
    })),
    skillHierarchy: DEMO_SKILL_HIERARCHY,
    skillRelations: DEMO_SKILL_RELATIONS,
    transversalSkillUris: [],
  };
}

export function demoChecksum(): string {
  return createHash('sha256').update(JSON.stringify(demoTaxonomy())).update(DERIVED_DATA_VERSION).digest('hex');
}
