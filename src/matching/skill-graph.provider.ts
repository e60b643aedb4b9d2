import { Injectable, Logger } from '@nestjs/common';
import { SkillGraph } from 'src/matching/skill-graph';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';

/** How long a graph is used before asking whether an import replaced the taxonomy. */
const RECHECK_MS = 5_000;

/**
 * The skill graph matching scores with, read from the taxonomy tables once per import and
 * kept in memory (about 14,000 specificities, 25,000 skill links and 80,000 occupation
 * pairs for the full ESCO set: a few megabytes). Every few seconds the latest import's id is
 * compared, so each API instance picks up a new import within that time.
 */
@Injectable()
export class SkillGraphProvider {
  private readonly logger = new Logger('SkillGraph');
  private cached: { graph: SkillGraph; importId: string | null; checkedAt: number } | null = null;
  private loading: Promise<SkillGraph> | null = null;

  constructor(private readonly taxonomy: TaxonomyRepository) {}

  async graph(): Promise<SkillGraph> {
    const cached = this.cached;
    if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached.graph;
    // Concurrent requests share one check (and one load).
    this.loading ??= this.refresh().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async refresh(): Promise<SkillGraph> {
    const importId = await this.taxonomy.latestImportId();
    const cached = this.cached;
    if (cached && cached.importId === importId) {
      cached.checkedAt = Date.now();
      return cached.graph;
    }
    const started = performance.now();
    const graph = new SkillGraph(await this.taxonomy.skillGraph());
    this.cached = { graph, importId, checkedAt: Date.now() };
    this.logger.log(`Loaded ${JSON.stringify(graph.size())} in ${Math.round(performance.now() - started)} ms`);
    return graph;
  }
}
