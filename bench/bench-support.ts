import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from 'src/search/postgres/postgres-search.engine';
import { parseEscoWithLanguages } from 'src/taxonomy/import/esco-languages';
import { readEscoSource } from 'src/taxonomy/import/esco-source';
import { ImportReport, TaxonomyImportService } from 'src/taxonomy/import/taxonomy-import.service';
import { TaxonomyImportRepository } from 'src/taxonomy/import/taxonomy-import.repository';
import { LanguageLabelsRepository } from 'src/taxonomy/import/language-labels.repository';
import { LanguageLabelsStep } from 'src/taxonomy/import/language-labels.step';
import { SkillRelationsImporter } from 'src/taxonomy/import/skill-relations.importer';
import { SkillRelationsImportRepository } from 'src/taxonomy/import/skill-relations-import.repository';

export const ESCO_DIR = join(process.cwd(), '../shared/data/esco-v1.1.1');
/** ESCO occupation labels in 26 languages and skill labels in four (see its README). */
export const I18N_DIR = join(process.cwd(), '../shared/data/esco-v1.1.1-i18n');

/** Imports the ESCO download (and any language folders in `extra`) through the real importer (Postgres search engine). */
export async function importEsco(
  dataSource: DataSource,
  path = ESCO_DIR,
  extra: string[] = [],
): Promise<{ report: ImportReport; readMs: number; importMs: number }> {
  const started = performance.now();
  const source = readEscoSource([path, ...extra]);
  const { data, skipped } = parseEscoWithLanguages(source);
  const readMs = performance.now() - started;
  const importer = new TaxonomyImportService(
    dataSource,
    new TaxonomyImportRepository(dataSource),
    new SkillRelationsImporter(new SkillRelationsImportRepository()),
    new PostgresSearchEngine(dataSource),
    new LanguageLabelsStep(new LanguageLabelsRepository()),
  );
  const importStarted = performance.now();
  const report = await importer.importData(data, {
    version: source.version,
    checksum: source.checksum,
    source: source.description,
    skipped,
  });
  return { report, readMs, importMs: performance.now() - importStarted };
}
