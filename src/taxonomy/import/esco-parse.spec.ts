import { parseEsco, splitLabels } from 'src/taxonomy/import/esco-parse';

const file = (name: string, text: string) => ({ name, content: Buffer.from(text) });

const ISCO = `conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description
ISCOGroup,http://data.europa.eu/esco/isco/C7,7,Craft and related trades workers,released,,,
ISCOGroup,http://data.europa.eu/esco/isco/C7212,7212,Welders and flamecutters,released,,,
`;
const OCCUPATIONS = `conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description,code
Occupation,http://e/occ/welder,7212,welder,"welding operative
welder
 welding  technician ",weldor,released,"Welders join metal.",7212.3
Occupation,http://e/occ/ghost,9999,ghost,,,released,,9999.1
`;
const SKILLS = `conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,description
KnowledgeSkillCompetence,http://e/skill/weld,skill/competence,sector-specific,weld metal,"join metal",,
KnowledgeSkillCompetence,http://e/skill/untyped,,,untyped skill,,,
`;
const RELATIONS = `occupationUri,relationType,skillType,skillUri
http://e/occ/welder,essential,skill/competence,http://e/skill/weld
http://e/occ/welder,essential,skill/competence,http://e/skill/weld
http://e/occ/missing,optional,skill/competence,http://e/skill/weld
http://e/occ/welder,optional,,http://e/skill/untyped
`;

describe('parseEsco', () => {
  const { data, skipped } = parseEsco({
    files: {
      iscoGroups: file('ISCOGroups_en.csv', ISCO),
      occupations: file('occupations_en.csv', OCCUPATIONS),
      skills: file('skills_en.csv', SKILLS),
      relations: file('occupationSkillRelations.csv', RELATIONS),
    },
  });

  it('reads newline-separated labels from quoted cells, trimmed and without the preferred label', () => {
    expect(data.occupations).toEqual([
      {
        uri: 'http://e/occ/welder',
        iscoCode: '7212',
        escoCode: '7212.3',
        preferredLabel: 'welder',
        altLabels: ['welding operative', 'welding technician'],
        hiddenLabels: ['weldor'],
        description: 'Welders join metal.',
      },
    ]);
  });

  it('keeps a skill without a type (type null) and reports it', () => {
    expect(data.skills.map((s) => [s.uri, s.skillType])).toEqual([
      ['http://e/skill/weld', 'skill/competence'],
      ['http://e/skill/untyped', null],
    ]);
    expect(skipped).toContainEqual(expect.objectContaining({ file: 'skills_en.csv', kept: true }));
  });

  it('skips dangling and duplicate rows with a reason instead of failing', () => {
    expect(data.relations).toEqual([
      { occupationUri: 'http://e/occ/welder', skillUri: 'http://e/skill/weld', relationType: 'essential' },
      { occupationUri: 'http://e/occ/welder', skillUri: 'http://e/skill/untyped', relationType: 'optional' },
    ]);
    const reasons = skipped.filter((s) => !s.kept).map((s) => s.reason);
    expect(reasons).toEqual([
      'occupation http://e/occ/ghost names an unknown ISCO group "9999"',
      'duplicate occupation-skill pair',
      'unknown occupation http://e/occ/missing',
    ]);
  });

  it('splits labels on any line ending', () => {
    expect(splitLabels('a\r\nb\n\nc', 'c')).toEqual(['a', 'b']);
    expect(splitLabels(undefined)).toEqual([]);
  });
});
