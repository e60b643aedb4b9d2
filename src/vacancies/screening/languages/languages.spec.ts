import { Cue } from 'src/vacancies/screening/engine/lexicon';
import { Tagger } from 'src/vacancies/screening/engine/tagger';
import { LEXICONS } from 'src/vacancies/screening/languages';

// What every language must say for the shared engine to read both situations in it.
const REQUIRED: readonly Cue[] = [
  'stopword',
  'negation',
  'worker',
  'employer',
  'must',
  'pay',
  'fee',
  'cost',
  'deposit',
  'purpose',
  'benign',
  'workerBears',
  'employerBears',
  'reimburse',
  'serviceDelay',
  'deduct',
  'document',
  'handOver',
  'hold',
  'returned',
  'check',
  'copy',
];

describe('language lexicons', () => {
  it('cover at least the twelve languages fraud arrives in, one lexicon each', () => {
    const languages = LEXICONS.map((lexicon) => lexicon.language).filter((language) => language !== 'universal');
    expect(languages).toEqual(
      expect.arrayContaining(['en', 'fr', 'ar', 'de', 'es', 'it', 'pt', 'ro', 'pl', 'nl', 'tr', 'ur']),
    );
    expect(new Set(languages).size).toBe(languages.length);
  });

  it.each(LEXICONS.filter((lexicon) => lexicon.language !== 'universal').map((lexicon) => [lexicon.language, lexicon]))(
    '%s names every cue the engine needs',
    (_language, lexicon) => {
      for (const cue of REQUIRED) expect([cue, (lexicon.cues[cue] ?? '').trim().length > 0]).toEqual([cue, true]);
    },
  );

  it('all compile', () => {
    expect(() => new Tagger(LEXICONS)).not.toThrow();
  });

  it('give language-independent cues for texts in other languages', () => {
    const universal = LEXICONS.find((lexicon) => lexicon.language === 'universal');
    expect(universal?.cues.channel).toContain('western union');
    expect(universal?.cues.currency).toContain('eur');
  });
});
