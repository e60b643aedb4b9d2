import { getName as countryNameOf } from 'i18n-iso-countries';
import ISO6391 from 'iso-639-1';

// Names make eligibility details readable to candidates; a code without a name (such as
// EU's "EL" for Greece) is shown as the code rather than hidden. Lookups are memoised
// because a programme is evaluated for many candidates with the same few codes.
const countries = new Map<string, string>();
const languages = new Map<string, string>();

export function countryName(code: string): string {
  let name = countries.get(code);
  if (name === undefined) {
    name = countryNameOf(code, 'en') ?? code;
    countries.set(code, name);
  }
  return name;
}

export function languageName(code: string): string {
  let name = languages.get(code);
  if (name === undefined) {
    name = ISO6391.getName(code) || code;
    languages.set(code, name);
  }
  return name;
}

export function countryList(codes: readonly string[]): string {
  return codes.map(countryName).join(', ');
}
