import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConceptKind, languageFileOf, LanguageLabels } from 'src/taxonomy/import/esco-languages';
import { LabelChanges, LanguageCounts, LanguageLabelsRepository } from 'src/taxonomy/import/language-labels.repository';
import { SkippedRow } from 'src/taxonomy/import/taxonomy-data';

export interface LanguageImport {
  kind: ConceptKind;
  language: string;
  changes: LabelChanges;
}

/** Per language: concepts labelled after the import, rows skipped, and what this import changed. */
export type LanguageReport = Record<
  string,
  { occupations: number; skills: number; skipped: number; changes?: Partial<Record<ConceptKind, LabelChanges>> }
>;

/**
 * The per-language label step of a taxonomy import, run inside the import's transaction
 * after the English concepts are written: each language file present makes that
 * language's labels equal to the file; languages absent from the import keep theirs.
 */
@Injectable()
export class LanguageLabelsStep {
  constructor(private readonly repository: LanguageLabelsRepository) {}

  static total(imports: LanguageImport[]): number {
    return imports.reduce((sum, i) => sum + i.changes.inserted + i.changes.updated + i.changes.deleted, 0);
  }

  /** What `taxonomy_import.languages` keeps: the counts, without the per-import changes. */
  static recorded(report: LanguageReport): Record<string, { occupations: number; skills: number; skipped: number }> {
    return Object.fromEntries(
      Object.entries(report).map(([language, r]) => [
        language,
        { occupations: r.occupations, skills: r.skills, skipped: r.skipped },
      ]),
    );
  }

  counts(manager: EntityManager): Promise<LanguageCounts> {
    return this.repository.counts(manager);
  }

  /** True when the database already holds as many labelled concepts as every file brings. */
  sameCounts(counts: LanguageCounts, labels: LanguageLabels[]): boolean {
    return labels.every((l) => {
      const entry = counts[l.language];
      return (l.kind === 'occupation' ? entry?.occupations : entry?.skills) === l.rows.length;
    });
  }

  async write(
    manager: EntityManager,
    labels: LanguageLabels[],
    options: { batchSize: number; onProgress?: (done: number, total: number) => void },
  ): Promise<LanguageImport[]> {
    const all = labels.reduce((sum, l) => sum + l.rows.length, 0);
    let done = 0;
    options.onProgress?.(0, all);
    const imports: LanguageImport[] = [];
    for (const file of labels) {
      const changes: LabelChanges = { inserted: 0, updated: 0, deleted: 0 };
      for (let i = 0; i < file.rows.length; i += options.batchSize) {
        const rows = file.rows.slice(i, i + options.batchSize);
        const result = await this.repository.upsert(manager, { ...file, rows });
        changes.inserted += result.inserted;
        changes.updated += result.updated;
        done += rows.length;
        options.onProgress?.(done, all);
      }
      changes.deleted = await this.repository.deleteMissing(
        manager,
        file.kind,
        file.language,
        file.rows.map((r) => r.uri),
      );
      imports.push({ kind: file.kind, language: file.language, changes });
    }
    return imports;
  }

  report(counts: LanguageCounts, imports: LanguageImport[], skipped: SkippedRow[]): LanguageReport {
    const report: LanguageReport = {};
    const entry = (language: string) =>
      (report[language] ??= { ...(counts[language] ?? { occupations: 0, skills: 0 }), skipped: 0 });
    for (const language of Object.keys(counts)) entry(language);
    for (const row of skipped) {
      const file = languageFileOf(row.file);
      if (file) entry(file.language).skipped += 1;
    }
    for (const i of imports) (entry(i.language).changes ??= {})[i.kind] = i.changes;
    return Object.fromEntries(Object.entries(report).sort(([a], [b]) => a.localeCompare(b)));
  }
}
