import { getName as countryNameOf } from 'i18n-iso-countries';
import ISO6391 from 'iso-639-1';

// Names make eligibility details readable to candidates; a code without a name (such as
// EU's "EL" for Greece) is shown as the code rather than hidden.

export function countryName(code: string): string {
  return countryNameOf(code, 'en') ?? code;
}

export function languageName(code: string): string {
  return ISO6391.getName(code) || code;
}

export function countryList(codes: readonly string[]): string {
  return codes.map(countryName).join(', ');
}
