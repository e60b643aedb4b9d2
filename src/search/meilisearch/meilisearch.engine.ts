import { Logger } from '@nestjs/common';
import { Meilisearch, type Settings, type Task } from 'meilisearch';
import { textChunks, titleWords } from 'src/search/labels/label-text';
import { languageSearch } from 'src/search/meilisearch/localized-labels';
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
import { VACANCY_SETTINGS } from 'src/search/meilisearch/vacancy-settings';
import {
  CANDIDATE_SETTINGS,
  candidateDocument,
  fromCandidateDocument,
  fromVacancyDocument,
  vacancyDocument,
} from 'src/search/meilisearch/candidate-settings';
import { OCCUPATION_SETTINGS, SKILL_SETTINGS } from 'src/search/meilisearch/meilisearch-settings';
import { TaxonomyDocumentsRepository } from 'src/search/meilisearch/taxonomy-documents.repository';

export interface MeilisearchOptions {
  url: string;
  apiKey?: string;
  indexPrefix: string;
  /** Documents per addDocuments request. */
  batchSize?: number;
}

const WAIT = { timeout: 120_000, interval: 50 };

type IndexKind = 'occupations' | 'skills' | 'vacancies' | 'candidates';

function quote(value: string): string {
  return JSON.stringify(value);
}

/**
 * The Meilisearch adapter (official client). Rebuilds an index into a fresh one and swaps
 * it in, so searches never see a half-built index.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  private readonly logger = new Logger('Meilisearch');
  readonly client: Meilisearch;
  private readonly ready = new Set<string>();

  constructor(
    private readonly options: MeilisearchOptions,
    private readonly documents: TaxonomyDocumentsRepository,
  ) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, defaultWaitOptions: WAIT });
  }

  indexName(kind: IndexKind): string {
    return `${this.options.indexPrefix}_${kind}`;
  }

  async searchOccupations(
    text: string,
    options: PageOptions & { iscoCode?: string; language?: SearchLanguage },
  ): Promise<SearchPage> {
    const filter = options.iscoCode ? [`iscoPrefixes = ${JSON.stringify(options.iscoCode)}`] : undefined;
    return this.search('occupations', text, options, filter, undefined, options.language);
  }

  searchSkills(text: string, options: PageOptions & { language?: SearchLanguage }): Promise<SearchPage> {
    return this.search('skills', text, options, undefined, undefined, options.language);
  }

  async suggestOccupations(title: string, limit: number, language: SearchLanguage = null): Promise<SearchHit[]> {
    const words = titleWords(title)
      .map((w) => w.raw)
      .join(' ');
    const page = await this.search('occupations', words, { limit, offset: 0 }, undefined, undefined, language);
    return page.hits;
  }

  /**
   * Meilisearch reads ten words of a query, so the text goes as one federated multi-search
   * of short windows; each skill found quotes the window that found it.
   */
  async suggestSkills(text: string, limit: number, language: SearchLanguage = null): Promise<SkillHit[]> {
    const chunks = textChunks(text);
    if (chunks.length === 0) return [];
    const result = await this.client.multiSearch({
      federation: { limit, offset: 0 },
      queries: chunks.map((chunk) => ({
        indexUid: this.indexName('skills'),
        q: chunk.text,
        matchingStrategy: 'frequency' as const,
        attributesToRetrieve: ['id'],
        showRankingScore: true,
        ...languageSearch(language),
      })),
    });
    return result.hits.map((hit) => ({
      id: String(hit.id),
      score: hit._federation?.weightedRankingScore ?? hit._rankingScore ?? 0,
      evidence: chunks[hit._federation?.queriesPosition ?? -1]?.text ?? null,
    }));
  }

  async prepare(): Promise<void> {
    await this.ensureIndex('occupations', OCCUPATION_SETTINGS);
    await this.ensureIndex('skills', SKILL_SETTINGS);
    await this.ensureIndex('vacancies', VACANCY_SETTINGS);
    await this.ensureIndex('candidates', CANDIDATE_SETTINGS);
  }

  async upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const index = await this.ensureIndex('vacancies', VACANCY_SETTINGS);
    await this.expect(index.addDocuments(documents.map(vacancyDocument), { primaryKey: 'id' }).waitTask(), index.uid);
  }

  async deleteVacancies(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const index = await this.ensureIndex('vacancies', VACANCY_SETTINGS);
    await this.expect(index.deleteDocuments(ids).waitTask(), index.uid);
  }

  async replaceVacancies(documents: VacancyDocument[]): Promise<void> {
    await this.rebuild('vacancies', VACANCY_SETTINGS, documents.map(vacancyDocument));
  }

  async searchVacancies(text: string | null, filter: VacancySearchFilter, page: PageOptions): Promise<SearchPage> {
    const any = (field: string, values: string[] | null | undefined) =>
      values?.length ? [values.map((v) => `${field} = ${quote(v)}`)] : [];
    const filters: (string | string[])[] = [
      ...any('memberState', filter.memberStates),
      ...any('iscoPrefixes', filter.iscoCodes),
      ...any('occupationId', filter.occupationIds),
      ...(filter.programmeId ? [`programmeId = ${quote(filter.programmeId)}`] : []),
    ];
    await this.ensureIndex('vacancies', VACANCY_SETTINGS);
    return this.search('vacancies', text ?? '', page, filters, text ? undefined : ['publishedAt:desc']);
  }

  async retrieveVacancies(q: VacancyRetrieval): Promise<{ documents: VacancyDocument[]; total: number }> {
    const skills = [...new Set([...q.skillNums, ...q.relatedSkillNums])];
    const overlap = [
      ...(skills.length
        ? [`essentialSkillNums IN [${skills.join(',')}]`, `optionalSkillNums IN [${skills.join(',')}]`]
        : []),
      ...(q.iscoUnits.length ? [`iscoUnit IN [${q.iscoUnits.join(',')}]`] : []),
      ...(q.occupationNums.length ? [`occupationNum IN [${q.occupationNums.join(',')}]`] : []),
    ];
    if (overlap.length === 0) return { documents: [], total: 0 };
    const filter: (string | string[])[] = [
      overlap,
      [`minEqfLevel IS NULL`, `minEqfLevel <= ${q.highestEqf ?? 0}`],
      ...(q.destinations.length ? [q.destinations.map((d) => `memberState = ${quote(d)}`)] : []),
    ];
    return this.retrieve('vacancies', VACANCY_SETTINGS, filter, q.limit, fromVacancyDocument);
  }

  async upsertCandidates(documents: CandidateDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const index = await this.ensureIndex('candidates', CANDIDATE_SETTINGS);
    await this.expect(index.addDocuments(documents.map(candidateDocument), { primaryKey: 'id' }).waitTask(), index.uid);
  }

  async deleteCandidates(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const index = await this.ensureIndex('candidates', CANDIDATE_SETTINGS);
    await this.expect(index.deleteDocuments(ids).waitTask(), index.uid);
  }

  async replaceCandidates(documents: CandidateDocument[]): Promise<void> {
    await this.rebuild('candidates', CANDIDATE_SETTINGS, documents.map(candidateDocument));
  }

  async retrieveCandidates(q: CandidateRetrieval): Promise<{ documents: CandidateDocument[]; total: number }> {
    const skills = [...new Set([...q.essentialSkillNums, ...q.optionalSkillNums, ...q.relatedSkillNums])];
    const occupations = [q.occupationNum, ...q.nearOccupationNums];
    const filter: (string | string[])[] = [
      [`anyDestination = true`, `destinations = ${quote(q.memberState)}`],
      ...q.requiredLanguageCodes.map((code) => `languageCodes = ${code}`),
      ...(q.minEqf !== null ? [`highestEqf >= ${q.minEqf}`] : []),
      [
        ...(skills.length ? [`skillNums IN [${skills.join(',')}]`] : []),
        `iscoUnits = ${q.iscoUnit}`,
        `occupationNums IN [${occupations.join(',')}]`,
      ],
    ];
    return this.retrieve('candidates', CANDIDATE_SETTINGS, filter, q.limit, fromCandidateDocument);
  }

  /** A filter-only query (no words): the bounded set the scorer then ranks. */
  private async retrieve<T>(
    kind: IndexKind,
    settings: Settings,
    filter: (string | string[])[],
    limit: number,
    map: (hit: Record<string, unknown>) => T,
  ): Promise<{ documents: T[]; total: number }> {
    const index = await this.ensureIndex(kind, settings);
    const result = await index.search<Record<string, unknown>>('', { filter, limit });
    return { documents: result.hits.map(map), total: result.estimatedTotalHits ?? result.hits.length };
  }

  async health(): Promise<void> {
    await this.client.health();
  }

  async reindexTaxonomy(): Promise<void> {
    await this.rebuild('occupations', OCCUPATION_SETTINGS, await this.documents.occupations());
    await this.rebuild('skills', SKILL_SETTINGS, await this.documents.skills());
  }

  private async search(
    kind: IndexKind,
    text: string,
    { limit, offset }: PageOptions,
    filter?: (string | string[])[],
    sort?: string[],
    language?: SearchLanguage,
  ): Promise<SearchPage> {
    const result = await this.client.index(this.indexName(kind)).search(text, {
      limit,
      offset,
      filter,
      sort,
      attributesToRetrieve: ['id'],
      showRankingScore: true,
      ...languageSearch(language),
    });
    return {
      hits: result.hits.map((hit) => ({ id: String(hit.id), score: hit._rankingScore ?? 0 })),
      total: result.estimatedTotalHits ?? result.hits.length,
    };
  }

  /** Creates the live index with its settings the first time a document is written to it. */
  private async ensureIndex(kind: IndexKind, settings: Settings) {
    const uid = this.indexName(kind);
    if (!this.ready.has(uid)) {
      await this.expect(this.client.createIndex(uid, { primaryKey: 'id' }).waitTask(), uid, 'index_already_exists');
      await this.expect(this.client.index(uid).updateSettings(settings).waitTask(), uid);
      this.ready.add(uid);
    }
    return this.client.index(uid);
  }

  private async rebuild(kind: IndexKind, settings: Settings, docs: object[]): Promise<void> {
    const live = this.indexName(kind);
    const next = `${live}_next`;
    await this.client.deleteIndexIfExists(next);
    await this.expect(this.client.createIndex(next, { primaryKey: 'id' }).waitTask(), next);
    const index = this.client.index(next);
    await this.expect(index.updateSettings(settings).waitTask(), next);
    const size = this.options.batchSize ?? 5000;
    for (const task of index.addDocumentsInBatches(docs, size, { primaryKey: 'id' })) {
      await this.expect(task.waitTask(), next);
    }
    // Swapping needs both indexes; a first run creates the live one empty.
    await this.expect(this.client.createIndex(live, { primaryKey: 'id' }).waitTask(), live, 'index_already_exists');
    await this.expect(this.client.swapIndexes([{ indexes: [live, next], rename: false }]).waitTask(), live);
    await this.expect(this.client.deleteIndex(next).waitTask(), next);
    this.logger.log(`Indexed ${docs.length} ${kind} into ${live}`);
  }

  private async expect(task: Promise<Task>, index: string, tolerated?: string): Promise<void> {
    const done = await task;
    if (done.status === 'succeeded' || (tolerated && done.error?.code === tolerated)) return;
    throw new Error(`Meilisearch task ${done.uid} on ${index} ${done.status}: ${done.error?.message ?? 'no detail'}`);
  }
}
