import { HealthIndicator } from 'src/health/health-indicator';
import { MeilisearchEngine } from 'src/search/meilisearch/meilisearch.engine';

export class MeilisearchHealthIndicator implements HealthIndicator {
  readonly name = 'search';

  constructor(private readonly engine: MeilisearchEngine) {}

  check(): Promise<void> {
    return this.engine.health();
  }
}
