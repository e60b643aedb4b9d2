import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostgresCandidateIndex } from 'src/search/postgres/postgres-candidate.index';
import { PostgresVacancyIndex } from 'src/search/postgres/postgres-vacancy.index';
import { TaxonomyLabelsRepository } from 'src/search/taxonomy/taxonomy-labels.repository';
import { TaxonomyTextIndex } from 'src/search/taxonomy/taxonomy-text.index';
import {
  CandidateDocument,
  CandidateRetrieval,
  PageOptions,
  SearchEngine,
  SearchHit,
  SearchLanguage,
  SearchPage,
  SkillHit,
  VacancyDocument,
  VacancyRetrieval,
  VacancySearchFilter,
} from 'src/search/search-engine';

const WARM_UP_DELAY_MS = 2_000;

/**
 * The default engine: PostgreSQL itself for vacancies and candidates, and for the taxonomy
 * an in-memory model of every label in every language built from PostgreSQL
 * (src/search/labels, kept in step by TaxonomyTextIndex). Works the same on the embedded PGlite.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres' as const;

  private readonly vacancies: PostgresVacancyIndex;
  private readonly candidates: PostgresCandidateIndex;
  readonly taxonomy: TaxonomyTextIndex;

  constructor(private readonly dataSource: DataSource) {
    this.vacancies = new PostgresVacancyIndex(dataSource);
    this.candidates = new PostgresCandidateIndex(dataSource);
    this.taxonomy = new TaxonomyTextIndex(new TaxonomyLabelsRepository(dataSource));
  }

  retrieveVacancies(query: VacancyRetrieval): Promise<{ documents: VacancyDocument[]; total: number }> {
    return this.vacancies.retrieveVacancies(query);
  }

  upsertCandidates(documents: CandidateDocument[]): Promise<void> {
    return this.candidates.upsertCandidates(documents);
  }

  deleteCandidates(ids: string[]): Promise<void> {
    return this.candidates.deleteCandidates(ids);
  }

  replaceCandidates(documents: CandidateDocument[]): Promise<void> {
    return this.candidates.replaceCandidates(documents);
  }

  retrieveCandidates(query: CandidateRetrieval): Promise<{ documents: CandidateDocument[]; total: number }> {
    return this.candidates.retrieveCandidates(query);
  }

  upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    return this.vacancies.upsertVacancies(documents);
  }

  deleteVacancies(ids: string[]): Promise<void> {
    return this.vacancies.deleteVacancies(ids);
  }

  replaceVacancies(documents: VacancyDocument[]): Promise<void> {
    return this.vacancies.replaceVacancies(documents);
  }

  searchVacancies(text: string | null, filter: VacancySearchFilter, page: PageOptions): Promise<SearchPage> {
    return this.vacancies.searchVacancies(text, filter, page);
  }

  async searchOccupations(
    text: string,
    options: PageOptions & { iscoCode?: string; language?: SearchLanguage },
  ): Promise<SearchPage> {
    return (await this.taxonomy.current()).searchOccupations(text, options);
  }

  async searchSkills(text: string, options: PageOptions & { language?: SearchLanguage }): Promise<SearchPage> {
    return (await this.taxonomy.current()).searchSkills(text, options);
  }

  async suggestOccupations(title: string, limit: number, language: SearchLanguage = null): Promise<SearchHit[]> {
    return (await this.taxonomy.current()).suggestOccupations(title, limit, language);
  }

  async suggestSkills(text: string, limit: number, language: SearchLanguage = null): Promise<SkillHit[]> {
    return (await this.taxonomy.current()).suggestSkills(text, limit, language);
  }

  /**
   * The migrations create the tables. The taxonomy model is built on first use, or a moment
   * after boot in a server that lives that long (command-line tools exit first).
   */
  prepare(): Promise<void> {
    setTimeout(() => void this.taxonomy.current().catch(() => undefined), WARM_UP_DELAY_MS).unref();
    return Promise.resolve();
  }

  /** After an import: the next searches wait for the model of the new taxonomy. */
  async reindexTaxonomy(): Promise<void> {
    await this.taxonomy.rebuild();
  }
}
