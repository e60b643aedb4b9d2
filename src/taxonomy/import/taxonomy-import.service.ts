import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { SkippedRow, TaxonomyData } from 'src/taxonomy/import/taxonomy-data';
import { NO_CHANGES, TableChanges, TaxonomyImportRepository } from 'src/taxonomy/import/taxonomy-import.repository';
import { LanguageLabelsStep, LanguageReport } from 'src/taxonomy/import/language-labels.step';
import {
  noSkillRelationChanges,
  SKILL_RELATION_REFERENCES,
  SkillRelationChanges,
  SkillRelationCounts,
  SkillRelationsImporter,
} from 'src/taxonomy/import/skill-relations.importer';

export type ImportPhase =
  'ISCO groups' | 'occupations' | 'skills' | 'relations' | 'skill relations' | 'clean-up' | 'labels' | 'search index';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportOptions {
  version: string;
  checksum: string;
  source: string;
  skipped?: SkippedRow[];
  /** Compare row by row even when the checksum matches the last import. */
  force?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
}

export interface ImportReport {
  /** False when the database already held exactly this taxonomy. */
  changed: boolean;
  version: string;
  counts: { iscoGroups: number; occupations: number; skills: number; relations: number } & SkillRelationCounts;
  changes: Record<'iscoGroups' | 'occupations' | 'skills' | 'relations', TableChanges> & SkillRelationChanges;
  /** Per language: labelled concepts after the import, and the changes of the languages imported. */
  languages: LanguageReport;
  skipped: SkippedRow[];
  durationMs: number;
}

const DEFAULT_BATCH = 5000;

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function total(changes: ImportReport['changes']): number {
  return Object.values(changes).reduce((sum, c) => sum + c.inserted + c.updated + c.deleted, 0);
}

/**
 * Writes a whole taxonomy in ONE transaction, so a failure anywhere leaves the previous
 * taxonomy as it was. Upserts on URIs keep ids stable; concepts absent from the new set
 * are deleted unless something else references them.
 */
@Injectable()
export class TaxonomyImportService {
  private readonly logger = new Logger('TaxonomyImport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TaxonomyImportRepository,
    private readonly skillRelations: SkillRelationsImporter,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
    private readonly languageLabels: LanguageLabelsStep,
  ) {}

  latestImport() {
    return this.repository.latestImport();
  }

  counts(manager: EntityManager = this.dataSource.manager): Promise<ImportReport['counts']> {
    return Promise.all([this.repository.counts(manager), this.skillRelations.counts(manager)]).then(
      ([taxonomy, relations]) => ({ ...taxonomy, ...relations }),
    );
  }

  async importData(data: TaxonomyData, options: ImportOptions): Promise<ImportReport> {
    const started = performance.now();
    const skipped = options.skipped ?? [];
    const report = await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const latest = await this.repository.latestImport(manager);
      const counts = await this.counts(manager);
      const labelCounts = await this.languageLabels.counts(manager);
      if (
        !options.force &&
        latest?.sourceChecksum === options.checksum &&
        this.sameCounts(counts, data) &&
        this.languageLabels.sameCounts(labelCounts, data.languageLabels ?? [])
      ) {
        return {
          changed: false,
          version: latest.escoVersion,
          counts,
          changes: this.noChanges(),
          languages: this.languageLabels.report(labelCounts, [], skipped),
          skipped,
          durationMs: 0,
        };
      }
      const changes = await this.write(manager, data, options);
      const labelChanges = await this.languageLabels.write(manager, data.languageLabels ?? [], {
        batchSize: options.batchSize ?? DEFAULT_BATCH,
        onProgress: (done, all) => options.onProgress?.({ phase: 'labels', done, total: all }),
      });
      const after = await this.counts(manager);
      const languages = this.languageLabels.report(await this.languageLabels.counts(manager), labelChanges, skipped);
      const changed =
        total(changes) > 0 || LanguageLabelsStep.total(labelChanges) > 0 || latest?.sourceChecksum !== options.checksum;
      const durationMs = Math.round(performance.now() - started);
      if (changed) {
        await this.repository.record(manager, {
          escoVersion: options.version,
          sourceChecksum: options.checksum,
          source: options.source,
          ...after,
          changes: { ...changes, skipped: skipped.length },
          languages: LanguageLabelsStep.recorded(languages),
          durationMs,
        });
      }
      return { changed, version: options.version, counts: after, changes, languages, skipped, durationMs };
    });
    if (report.changed) {
      await this.repository.analyze();
      await this.skillRelations.analyze(this.dataSource.manager);
      options.onProgress?.({ phase: 'search index', done: 0, total: 1 });
      await this.search.reindexTaxonomy();
      options.onProgress?.({ phase: 'search index', done: 1, total: 1 });
    }
    report.durationMs = Math.round(performance.now() - started);
    this.logger.log(
      report.changed
        ? `Imported ESCO ${report.version} in ${report.durationMs} ms: ${JSON.stringify(report.counts)}`
        : `ESCO ${report.version} is already imported: nothing changed`,
    );
    return report;
  }

  private sameCounts(counts: ImportReport['counts'], data: TaxonomyData): boolean {
    return counts.occupations === data.occupations.length && counts.skills === data.skills.length;
  }

  private noChanges(): ImportReport['changes'] {
    return {
      iscoGroups: NO_CHANGES,
      occupations: NO_CHANGES,
      skills: NO_CHANGES,
      relations: NO_CHANGES,
      ...noSkillRelationChanges(),
    };
  }

  private async write(
    manager: EntityManager,
    data: TaxonomyData,
    options: ImportOptions,
  ): Promise<ImportReport['changes']> {
    const size = options.batchSize ?? DEFAULT_BATCH;
    const progress = options.onProgress ?? (() => undefined);
    const upsertAll = async <T>(
      phase: ImportPhase,
      rows: T[],
      upsert: (m: EntityManager, batch: T[]) => Promise<Pick<TableChanges, 'inserted' | 'updated'>>,
    ): Promise<TableChanges> => {
      const sum = { ...NO_CHANGES };
      progress({ phase, done: 0, total: rows.length });
      let done = 0;
      for (const batch of batches(rows, size)) {
        const r = await upsert(manager, batch);
        sum.inserted += r.inserted;
        sum.updated += r.updated;
        done += batch.length;
        progress({ phase, done, total: rows.length });
      }
      return sum;
    };

    const iscoGroups = await upsertAll('ISCO groups', data.iscoGroups, async (m, batch) => {
      const rows = await this.repository.upsertIscoGroups(m, batch);
      const inserted = rows.filter((r) => r.inserted).length;
      return { inserted, updated: rows.length - inserted };
    });
    const occupations = await upsertAll('occupations', data.occupations, (m, b) =>
      this.repository.upsertOccupations(m, b),
    );
    const specificity = await this.skillRelations.specificity(manager, data);
    const skills = await upsertAll('skills', data.skills, (m, b) => this.repository.upsertSkills(m, b, specificity));

    progress({ phase: 'relations', done: 0, total: data.relations.length });
    await this.repository.createRelationStage(manager);
    let staged = 0;
    for (const batch of batches(data.relations, size * 2)) {
      await this.repository.stageRelations(manager, batch);
      staged += batch.length;
      progress({ phase: 'relations', done: staged, total: data.relations.length });
    }
    const relations = { ...(await this.repository.mergeRelations(manager)), kept: 0 };

    progress({ phase: 'skill relations', done: 0, total: 1 });
    const skillRelations = await this.skillRelations.write(manager, data, specificity);
    progress({ phase: 'skill relations', done: 1, total: 1 });

    progress({ phase: 'clean-up', done: 0, total: 3 });
    const occupationUris = data.occupations.map((o) => o.uri);
    const skillUris = data.skills.map((s) => s.uri);
    // A concept's own labels and relations go with it; only other records keep it.
    const occupationsGone = await this.repository.deleteMissing(manager, 'occupation', 'esco_uri', occupationUris, [
      'occupation_skill',
      'occupation_label',
      ...SKILL_RELATION_REFERENCES.occupation,
    ]);
    progress({ phase: 'clean-up', done: 1, total: 3 });
    const skillsGone = await this.repository.deleteMissing(manager, 'skill', 'esco_uri', skillUris, [
      'occupation_skill',
      'skill_label',
      ...SKILL_RELATION_REFERENCES.skill,
    ]);
    progress({ phase: 'clean-up', done: 2, total: 3 });
    const groupsGone = await this.repository.deleteMissing(
      manager,
      'isco_group',
      'code',
      data.iscoGroups.map((g) => g.code),
      [],
    );
    progress({ phase: 'clean-up', done: 3, total: 3 });
    return {
      iscoGroups: { ...iscoGroups, ...groupsGone },
      occupations: { ...occupations, ...occupationsGone },
      skills: { ...skills, ...skillsGone },
      relations,
      ...skillRelations,
    };
  }
}
