import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  CEFR_LEVELS,
  CefrLevel,
  cefrRank,
  compareCefr,
  EU_MEMBER_STATES,
  isCountryCode,
  isEqfLevel,
  isLanguageCode,
  isMemberState,
  IsCountryCode,
  IsEqfLevel,
  IsLanguageCode,
  IsMemberState,
  meetsCefr,
  normalizeCountryCode,
  NormalizeCountryCode,
} from 'src/reference';

describe('reference codes', () => {
  it('knows the 27 Member States and takes EL for Greece', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(isMemberState('DE')).toBe(true);
    expect(isMemberState('EL')).toBe(true);
    expect(isMemberState('GR')).toBe(true);
    expect(isMemberState('MA')).toBe(false);
    expect(isMemberState('GB')).toBe(false);
    expect(isMemberState('de')).toBe(false);
    expect(normalizeCountryCode('EL')).toBe('GR');
    expect(normalizeCountryCode('ma')).toBe('MA');
  });

  it('validates ISO 3166-1 alpha-2 country codes in upper case', () => {
    expect(isCountryCode('MA')).toBe(true);
    expect(isCountryCode('EL')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('ma')).toBe(false);
    expect(isCountryCode('MAR')).toBe(false);
    expect(isCountryCode(42)).toBe(false);
  });

  it('validates ISO 639-1 language codes in lower case', () => {
    expect(isLanguageCode('de')).toBe(true);
    expect(isLanguageCode('ar')).toBe(true);
    expect(isLanguageCode('DE')).toBe(false);
    expect(isLanguageCode('deu')).toBe(false);
    expect(isLanguageCode('xx')).toBe(false);
  });

  it('orders CEFR levels from A1 to C2', () => {
    expect(CEFR_LEVELS.map(cefrRank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(compareCefr(CefrLevel.B1, CefrLevel.B2)).toBeLessThan(0);
    expect(meetsCefr(CefrLevel.C1, CefrLevel.B2)).toBe(true);
    expect(meetsCefr(CefrLevel.A2, CefrLevel.B1)).toBe(false);
  });

  it('accepts EQF levels 1 to 8 only', () => {
    expect([1, 8].every(isEqfLevel)).toBe(true);
    expect([0, 9, 2.5, '3'].some(isEqfLevel)).toBe(false);
  });

  it('offers class-validator decorators and stores EL as GR', () => {
    class Input {
      @IsCountryCode() citizenship!: string;
      @IsMemberState() @NormalizeCountryCode() destination!: string;
      @IsMemberState({ allowEuWide: true }) list!: string;
      @IsLanguageCode() language!: string;
      @IsEqfLevel() eqf!: number;
    }
    const good = plainToInstance(Input, { citizenship: 'MA', destination: 'EL', list: 'EU', language: 'de', eqf: 4 });
    expect(validateSync(good)).toEqual([]);
    expect(good.destination).toBe('GR');
    const bad = plainToInstance(Input, { citizenship: 'XX', destination: 'EU', list: 'US', language: 'DE', eqf: 9 });
    expect(validateSync(bad).map((e) => e.property)).toEqual(['citizenship', 'destination', 'list', 'language', 'eqf']);
  });
});
