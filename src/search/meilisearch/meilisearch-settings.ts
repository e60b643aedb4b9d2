import type { Settings } from 'meilisearch';

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
  searchableAttributes: ['label', 'altLabels', 'hiddenLabels', 'escoCode', 'iscoCode'],
  filterableAttributes: ['iscoPrefixes'],
  sortableAttributes: ['label'],
  typoTolerance: { enabled: true, disableOnAttributes: CODES_WITHOUT_TYPOS },
  synonyms: TAXONOMY_SYNONYMS,
};

export const SKILL_SETTINGS: Settings = {
  searchableAttributes: ['label', 'altLabels', 'hiddenLabels'],
  sortableAttributes: ['label'],
  typoTolerance: { enabled: true, disableOnAttributes: ['escoUri'] },
  synonyms: TAXONOMY_SYNONYMS,
};
