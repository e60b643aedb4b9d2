/** One ranked result of a search: the concept id and the engine's relevance score. */
export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchPage {
  hits: SearchHit[];
  /** How many concepts match in all (an estimate for some engines). */
  total: number;
}

export interface PageOptions {
  limit: number;
  offset: number;
}

/** Taxonomy search; the database stays the source of truth, the engine returns ids in rank order. */
export interface TaxonomySearch {
  /** Occupations matching `text` by label, alternative or hidden label, typos tolerated. */
  searchOccupations(text: string, options: PageOptions & { iscoCode?: string }): Promise<SearchPage>;
  searchSkills(text: string, options: PageOptions): Promise<SearchPage>;
  /** Maps a free-text job title to the most likely occupations, best first. */
  suggestOccupations(title: string, limit: number): Promise<SearchHit[]>;
  /** Rebuilds the engine's taxonomy indexes from the database (after an import or seed). */
  reindexTaxonomy(): Promise<void>;
}

/** What the vacancy index holds: only PUBLISHED vacancies of VERIFIED employers. */
export interface VacancyDocument {
  id: string;
  employerId: string;
  title: string;
  description: string;
  occupationId: string;
  iscoCode: string;
  memberState: string;
  programmeId: string | null;
  publishedAt: Date;
  essentialSkillIds: string[];
  optionalSkillIds: string[];
}

export interface VacancySearchFilter {
  memberStates?: string[] | null;
  /** ISCO-08 codes or prefixes ("72" matches 7212). */
  iscoCodes?: string[] | null;
  occupationIds?: string[] | null;
  programmeId?: string | null;
}

export interface VacancyIndex {
  upsertVacancies(documents: VacancyDocument[]): Promise<void>;
  deleteVacancies(ids: string[]): Promise<void>;
  /** Ranked by relevance to `text`, or newest first when there is no text. */
  searchVacancies(text: string | null, filter: VacancySearchFilter, page: PageOptions): Promise<SearchPage>;
  /** Replaces the whole index with `documents`; searches see the old index until the new one is complete. */
  replaceVacancies(documents: VacancyDocument[]): Promise<void>;
}

/**
 * The search engine port. Each concern is its own interface (taxonomy now; candidates and
 * vacancies later) so an adapter grows by implementing one more.
 */
export interface SearchEngine extends TaxonomySearch, VacancyIndex {
  readonly kind: 'postgres' | 'meilisearch';
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
