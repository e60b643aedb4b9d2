import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { HealthIndicator } from 'src/health/health-indicator';
import { Metrics } from 'src/observability/metrics';
import { TRACING } from 'src/observability/observability.tokens';
import { instrumentSearchEngine } from 'src/observability/search-telemetry';
import type { Tracing } from 'src/observability/tracing';
import { MeilisearchEngine } from 'src/search/meilisearch/meilisearch.engine';
import { MeilisearchHealthIndicator } from 'src/search/meilisearch/meilisearch.health';
import { TaxonomyDocumentsRepository } from 'src/search/meilisearch/taxonomy-documents.repository';
import { PostgresSearchEngine } from 'src/search/postgres/postgres-search.engine';
import { OutboxRepository } from 'src/search/outbox/outbox.repository';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { SearchOutbox } from 'src/search/outbox/search-outbox';
import { SearchReindexer } from 'src/search/reindex/search-reindexer';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';

export const SEARCH_HEALTH_INDICATORS = Symbol('SEARCH_HEALTH_INDICATORS');

/** Applies the engine's declared index settings at boot; a failure is logged and /health shows it. */
@Injectable()
export class SearchBootstrap implements OnApplicationBootstrap {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.engine.prepare();
    } catch (error) {
      new Logger('Search').error(
        `Could not prepare the ${this.engine.kind} indexes: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

/** Picks the search engine named by SEARCH_ENGINE; PostgreSQL unless told otherwise. */
@Global()
@Module({
  providers: [
    TaxonomyDocumentsRepository,
    OutboxRepository,
    SearchOutbox,
    OutboxWorker,
    SearchReindexer,
    SearchBootstrap,
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG, DataSource, TaxonomyDocumentsRepository, Metrics, TRACING],
      useFactory: (
        config: AppConfig,
        dataSource: DataSource,
        documents: TaxonomyDocumentsRepository,
        metrics: Metrics,
        tracing: Tracing | null,
      ): SearchEngine => {
        const { engine, meiliUrl, meiliMasterKey, indexPrefix } = config.search;
        if (engine === 'meilisearch' && meiliUrl) {
          new Logger('Search').log(`Search engine: Meilisearch at ${meiliUrl}`);
          const meilisearch = new MeilisearchEngine({ url: meiliUrl, apiKey: meiliMasterKey, indexPrefix }, documents);
          return instrumentSearchEngine(meilisearch, metrics, tracing);
        }
        return instrumentSearchEngine(new PostgresSearchEngine(dataSource), metrics, tracing);
      },
    },
    {
      provide: SEARCH_HEALTH_INDICATORS,
      inject: [SEARCH_ENGINE],
      useFactory: (engine: SearchEngine): HealthIndicator[] =>
        engine instanceof MeilisearchEngine ? [new MeilisearchHealthIndicator(engine)] : [],
    },
  ],
  exports: [SEARCH_ENGINE, SEARCH_HEALTH_INDICATORS, SearchOutbox, OutboxWorker, OutboxRepository, SearchReindexer],
})
export class SearchModule {}
