import type { Settings } from 'meilisearch';
import { ALL_LABEL_FIELDS, LOCALIZED_ATTRIBUTES } from 'src/search/meilisearch/localized-labels';

/** A few abbreviations job seekers and employers write for whole words ESCO spells out. */
export const TAXONOMY_SYNONYMS: Record<string, string[]> = {
  ict: ['information and communication technology'],
  it: ['information technology', 'ict'],
  hgv: ['heavy goods vehicle', 'heavy truck'],
  lorry: ['truck'],
  truck: ['lorry'],
  dev: ['developer'],
  developer: ['programmer'],
  programmer: ['developer'],
  rn: ['registered nurse'],
  chef: ['cook'],
  cook: ['chef'],
};

const CODES_WITHOUT_TYPOS = ['escoCode', 'iscoCode'];

export const OCCUPATION_SETTINGS: Settings = {
  searchableAttributes: [...ALL_LABEL_FIELDS, 'escoCode', 'iscoCode'],
  localizedAttributes: LOCALIZED_ATTRIBUTES,
  filterableAttributes: ['iscoPrefixes'],
  sortableAttributes: ['label'],
  typoTolerance: { enabled: true, disableOnAttributes: CODES_WITHOUT_TYPOS },
  synonyms: TAXONOMY_SYNONYMS,
};

export const SKILL_SETTINGS: Settings = {
  searchableAttributes: ALL_LABEL_FIELDS,
  localizedAttributes: LOCALIZED_ATTRIBUTES,
  sortableAttributes: ['label'],
  typoTolerance: { enabled: true, disableOnAttributes: ['escoUri'] },
  synonyms: TAXONOMY_SYNONYMS,
};
