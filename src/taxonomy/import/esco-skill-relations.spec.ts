import { parseSkillRelations } from 'src/taxonomy/import/esco-skill-relations';

const file = (name: string, text: string) => ({ name, content: Buffer.from(text) });
const SKILLS = new Set(['http://e/skill/weld', 'http://e/skill/tig', 'http://e/skill/metal', 'http://e/skill/teams']);

const HIERARCHY = `conceptType,conceptUri,broaderType,broaderUri
KnowledgeSkillCompetence,http://e/skill/tig,KnowledgeSkillCompetence,http://e/skill/weld
KnowledgeSkillCompetence,http://e/skill/weld,SkillGroup,http://e/group/metalwork
SkillGroup,http://e/group/metalwork,SkillGroup,http://e/group/all
KnowledgeSkillCompetence,http://e/skill/tig,KnowledgeSkillCompetence,http://e/skill/weld
KnowledgeSkillCompetence,http://e/skill/ghost,KnowledgeSkillCompetence,http://e/skill/weld
`;
const RELATIONS = `originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri
http://e/skill/weld,skill/competence,essential,knowledge,http://e/skill/metal
http://e/skill/weld,skill/competence,optional,skill/competence,http://e/skill/weld
http://e/skill/weld,skill/competence,sometimes,knowledge,http://e/skill/tig
`;
const TRANSVERSAL = `conceptType,conceptUri,skillType,reuseLevel,preferredLabel
KnowledgeSkillCompetence,http://e/skill/teams,skill/competence,transversal,work in teams
KnowledgeSkillCompetence,http://e/skill/elsewhere,skill/competence,transversal,show initiative
`;

describe('parseSkillRelations', () => {
  it('reads skill-to-skill hierarchy rows only, skipping unknown skills and duplicates with a reason', () => {
    const { data, skipped } = parseSkillRelations(
      { optionalFiles: { skillHierarchy: file('broaderRelationsSkillPillar.csv', HIERARCHY) } },
      SKILLS,
    );
    expect(data.skillHierarchy).toEqual([{ skillUri: 'http://e/skill/tig', broaderUri: 'http://e/skill/weld' }]);
    // Skill-group rows are ESCO's filing of skills, not relations between skills: not read, not reported.
    expect(skipped.map((s) => s.reason)).toEqual([
      'duplicate skill hierarchy pair',
      'unknown skill http://e/skill/ghost',
    ]);
    expect(data.skillRelations).toBeUndefined();
    expect(data.transversalSkillUris).toBeUndefined();
  });

  it('reads skill-to-skill relations and the transversal collection', () => {
    const { data, skipped } = parseSkillRelations(
      {
        optionalFiles: {
          skillRelations: file('skillSkillRelations.csv', RELATIONS),
          transversalSkills: file('transversalSkillsCollection_en.csv', TRANSVERSAL),
        },
      },
      SKILLS,
    );
    expect(data.skillRelations).toEqual([
      { skillUri: 'http://e/skill/weld', relatedUri: 'http://e/skill/metal', relationType: 'essential' },
    ]);
    expect(data.transversalSkillUris).toEqual(['http://e/skill/teams']);
    expect(skipped.map((s) => [s.file, s.reason])).toEqual([
      ['skillSkillRelations.csv', 'a skill related to itself'],
      ['skillSkillRelations.csv', 'relation type "sometimes" is neither essential nor optional'],
      ['transversalSkillsCollection_en.csv', 'unknown skill http://e/skill/elsewhere'],
    ]);
    expect(data.skillHierarchy).toBeUndefined();
  });

  it('reads nothing when none of the files is there', () => {
    expect(parseSkillRelations({ optionalFiles: {} }, SKILLS)).toEqual({ data: {}, skipped: [] });
  });
});
