import type { LanguageLabels } from 'src/taxonomy/import/esco-languages';

/** A whole taxonomy as the importer writes it, whatever its source (ESCO download or demo). */
export interface IscoGroupRow {
  code: string;
  uri: string;
  label: string;
}

export interface OccupationRow {
  uri: string;
  iscoCode: string;
  escoCode: string | null;
  preferredLabel: string;
  altLabels: string[];
  hiddenLabels: string[];
  description: string | null;
}

export interface SkillRow {
  uri: string;
  skillType: string | null;
  reuseLevel: string | null;
  preferredLabel: string;
  altLabels: string[];
  hiddenLabels: string[];
  description: string | null;
}

export interface RelationRow {
  occupationUri: string;
  skillUri: string;
  relationType: 'essential' | 'optional';
}

/** ESCO's skill hierarchy: `skillUri` is narrower than `broaderUri`. */
export interface SkillHierarchyRow {
  skillUri: string;
  broaderUri: string;
}

/** ESCO's skill-to-skill relation: `relatedUri` is essential or optional to `skillUri`. */
export interface SkillRelationRow {
  skillUri: string;
  relatedUri: string;
  relationType: 'essential' | 'optional';
}

export interface TaxonomyData {
  iscoGroups: IscoGroupRow[];
  occupations: OccupationRow[];
  skills: SkillRow[];
  relations: RelationRow[];
  /** Labels in other languages; a language not listed keeps the labels it has. */
  languageLabels?: LanguageLabels[];
  /**
   * The skill relations matching reads, each present only when its source file was: an
   * absent one leaves what the database holds as it was.
   */
  skillHierarchy?: SkillHierarchyRow[];
  skillRelations?: SkillRelationRow[];
  /** ESCO's transversal skills collection: generic skills that say little about a job. */
  transversalSkillUris?: string[];
}

/** A source row left out (or kept with a gap), with why. */
export interface SkippedRow {
  file: string;
  line: number;
  reason: string;
  kept: boolean;
}

/** ISCO-08 level from the code: 1 (major group) to 4 (unit group). */
export function iscoLevel(code: string): number {
  return code.length;
}

export function iscoParent(code: string): string | null {
  return code.length > 1 ? code.slice(0, -1) : null;
}
