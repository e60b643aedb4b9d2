import { cleanJobTitle, normalizeText, orTsQuery } from 'src/search/query-text';

describe('query text', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeText('  Électricien/Bâtiment  ')).toBe('electricien batiment');
  });

  it('keeps the words of a job title that name the work', () => {
    expect(cleanJobTitle('Senior Software Developer (Java) - Addis Ababa')).toBe('software developer');
    expect(cleanJobTitle('Electrician II')).toBe('electrician');
    expect(cleanJobTitle('Urgent: 2 Waiters needed')).toBe('waiters');
    expect(cleanJobTitle('Senior')).toBe('senior');
  });

  it('builds an injection-safe OR query', () => {
    expect(orTsQuery("cook's & chef | !x")).toBe('cook | s | chef | x');
    expect(orTsQuery('  ')).toBeNull();
  });
});
