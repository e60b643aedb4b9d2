import { foldPattern, normaliseText, normaliseWithOrigin } from 'src/vacancies/screening/normalise';

describe('screening text normalisation', () => {
  it('folds case and strips Latin accents', () => {
    expect(normaliseText('FRAIS de Dossier à RÉGLER, Gebühren, Straße')).toBe(
      'frais de dossier a regler, gebuhren, strasse',
    );
  });

  it('removes Arabic tashkeel and tatweel and unifies alef, ta marbuta and ya forms', () => {
    expect(normaliseText('رُسُومُ التَّأْشِيرَة')).toBe('رسوم التاشيره');
    expect(normaliseText('إرسال آلاف أموال')).toBe('ارسال الاف اموال');
    expect(normaliseText('مستشفى ـــ')).toBe('مستشفي ');
    expect(normaliseText('٥٠٠ يورو')).toBe('500 يورو');
  });

  it('collapses spaces but keeps line breaks, and maps every character back to the original', () => {
    const original = 'Frais  de\n\nDÉPÔT';
    const { text, origin } = normaliseWithOrigin(original);
    expect(text).toBe('frais de\ndepot');
    expect(origin).toHaveLength(text.length);
    const start = text.indexOf('depot');
    expect(original.slice(origin[start], origin[start + 4]! + 1)).toBe('DÉPÔT');
  });

  it('folds the words of a pattern but leaves its escapes alone', () => {
    expect(foldPattern('Gebühr\\s(?:\\S+\\s)?für')).toBe('gebuhr\\s(?:\\S+\\s)?fur');
  });
});
