import { LANGUAGE_RULES } from 'src/vacancies/screening/rules';
import { LanguageRules } from 'src/vacancies/screening/rules/rule-table';
import { compileRules, findTextMatches } from 'src/vacancies/screening/text-screening';

describe('screening rule tables', () => {
  it('cover English, French, German and Arabic, each with every kind of rule', () => {
    expect(LANGUAGE_RULES.map((table) => table.language)).toEqual(
      expect.arrayContaining(['en', 'fr', 'de', 'ar', 'es', 'it']),
    );
    for (const table of LANGUAGE_RULES) {
      expect(table.rules.feeMentions.length + table.rules.feeDemands.length).toBeGreaterThan(0);
      expect(table.rules.documentRetention.length).toBeGreaterThan(0);
      expect(table.negations.length).toBeGreaterThan(0);
    }
  });

  it('are extended by adding a table', () => {
    const dutch: LanguageRules = {
      language: 'nl',
      rules: { feeMentions: ['bemiddelingskosten'], feeDemands: ['borg'], documentRetention: ['paspoort inleveren'] },
      negations: ['geen'],
      employerPays: ['betaald door de werkgever'],
      copyCues: ['kopie'],
      clauseBreaks: ['maar'],
    };
    const compiled = compileRules([dutch]);
    expect(findTextMatches('U betaalt een borg van 500 euro.', compiled).map((match) => match.language)).toEqual([
      'nl',
    ]);
    expect(findTextMatches('Geen bemiddelingskosten.', compiled)).toEqual([]);
    expect(findTextMatches('Bemiddelingskosten worden betaald door de werkgever.', compiled)).toEqual([]);
  });

  it('match whole words only', () => {
    expect(findTextMatches('A depositary bank manages the pension fund.')).toEqual([]);
  });
});
