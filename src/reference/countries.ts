import countries from 'i18n-iso-countries';

/** The EU-27 Member States, ISO 3166-1 alpha-2 (Greece as GR; EU texts write EL). */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const; // prettier-ignore

export type MemberState = (typeof EU_MEMBER_STATES)[number];

/** The pseudo Member State under which the EU-wide shortage list is kept. */
export const EU_WIDE = 'EU';

const MEMBER_STATES: ReadonlySet<string> = new Set(EU_MEMBER_STATES);

/** Upper-cases and maps the EU's `EL` to ISO's `GR`; anything else is returned as given. */
export function normalizeCountryCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'EL' ? 'GR' : upper;
}

/** An ISO 3166-1 alpha-2 code, upper case as the API requires (`EL` counts as Greece). */
export function isCountryCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return false;
  return countries.isValid(normalizeCountryCode(code));
}

export function isMemberState(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && MEMBER_STATES.has(normalizeCountryCode(code));
}

export function countryName(code: string): string | undefined {
  return countries.getName(normalizeCountryCode(code), 'en');
}
