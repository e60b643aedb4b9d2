import { Logger } from '@nestjs/common';
import { setImmediate } from 'node:timers/promises';
import { TaxonomyTextModel } from 'src/search/labels/taxonomy-model';
import { TaxonomyLabelsRepository } from 'src/search/taxonomy/taxonomy-labels.repository';

/** How long a server trusts its model before asking the database whether an import changed it. */
const RECHECK_MS = 5_000;

/**
 * Holds this process's TaxonomyTextModel and keeps it in step with the database: built on
 * first use (or at boot), rebuilt at once after an import in this process, and within
 * RECHECK_MS after an import by another process (a cheap version query), in the
 * background: until the new model is complete, searches use the previous one. Building
 * yields to the event loop between slices, so requests keep being served meanwhile.
 */
export class TaxonomyTextIndex {
  private readonly logger = new Logger('TaxonomyText');
  private model: TaxonomyTextModel | null = null;
  private version: string | null = null;
  private checkedAt = 0;
  private building: Promise<TaxonomyTextModel> | null = null;

  constructor(private readonly repository: TaxonomyLabelsRepository) {}

  async current(): Promise<TaxonomyTextModel> {
    if (this.model && Date.now() - this.checkedAt < RECHECK_MS) return this.model;
    if (!this.model) return this.building ?? this.rebuild();
    this.checkedAt = Date.now();
    const version = await this.repository.version();
    if (version !== this.version && !this.building) {
      this.rebuild().catch((error: unknown) => this.logger.error(`Rebuild failed: ${String(error)}`));
    }
    return this.model;
  }

  /**
   * Builds a new model from the database and swaps it in. One build at a time: a call during
   * a build starts another after it, since the running one may have read the data before
   * the change that prompted the call.
   */
  rebuild(): Promise<TaxonomyTextModel> {
    const next = (this.building ?? Promise.resolve()).catch(() => undefined).then(() => this.build());
    this.building = next;
    void next
      .finally(() => {
        if (this.building === next) this.building = null;
      })
      .catch(() => undefined);
    return next;
  }

  private async build(): Promise<TaxonomyTextModel> {
    const started = performance.now();
    const version = await this.repository.version();
    const occupations = await this.repository.occupations();
    const skills = await this.repository.skills();
    const model = await TaxonomyTextModel.build(occupations, skills, () => setImmediate());
    this.model = model;
    this.version = version;
    this.checkedAt = Date.now();
    const { labels, terms, bytes } = model.size;
    this.logger.log(
      `Built the title and skill model in ${Math.round(performance.now() - started)} ms: ` +
        `${labels} labels, ${terms} terms, about ${Math.round(bytes / 1e6)} MB`,
    );
    return model;
  }
}
