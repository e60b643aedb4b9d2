import type { LanguageLevel, LanguageRequirement } from 'src/reference/cefr';

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

/** A skill a free text speaks of, and the words of the text that named it. */
export interface SkillHit extends SearchHit {
  evidence: string | null;
}

/** An ISO 639-1 code, or null for every language. */
export type SearchLanguage = string | null;

/**
 * Taxonomy search; the database stays the source of truth, the engine returns ids in rank
 * order. A language searches that language's labels first (then English, ESCO's own);
 * null searches every language.
 */
export interface TaxonomySearch {
  /** Occupations matching `text` by label, alternative or hidden label, typos tolerated. */
  searchOccupations(
    text: string,
    options: PageOptions & { iscoCode?: string; language?: SearchLanguage },
  ): Promise<SearchPage>;
  searchSkills(text: string, options: PageOptions & { language?: SearchLanguage }): Promise<SearchPage>;
  /** Maps a free-text job title to the most likely occupations, best first. */
  suggestOccupations(title: string, limit: number, language?: SearchLanguage): Promise<SearchHit[]>;
  /** The skills a free text (a profile, a vacancy) speaks of, best first. */
  suggestSkills(text: string, limit: number, language?: SearchLanguage): Promise<SkillHit[]>;
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
  /** Occupation.num, Skill.num: the compact keys the integer-array indexes use. */
  occupationNum: number;
  iscoCode: string;
  memberState: string;
  programmeId: string | null;
  publishedAt: Date;
  essentialSkillNums: number[];
  optionalSkillNums: number[];
  languageRequirements: LanguageRequirement[];
  minEqfLevel: number | null;
  minExperienceYears: number | null;
}

export interface VacancySearchFilter {
  memberStates?: string[] | null;
  /** ISCO-08 codes or prefixes ("72" matches 7212). */
  iscoCodes?: string[] | null;
  occupationIds?: string[] | null;
  programmeId?: string | null;
}

/** Hard filters and overlap of one candidate, to find the vacancies worth scoring. */
export interface VacancyRetrieval {
  /** Empty means anywhere in the EU. */
  destinations: string[];
  languageCodes: number[];
  highestEqf: number | null;
  skillNums: number[];
  /** Skills broader, narrower or related (ESCO) to the candidate's: a vacancy requiring one gives partial credit. */
  relatedSkillNums: number[];
  iscoUnits: number[];
  /** The candidate's occupations and those whose skill profiles are alike (their neighbours). */
  occupationNums: number[];
  /** The candidate's most distinctive skills (required by the fewest occupations). */
  distinctiveSkillNums?: number[];
  limit: number;
  /** Count matches up to this many; null when the caller does not need the count. */
  countCap?: number | null;
}

export interface VacancyIndex {
  upsertVacancies(documents: VacancyDocument[]): Promise<void>;
  deleteVacancies(ids: string[]): Promise<void>;
  /** Ranked by relevance to `text`, or newest first when there is no text. */
  searchVacancies(text: string | null, filter: VacancySearchFilter, page: PageOptions): Promise<SearchPage>;
  /** Vacancies a candidate passes the hard filters of and shares a skill, a related skill or a close occupation with. */
  retrieveVacancies(query: VacancyRetrieval): Promise<{ documents: VacancyDocument[]; total: number }>;
  /** Replaces the whole index with `documents`; searches see the old index until the new one is complete. */
  replaceVacancies(documents: VacancyDocument[]): Promise<void>;
}

/** What the candidate index holds: visible candidates' coded fields only, never who they are. */
export interface CandidateDocument {
  id: string;
  citizenship: string;
  residenceCountry: string;
  destinations: string[];
  languages: LanguageLevel[];
  highestEqf: number | null;
  yearsOfExperience: number;
  skillNums: number[];
  desired: { num: number; iscoCode: string }[];
  experience: { num: number; iscoCode: string; years: number }[];
  credentials: { programmeId: string; trainingCompleted: boolean }[];
  availableFrom: string | null;
}

/** Hard filters and overlap of one vacancy, to find the candidates worth scoring. */
export interface CandidateRetrieval {
  memberState: string;
  /** Every code must be held (see language-codes). */
  requiredLanguageCodes: number[];
  minEqf: number | null;
  essentialSkillNums: number[];
  optionalSkillNums: number[];
  /** Skills broader, narrower or related (ESCO) to the vacancy's: their holders earn partial credit. */
  relatedSkillNums: number[];
  occupationNum: number;
  iscoUnit: number;
  /** Occupations whose skill profiles are alike the vacancy's (its neighbours). */
  nearOccupationNums: number[];
  /**
   * The vacancy's most distinctive essential skills (required by the fewest occupations):
   * whoever holds them is worth scoring even when they share little else.
   */
  distinctiveSkillNums: number[];
  /** The size of the bounded set handed to the scorer. */
  limit: number;
  /**
   * How an engine that ranks by overlap orders what it keeps, so it need not know how scores
   * are made: the most the skill part and the occupation part of the score can be for a
   * candidate, `skills` × √(min(1, sum of the gains of the skills held)) + `occupation` ×
   * the best credit of an occupation held (or `sameUnitGroup` for the vacancy's unit group).
   */
  poolOrder: {
    skills: number;
    /** What holding each skill (the vacancy's own or a related one) adds at most to skill coverage. */
    skillGains: ReadonlyMap<number, number>;
    occupation: number;
    /** Credit of the vacancy's own occupation and of its neighbours. */
    occupationCredits: ReadonlyMap<number, number>;
    sameUnitGroup: number;
  };
  /** Counting stops here: totalCount says "at least this many" beyond it. */
  countCap: number;
}

export interface CandidateIndex {
  upsertCandidates(documents: CandidateDocument[]): Promise<void>;
  deleteCandidates(ids: string[]): Promise<void>;
  /** Candidates passing the hard filters who share a skill, a related skill or a close occupation, best first. */
  retrieveCandidates(query: CandidateRetrieval): Promise<{ documents: CandidateDocument[]; total: number }>;
  replaceCandidates(documents: CandidateDocument[]): Promise<void>;
}

/**
 * The search engine port. Each concern is its own interface (taxonomy now; candidates and
 * vacancies later) so an adapter grows by implementing one more.
 */
export interface SearchEngine extends TaxonomySearch, VacancyIndex, CandidateIndex {
  readonly kind: 'postgres' | 'meilisearch';
  /** Creates the indexes and applies their declared settings, waiting until the engine has. */
  prepare(): Promise<void>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
