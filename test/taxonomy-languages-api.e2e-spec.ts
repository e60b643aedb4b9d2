import { demoChecksum, demoTaxonomy, DEMO_VERSION } from 'src/taxonomy/demo/demo-taxonomy';
import { TaxonomyImportService } from 'src/taxonomy/import/taxonomy-import.service';
import { languageLabelsFor } from './support/language-fixture';
import { startTestApp, TestApp } from './setup/test-app';

const LANGUAGE_FILES = [
  'occupations_fr.csv',
  'occupations_de.csv',
  'occupations_pl.csv',
  'occupations_es.csv',
  'occupations_el.csv',
  'occupations_bg.csv',
  'occupations_ar.csv',
  'skills_fr.csv',
  'skills_es.csv',
];

const SUGGEST = `query ($title: String!, $language: String) {
  suggestOccupations(title: $title, language: $language) { score occupation { label } }
}`;
const SKILLS = `query ($text: String!, $language: String, $first: Int) {
  suggestSkills(text: $text, language: $language, first: $first) { score evidence skill { label label_fr: label(language: "fr") } }
}`;

/** The demo taxonomy with the real ESCO labels of its concepts in several languages and scripts. */
describe('taxonomy in other languages over HTTP', () => {
  let t: TestApp;

  const top = async (title: string, language?: string) => {
    const result = await t.gql(SUGGEST, { title, language });
    expect(result.errors).toBeUndefined();
    return (result.data!.suggestOccupations as { occupation: { label: string } }[]).map((s) => s.occupation.label);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const demo = demoTaxonomy();
    const uris = new Set([...demo.occupations.map((o) => o.uri), ...demo.skills.map((s) => s.uri)]);
    await t.app
      .get(TaxonomyImportService)
      .importData(
        { ...demo, languageLabels: languageLabelsFor(LANGUAGE_FILES, uris) },
        { version: DEMO_VERSION, checksum: demoChecksum(), source: 'demo with labels in other languages' },
      );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds the welder from national titles in several languages and scripts, with or without the language', async () => {
    const cases: [string, string][] = [
      ['soudeur', 'fr'],
      ['Soudeuse (H/F)', 'fr'],
      ['Schweißer', 'de'],
      ['Metallschweißerin (m/w/d)', 'de'],
      ['spawacz', 'pl'],
      ['soldadora', 'es'],
      ['οξυγονοκολλητής', 'el'],
      ['заварчик', 'bg'],
      ['عامل لحام', 'ar'],
    ];
    for (const [title, language] of cases) {
      expect([title, (await top(title, language))[0]]).toEqual([title, 'welder']);
      expect([title, (await top(title))[0]]).toEqual([title, 'welder']);
    }
  });

  it('still finds the welder through a typo, a folded accent or a compound', async () => {
    expect((await top('Schweiser', 'de'))[0]).toBe('welder');
    expect((await top('SCHWEISSER'))[0]).toBe('welder');
    expect((await top('soudeurr', 'fr'))[0]).toBe('welder');
    expect((await top('Rohrschweißer', 'de')).slice(0, 3)).toContain('welder');
  });

  it('answers labels in a language, and English where ESCO has none in it', async () => {
    const query = `query ($search: String!, $language: String) {
      occupations(search: $search, language: $language, first: 3) {
        edges { node { label fr: label(language: "fr") de: altLabels(language: "de") zu: label(language: "zu") zuAlt: altLabels(language: "zu") altLabels } }
      }
    }`;
    const result = await t.gql(query, { search: 'soudeur', language: 'fr' });
    expect(result.errors).toBeUndefined();
    const welder = result.data!.occupations.edges[0].node;
    expect(welder).toMatchObject({ label: 'welder', fr: 'soudeur/soudeuse', zu: 'welder' });
    expect(welder.de).toContain('Schweißerin');
    expect(welder.zuAlt).toEqual(welder.altLabels);
    const skills = await t.gql(
      `{ skills(search: "techniques de soudage", language: "fr", first: 1) { edges { node { label label_es: label(language: "es") } } } }`,
    );
    expect(skills.data!.skills.edges[0].node).toEqual({
      label: 'welding techniques',
      label_es: 'técnicas de soldadura fuerte',
    });
  });

  it('suggests skills from sentences in English and in French, quoting the words that led to each', async () => {
    const english = 'I repaired car engines and welded steel frames for ten years; I also did some roof repairs.';
    const en = await t.gql(SKILLS, { text: english });
    expect(en.errors).toBeUndefined();
    const found = en.data!.suggestSkills as { evidence: string; skill: { label: string } }[];
    const welding = found.find((s) => s.skill.label === 'welding techniques');
    expect(welding).toBeDefined();
    expect(english).toContain(welding!.evidence);
    expect(welding!.evidence).toMatch(/welded/);
    expect(found.map((s) => s.skill.label)).toContain('perform roof maintenance');

    const french = "J'ai travaillé dix ans en atelier : techniques de soudure, lecture de plans.";
    const fr = await t.gql(SKILLS, { text: french, language: 'fr', first: 3 });
    const frFound = fr.data!.suggestSkills as { evidence: string; skill: { label: string; label_fr: string } }[];
    expect(frFound.length).toBeLessThanOrEqual(3);
    // "techniques de soudure" is the French label of soldering techniques and an alternative one of welding techniques.
    expect(frFound.slice(0, 2).map((s) => s.skill)).toEqual([
      { label: 'soldering techniques', label_fr: 'techniques de soudure' },
      { label: 'welding techniques', label_fr: 'techniques de soudage' },
    ]);
    expect(frFound[0]!.evidence).toBe('techniques de soudure');
  });

  it('refuses bad input naming the argument', async () => {
    const fields = async (query: string, variables: Record<string, unknown>) => {
      const result = await t.gql(query, variables);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      return (result.errors![0]!.extensions.fields as { path: string }[]).map((f) => f.path);
    };
    expect(await fields(SKILLS, { text: 'x'.repeat(5001) })).toEqual(['text']);
    expect(await fields(SKILLS, { text: '  \n ' })).toEqual(['text']);
    expect(await fields(SKILLS, { text: 'welding', language: 'xx' })).toEqual(['language']);
    expect(await fields(SKILLS, { text: 'welding', first: 51 })).toEqual(['first']);
    expect(await fields(SUGGEST, { title: '   ' })).toEqual(['title']);
    expect(await fields(SUGGEST, { title: 'soudeur', language: 'FR' })).toEqual(['language']);
    expect(await fields(`{ occupations(search: "welder", language: "xx") { totalCount } }`, {})).toEqual(['language']);
    expect(await fields(`{ skills(first: 1) { edges { node { label(language: "english") } } } }`, {})).toEqual([
      'language',
    ]);
    // 5,000 characters are fine.
    const long = await t.gql(SKILLS, { text: `${'welding techniques. '.repeat(249)}welding.` });
    expect(long.errors).toBeUndefined();
  });
});
