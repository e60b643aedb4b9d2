import { Analysis } from 'src/vacancies/screening/engine/analysis';
import { Lexicon } from 'src/vacancies/screening/engine/lexicon';
import { agentOf, isNegated } from 'src/vacancies/screening/engine/reading';
import { Tagger } from 'src/vacancies/screening/engine/tagger';
import { numericValue, tokenise } from 'src/vacancies/screening/engine/tokens';
import { LEXICONS } from 'src/vacancies/screening/languages';
import { textScreener } from 'src/vacancies/screening/text-screening';

const TAGGER = new Tagger(LEXICONS);
const analyse = (text: string): Analysis => new Analysis(text, TAGGER);
const quotes = (analysis: Analysis, cue: Parameters<Analysis['all']>[0]): string[] =>
  analysis.all(cue).map((hit) => analysis.quote(hit));

describe('tokens', () => {
  it('keeps amounts whole and marks clause and segment breaks', () => {
    const tokens = tokenise('pay 1.500 eur, then 1 500,50 €.\nnext');
    expect(tokens.map((token) => token.text)).toEqual(['pay', '1.500', 'eur', 'then', '1 500,50', '€', 'next']);
    expect(tokens.map((token) => token.segmentBreak)).toEqual([true, false, false, true, false, false, true]);
    expect(tokens[6]).toMatchObject({ clauseBreak: true, lineBreak: true });
    expect([numericValue('1.500'), numericValue('1 500,50'), numericValue('2,5')]).toEqual([1500, 1500.5, 2.5]);
  });
});

describe('lexicon entries', () => {
  const lexicon = (cues: Lexicon['cues'], extra: Partial<Lexicon> = {}): Tagger =>
    new Tagger([{ language: 'xx', name: 'Test', cues, ...extra }]);
  const found = (tagger: Tagger, text: string): string[] => {
    const analysis = new Analysis(text, tagger);
    return analysis.all('fee').map((hit) => analysis.quote(hit));
  };

  it('match words with alternatives, optional words, gaps and wildcards', () => {
    const tagger = lexicon({ fee: 'visa|agency fee, the? deposit, pay ~2 now, *gebühr, vermittlung*, *kosten*' });
    expect(found(tagger, 'Agency fee and deposit; pay it all now')).toEqual([
      'Agency fee',
      'deposit',
      'pay it all now',
    ]);
    expect(found(tagger, 'Vermittlungsgebühr, Anmeldegebühr, Reisekostenpauschale')).toEqual([
      'Vermittlungsgebühr',
      'Vermittlungsgebühr',
      'Anmeldegebühr',
      'Reisekostenpauschale',
    ]);
    expect(found(tagger, 'pay it all later now')).toEqual([]);
  });

  it('fold accents and case like the text, and read Arabic words without their clitics', () => {
    const tagger = lexicon(
      { fee: 'رسوم, frais de dossier' },
      { clitics: { prefixes: ['و', 'ال', 'وال'], suffixes: ['ها', 'كم'] } },
    );
    expect(found(tagger, 'FRAIS DE DOSSIER ورسومكم والرسوم')).toEqual(['FRAIS DE DOSSIER', 'ورسومكم', 'والرسوم']);
  });

  it('reject entries that are not words', () => {
    expect(() => lexicon({ fee: 'fee (approx)' })).toThrow(/not a word/u);
    expect(() => lexicon({ fee: '~2 fee' })).toThrow(/gap/u);
  });
});

describe('reading a text', () => {
  it('tells the languages of a text apart, within each script', () => {
    expect([...analyse('Os passaportes ficam guardados no escritório do coordenador.').languages]).toEqual(['pt']);
    expect(
      [
        ...analyse('The employer pays the visa and the flight. لا توجد أي رسوم على المرشحين في هذا العقد').languages,
      ].sort(),
    ).toEqual(['ar', 'en']);
  });

  it('starts a clause at a contrast word, in the languages of the text only', () => {
    expect(analyse('The employer pays the flight, but you pay the visa.').clauses).toHaveLength(2);
    expect(analyse('Costurile de recrutare ale candidaților sunt suportate de firmă.').clauses).toHaveLength(1);
  });

  it('lets a negation reach over a list of fees, not over a new demand', () => {
    const listed = analyse('No recruitment, visa or travel fees.');
    expect(isNegated(listed, listed.all('fee')[0]!)).toBe(true);
    const demand = analyse('No experience needed, pay a fee of 100 EUR.');
    expect(isNegated(demand, demand.all('pay')[0]!)).toBe(false);
  });

  it('finds who acts: the worker, the employer, or the reader of an imperative', () => {
    const agent = (text: string, cue: 'pay' | 'hold'): string | undefined => {
      const analysis = analyse(text);
      return agentOf(analysis, analysis.all(cue)[0]!);
    };
    expect(agent('Candidates must pay the fee.', 'pay')).toBe('worker');
    expect(agent('Wir begleiten Sie und bezahlen den Sprachkurs.', 'pay')).toBe('other');
    expect(agent('Pay for your own flight.', 'pay')).toBe('imperative');
    expect(agent('The supervisor keeps the passports.', 'hold')).toBe('other');
    expect(agent("The workers' passports are kept by the supervisor.", 'hold')).toBe('other');
    expect(agent('Guardamos su pasaporte.', 'hold')).toBe('other');
  });

  it('quotes the original words and reads amounts', () => {
    const analysis = analyse('Frais de Dossier : 200 €, salaire 1 800 € par mois.');
    expect(quotes(analysis, 'amount')).toEqual(['200 €']);
    expect(quotes(analysis, 'payRate')).toEqual(['1 800 €']);
  });
});

describe('textScreener', () => {
  it('is built from any lexicons', () => {
    const screen = textScreener([
      {
        language: 'xx',
        name: 'Test',
        cues: { fee: 'tassa', purpose: 'viza', negation: 'ingen', worker: 'du', must: 'moste', pay: 'betale' },
      },
    ]);
    expect(screen('du moste betale tassa viza').map((match) => match.code)).toContain('FEE_REQUEST');
    expect(screen('ingen tassa viza')).toEqual([]);
  });
});
