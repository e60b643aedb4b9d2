import { texts } from '../texts';

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A Member State or country by name; EU is the EU-wide list, GR is how the API stores Greece. */
export function countryName(code: string): string {
  if (code === 'EU') return texts.shortages.euWide;
  return regions.of(code) ?? code;
}

export function languageName(code: string): string {
  return languages.of(code) ?? code;
}

/** "Egypt, Morocco or Tunisia" */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function percent(value: number): number {
  return Math.round(value * 100);
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function when(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}
