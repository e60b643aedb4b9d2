import type { LocalizedAttributes } from 'meilisearch';

/**
 * Labels in other languages in the Meilisearch taxonomy indexes: each language's labels sit
 * in their own attributes (`label_fr`, `altLabels_fr`, `hiddenLabels_fr`; English keeps
 * `label`, `altLabels`, `hiddenLabels`), and `localizedAttributes` tells Meilisearch which
 * language each holds, so it segments and normalises them with that language's rules.
 * A search in one language searches that language's attributes and English's.
 */
export const LABEL_LANGUAGES = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'is',
  'it', 'lt', 'lv', 'mt', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'uk',
] as const; // prettier-ignore

/** ISO 639-3 locales Meilisearch's tokenizer knows; the others are indexed without a locale. */
const LOCALES: Record<string, string> = {
  ar: 'ara', bg: 'bul', cs: 'ces', da: 'dan', de: 'deu', el: 'ell', en: 'eng', es: 'spa', et: 'est', fi: 'fin',
  fr: 'fra', hr: 'hrv', hu: 'hun', it: 'ita', lt: 'lit', lv: 'lav', nl: 'nld', no: 'nob', pl: 'pol', pt: 'por',
  ro: 'ron', sk: 'slk', sl: 'slv', sv: 'swe', uk: 'ukr',
}; // prettier-ignore

const ENGLISH_FIELDS = ['label', 'altLabels', 'hiddenLabels'];

export function labelFields(language: string): string[] {
  return language === 'en' ? ENGLISH_FIELDS : ENGLISH_FIELDS.map((f) => `${f}_${language}`);
}

/** Every label attribute, English first, for `searchableAttributes`. */
export const ALL_LABEL_FIELDS = [...ENGLISH_FIELDS, ...LABEL_LANGUAGES.flatMap(labelFields)];

export const LOCALIZED_ATTRIBUTES: LocalizedAttributes = [
  { attributePatterns: ENGLISH_FIELDS, locales: ['eng'] },
  ...LABEL_LANGUAGES.filter((l) => LOCALES[l]).map((l) => ({ attributePatterns: [`*_${l}`], locales: [LOCALES[l]!] })),
];

/** The search parameters of a search in one language (and English); nothing for every language. */
export function languageSearch(language: string | null | undefined): {
  attributesToSearchOn?: string[];
  locales?: string[];
} {
  if (!language) return {};
  const languages = language === 'en' ? ['en'] : [language, 'en'];
  const locales = languages.flatMap((l) => (LOCALES[l] ? [LOCALES[l]] : []));
  return { attributesToSearchOn: languages.flatMap(labelFields), ...(locales.length ? { locales } : {}) };
}

/** One concept's labels in another language, as the repository reads them. */
export interface LanguageLabelRow {
  language: string;
  label: string;
  altLabels: string[];
  hiddenLabels: string[];
}

/** The per-language attributes of a document. */
export function localizedFields(rows: LanguageLabelRow[]): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const row of rows) {
    const [label, alt, hidden] = labelFields(row.language);
    fields[label!] = row.label;
    fields[alt!] = row.altLabels;
    fields[hidden!] = row.hiddenLabels;
  }
  return fields;
}
