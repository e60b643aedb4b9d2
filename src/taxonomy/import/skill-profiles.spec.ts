import fc from 'fast-check';
import { occupationNeighbours, skillSpecificity } from 'src/taxonomy/import/skill-profiles';
import { RelationRow, SkillRow, TaxonomyData } from 'src/taxonomy/import/taxonomy-data';

const skill = (uri: string, reuseLevel: string | null = 'sector-specific'): SkillRow => ({
  uri,
  skillType: 'skill/competence',
  reuseLevel,
  preferredLabel: uri,
  altLabels: [],
  hiddenLabels: [],
  description: null,
});
const occupation = (uri: string, iscoCode = '7212') => ({
  uri,
  iscoCode,
  escoCode: null,
  preferredLabel: uri,
  altLabels: [],
  hiddenLabels: [],
  description: null,
});
const needs = (occupationUri: string, skillUri: string, relationType: RelationRow['relationType'] = 'essential') => ({
  occupationUri,
  skillUri,
  relationType,
});

/** Four occupations: two welding trades alike, a cook, a nurse; "customers" is needed by three. */
const taxonomy: TaxonomyData = {
  iscoGroups: [],
  occupations: ['welder', 'brazier', 'cook', 'nurse'].map((o) => occupation(o)),
  skills: ['tig', 'weld', 'braze', 'customers', 'knife', 'care', 'teams', 'unused'].map((s) =>
    skill(s, s === 'teams' ? 'transversal' : 'sector-specific'),
  ),
  relations: [
    needs('welder', 'tig'),
    needs('welder', 'weld'),
    needs('welder', 'customers', 'optional'),
    needs('brazier', 'braze'),
    needs('brazier', 'weld'),
    needs('cook', 'knife'),
    needs('cook', 'customers'),
    needs('nurse', 'care'),
    needs('nurse', 'customers'),
    needs('nurse', 'teams'),
  ],
};

describe('skillSpecificity', () => {
  const specificity = skillSpecificity(taxonomy);

  it('is an inverse frequency over the occupations that need a skill, in (0, 1]', () => {
    // N = 4: ln(5 / (n + 1)) / ln(5).
    expect(specificity.get('tig')).toBeCloseTo(Math.log(5 / 2) / Math.log(5), 4);
    expect(specificity.get('weld')).toBeCloseTo(Math.log(5 / 3) / Math.log(5), 4);
    expect(specificity.get('customers')).toBeCloseTo(Math.log(5 / 4) / Math.log(5), 4);
    expect(specificity.get('unused')).toBe(1);
    for (const value of specificity.values()) expect(value > 0 && value <= 1).toBe(true);
  });

  it('makes transversal skills as generic as the most widely needed skill', () => {
    expect(specificity.get('teams')).toBe(specificity.get('customers'));
    const fromCollection = skillSpecificity({ ...taxonomy, transversalSkillUris: ['tig'] });
    expect(fromCollection.get('tig')).toBe(specificity.get('customers'));
  });
});

describe('occupationNeighbours', () => {
  const specificity = skillSpecificity(taxonomy);
  const rows = occupationNeighbours(taxonomy, specificity, { minSimilarity: 0.01 });
  const similarity = (a: string, b: string) =>
    rows.find((r) => r.occupationUri === a && r.neighbourUri === b)?.similarity ?? 0;

  it('finds occupations that need specific skills alike closer than ones sharing a generic skill', () => {
    expect(similarity('welder', 'brazier')).toBeGreaterThan(similarity('cook', 'nurse'));
    expect(similarity('cook', 'nurse')).toBeGreaterThan(0);
    expect(similarity('welder', 'nurse')).toBeGreaterThan(0);
    expect(similarity('brazier', 'cook')).toBe(0);
  });

  it('is symmetric, never pairs an occupation with itself and stays in (0, 1]', () => {
    for (const row of rows) {
      expect(row.occupationUri).not.toBe(row.neighbourUri);
      expect(similarity(row.neighbourUri, row.occupationUri)).toBe(row.similarity);
      expect(row.similarity > 0 && row.similarity <= 1).toBe(true);
    }
  });

  it('keeps at most the requested number of neighbours an occupation chose, and none below the floor', () => {
    const one = occupationNeighbours(taxonomy, specificity, { perOccupation: 1, minSimilarity: 0.01 });
    // Each occupation keeps its single closest; symmetry may add the pairs others chose.
    expect(one.length).toBeLessThanOrEqual(2 * taxonomy.occupations.length);
    expect(occupationNeighbours(taxonomy, specificity, { minSimilarity: 0.99 })).toEqual([]);
  });

  it('is the same whatever order the relations come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(taxonomy.relations, { minLength: taxonomy.relations.length }), (shuffled) => {
        const data = { ...taxonomy, relations: shuffled };
        const again = occupationNeighbours(data, skillSpecificity(data), { minSimilarity: 0.01 });
        const key = (r: { occupationUri: string; neighbourUri: string }) => `${r.occupationUri}>${r.neighbourUri}`;
        const sorted = (list: typeof rows) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
        expect(sorted(again)).toEqual(sorted(rows));
      }),
      { numRuns: 50 },
    );
  });
});
