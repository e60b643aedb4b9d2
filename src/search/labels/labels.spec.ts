import fc from 'fast-check';
import { bestOf } from 'src/search/labels/best-of';
import { LabelIndex, LabelInput } from 'src/search/labels/label-index';
import { indexWords, labelVariants, textChunks, titleWords } from 'src/search/labels/label-text';
import { DEFAULT_SKILL_PARAMS, SkillExtractor } from 'src/search/labels/skill-extractor';
import { DEFAULT_TITLE_PARAMS, TitleScorer } from 'src/search/labels/title-scorer';
import { foldText } from 'src/search/text/fold';
import { termStemmer } from 'src/search/text/stem';

describe('text folding', () => {
  it('folds Latin accents and letters, Greek, Cyrillic and Arabic the way searches need', () => {
    expect(foldText('Straße ŁÓDŹ Øresund Œuvre Þór')).toBe('strasse lodz oresund oeuvre thor');
    expect(foldText('ΗΛΕΚΤΡΟΛΌΓΟΣ')).toBe('ηλεκτρολογοσ');
    expect(foldText('Заварчик Йорданов')).toBe('заварчик иорданов');
    expect(foldText('عاملة لِحام ٣')).toBe('عامله لحام 3');
    expect(foldText('Ärztin')).toBe('arztin');
  });

  it('stems German feminine titles like the masculine ones', () => {
    const de = termStemmer('de');
    expect(de('schweißerin')).toBe(de('schweißer'));
    expect(de('ärztin')).toBe(de('arzt'));
  });
});

describe('label and title words', () => {
  it('splits gendered labels into variants, but not suffixes', () => {
    expect(labelVariants('soudeur/soudeuse')).toEqual(['soudeur', 'soudeuse']);
    expect(labelVariants('Elektroniker/in')).toEqual(['Elektroniker/in']);
  });

  it('drops asides, places and contract words from titles, keeping the rest', () => {
    expect(titleWords('Senior Welder (MIG) - Hamburg').map((w) => w.text)).toEqual(['welder']);
    expect(titleWords('Soudeur H/F CDI').map((w) => w.text)).toEqual(['soudeur']);
    expect(titleWords('Vollzeit').map((w) => w.text)).toEqual(['vollzeit']);
  });

  it('cuts long texts into short windows within sentences', () => {
    const text = 'one two three four five. six seven';
    expect(textChunks(text, 3, 1).map((c) => c.text)).toEqual(['one two three', 'three four five', 'six seven']);
    for (const c of textChunks(text, 3, 1)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

const LABELS: LabelInput[] = [
  { concept: 0, language: 'en', kind: 'preferred', text: 'welder' },
  { concept: 0, language: 'fr', kind: 'preferred', text: 'soudeur/soudeuse' },
  { concept: 0, language: 'de', kind: 'preferred', text: 'Schweißer/Schweißerin' },
  { concept: 1, language: 'en', kind: 'preferred', text: 'pipe welder' },
  { concept: 1, language: 'de', kind: 'preferred', text: 'Rohrschweißer/Rohrschweißerin' },
  { concept: 2, language: 'en', kind: 'preferred', text: 'software developer' },
  { concept: 2, language: 'en', kind: 'alt', text: 'programmer' },
  { concept: 3, language: 'en', kind: 'preferred', text: 'baker' },
];

describe('title scorer', () => {
  const scorer = new TitleScorer(new LabelIndex(4, LABELS).finish());
  const best = (title: string, language: string | null = null) =>
    scorer.score(titleWords(title), language ? [{ language, weight: 1 }] : null, DEFAULT_TITLE_PARAMS)[0]?.concept;

  it('matches gender forms, compounds and typos', () => {
    expect(best('Soudeuse', 'fr')).toBe(0);
    expect(best('Schweißerin')).toBe(0);
    expect(best('Rohrschweisser')).toBe(1);
    expect(best('Metallschweißer', 'de')).toBe(0);
    expect(best('sofware developer')).toBe(2);
    expect(best('baekr')).toBe(3);
  });

  it('scores in [0, 1], best first, whatever the words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('welder', 'pipe', 'soudeur', 'x', 'developer', 'bäcker', 'π'), { maxLength: 5 }),
        (words) => {
          const scores = scorer.score(indexWords(words.join(' ')), null, DEFAULT_TITLE_PARAMS).map((s) => s.score);
          expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
        },
      ),
    );
  });
});

describe('best few', () => {
  it('picks the first n of the full order, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), fc.integer({ min: 0, max: 8 }), (scores, n) => {
        const before = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
        expect(bestOf(scores.keys(), before, n)).toEqual([...scores.keys()].sort(before).slice(0, n));
      }),
    );
  });

  const words = [
    'welder',
    'pipe',
    'soudeur',
    'developer',
    'software',
    'programmer',
    'baker',
    'bake',
    'bread',
    'techniques',
    'soudage',
    'logiciels',
    'welding',
  ];
  const text = fc.array(fc.constantFrom(...words, 'and', '.', 'the'), { minLength: 1, maxLength: 12 });

  it('titles: asking for the best n gives the first n of the full ranking', () => {
    const scorer = new TitleScorer(new LabelIndex(4, LABELS).finish());
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), fc.constantFrom(null, 'en', 'fr'), (ws, n, language) => {
        const languages = language
          ? [
              { language, weight: 1 },
              { language: 'de', weight: 0.6 },
            ]
          : null;
        const all = scorer.score(indexWords(ws.join(' ')), languages, DEFAULT_TITLE_PARAMS);
        const top = scorer.top(indexWords(ws.join(' ')), languages, DEFAULT_TITLE_PARAMS, n);
        expect(top).toEqual(all.slice(0, n));
      }),
    );
  });

  it('skills: asking for the best n gives the same skills as the full ranking', () => {
    const labels: LabelInput[] = [
      { concept: 0, language: 'en', kind: 'preferred', text: 'bake bread' },
      { concept: 1, language: 'en', kind: 'preferred', text: 'welding techniques' },
      { concept: 1, language: 'fr', kind: 'preferred', text: 'techniques de soudage' },
      { concept: 2, language: 'en', kind: 'preferred', text: 'develop software' },
      { concept: 3, language: 'fr', kind: 'preferred', text: 'programmer des logiciels' },
      { concept: 4, language: 'en', kind: 'alt', text: 'pipe welding' },
    ];
    const extractor = new SkillExtractor(new LabelIndex(5, labels).finish(), new Float32Array(5));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 3 }), (ws, n) => {
        const all = extractor.extract(ws.join(' '), null, DEFAULT_SKILL_PARAMS);
        const top = extractor.extract(ws.join(' '), null, DEFAULT_SKILL_PARAMS, n);
        expect(top.length).toBe(Math.min(n, all.length));
        // The same skills; a lighter language left unread may only miss a repeat bonus among them.
        const cut = all[n - 1]?.score ?? -1;
        for (const hit of top) expect(all.find((a) => a.concept === hit.concept)!.score).toBeGreaterThanOrEqual(cut);
      }),
    );
  });
});

describe('skill extractor', () => {
  const labels: LabelInput[] = [
    { concept: 0, language: 'en', kind: 'preferred', text: 'repair engines' },
    { concept: 1, language: 'en', kind: 'preferred', text: 'welding techniques' },
    { concept: 1, language: 'fr', kind: 'preferred', text: 'techniques de soudage' },
    { concept: 2, language: 'en', kind: 'preferred', text: 'bake bread' },
    { concept: 2, language: 'en', kind: 'description', text: 'Mix flour and water, knead dough and bake loaves.' },
  ];
  const extractor = new SkillExtractor(new LabelIndex(3, labels).finish(), new Float32Array(3));

  it('finds skills in a text with the words that named them', () => {
    const text = 'For years I repaired engines. Welding techniques too.';
    const found = extractor.extract(text, null, DEFAULT_SKILL_PARAMS);
    expect(
      found
        .map((f) => f.concept)
        .slice(0, 2)
        .sort(),
    ).toEqual([0, 1]);
    const welding = found.find((f) => f.concept === 1)!;
    expect(text.slice(welding.start, welding.end)).toBe('Welding techniques');
    const engines = found.find((f) => f.concept === 0)!;
    expect(text.slice(engines.start, engines.end)).toBe('repaired engines');
  });

  it('reads a description when no label is named', () => {
    const found = extractor.extract(
      'I knead dough every morning',
      [{ language: 'en', weight: 1 }],
      DEFAULT_SKILL_PARAMS,
    );
    expect(found[0]?.concept).toBe(2);
  });
});
