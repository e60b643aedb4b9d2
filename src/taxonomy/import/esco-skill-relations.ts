import { readCsv } from 'src/taxonomy/import/esco-parse';
import { EscoSource } from 'src/taxonomy/import/esco-source';
import { SkillHierarchyRow, SkillRelationRow, SkippedRow, TaxonomyData } from 'src/taxonomy/import/taxonomy-data';

/** The concept type ESCO gives skills and knowledge in its pillar files (skill groups are `SkillGroup`). */
const SKILL_CONCEPT = 'KnowledgeSkillCompetence';

type SkillRelationData = Pick<TaxonomyData, 'skillHierarchy' | 'skillRelations' | 'transversalSkillUris'>;

/**
 * Reads the optional files that relate skills to each other: the hierarchy
 * (`broaderRelationsSkillPillar.csv`), skill-to-skill relations (`skillSkillRelations.csv`)
 * and the transversal skills collection. A file that is absent leaves its field undefined.
 * Rows naming a skill outside `skillUris` are skipped and reported; hierarchy rows about
 * skill groups (ESCO's way of filing skills, not skills themselves) are not read at all.
 */
export function parseSkillRelations(
  source: Pick<EscoSource, 'optionalFiles'>,
  skillUris: ReadonlySet<string>,
): { data: SkillRelationData; skipped: SkippedRow[] } {
  const skipped: SkippedRow[] = [];
  const skip = (file: string, index: number, reason: string) =>
    skipped.push({ file, line: index + 2, reason, kept: false });
  const data: SkillRelationData = {};
  const { skillHierarchy: hierarchyFile, skillRelations: relationsFile, transversalSkills } = source.optionalFiles;

  if (hierarchyFile) {
    const rows: SkillHierarchyRow[] = [];
    const pairs = new Set<string>();
    readCsv(hierarchyFile.name, hierarchyFile.content, ['conceptUri', 'broaderUri']).forEach((r, i) => {
      // Files without the type columns are read whole; unknown URIs are then reported below.
      if ((r.conceptType ?? SKILL_CONCEPT) !== SKILL_CONCEPT || (r.broaderType ?? SKILL_CONCEPT) !== SKILL_CONCEPT) {
        return;
      }
      const skillUri = r.conceptUri?.trim() ?? '';
      const broaderUri = r.broaderUri?.trim() ?? '';
      if (!skillUris.has(skillUri)) return skip(hierarchyFile.name, i, `unknown skill ${skillUri}`);
      if (!skillUris.has(broaderUri)) return skip(hierarchyFile.name, i, `unknown broader skill ${broaderUri}`);
      if (skillUri === broaderUri) return skip(hierarchyFile.name, i, 'a skill broader than itself');
      const pair = `${skillUri} ${broaderUri}`;
      if (pairs.has(pair)) return skip(hierarchyFile.name, i, 'duplicate skill hierarchy pair');
      pairs.add(pair);
      rows.push({ skillUri, broaderUri });
    });
    data.skillHierarchy = rows;
  }

  if (relationsFile) {
    const rows: SkillRelationRow[] = [];
    const pairs = new Set<string>();
    readCsv(relationsFile.name, relationsFile.content, ['originalSkillUri', 'relationType', 'relatedSkillUri']).forEach(
      (r, i) => {
        const skillUri = r.originalSkillUri?.trim() ?? '';
        const relatedUri = r.relatedSkillUri?.trim() ?? '';
        const relationType = r.relationType?.trim();
        if (!skillUris.has(skillUri)) return skip(relationsFile.name, i, `unknown skill ${skillUri}`);
        if (!skillUris.has(relatedUri)) return skip(relationsFile.name, i, `unknown related skill ${relatedUri}`);
        if (relationType !== 'essential' && relationType !== 'optional') {
          return skip(relationsFile.name, i, `relation type "${relationType}" is neither essential nor optional`);
        }
        if (skillUri === relatedUri) return skip(relationsFile.name, i, 'a skill related to itself');
        const pair = `${skillUri} ${relatedUri}`;
        if (pairs.has(pair)) return skip(relationsFile.name, i, 'duplicate skill-skill pair');
        pairs.add(pair);
        rows.push({ skillUri, relatedUri, relationType });
      },
    );
    data.skillRelations = rows;
  }

  if (transversalSkills) {
    const uris = new Set<string>();
    readCsv(transversalSkills.name, transversalSkills.content, ['conceptUri']).forEach((r, i) => {
      const uri = r.conceptUri?.trim() ?? '';
      if (!skillUris.has(uri)) return skip(transversalSkills.name, i, `unknown skill ${uri}`);
      uris.add(uri);
    });
    data.transversalSkillUris = [...uris];
  }
  return { data, skipped };
}
