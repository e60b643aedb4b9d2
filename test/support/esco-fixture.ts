import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** The real ESCO v1.1.1 download, read from the shared data folder (never copied into the project). */
export const ESCO_DIR = join(process.cwd(), '../shared/data/esco-v1.1.1');
export const ESCO_ZIPS = [
  join(process.cwd(), '../shared/data/esco-v1.1.1-en.zip'),
  join(process.cwd(), '../shared/data/esco-v1.1.1-relations.zip'),
];

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pathways-${prefix}-`));
}

/** A copy of the download in a temp folder, for tests that corrupt it. */
export function copyOfEsco(): string {
  const dir = tempDir('esco');
  for (const file of [
    'ISCOGroups_en.csv',
    'occupations_en.csv',
    'skills_en.csv',
    'occupationSkillRelations.csv',
    'broaderRelationsSkillPillar.csv',
    'skillSkillRelations.csv',
    'transversalSkillsCollection_en.csv',
  ]) {
    cpSync(join(ESCO_DIR, file), join(dir, file));
  }
  return dir;
}

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse<Row>(readFileSync(join(ESCO_DIR, file)), { columns: true, bom: true, relax_column_count: true });
const quote = (value: string | undefined) => `"${(value ?? '').replace(/"/g, '""')}"`;
function write(dir: string, file: string, rows: Row[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => quote(row[c])).join(','))];
  writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
}

/**
 * A small, consistent subset of the real download, built at test time: the first
 * `occupations` occupations, every ISCO group, the skills their relations name, those
 * relations, plus the quirks (a relation to a missing occupation, a skill without a type).
 */
export function escoSubset(occupations: number): { dir: string; counts: Record<string, number> } {
  const dir = tempDir('esco-subset');
  const isco = read('ISCOGroups_en.csv');
  const occ = read('occupations_en.csv').slice(0, occupations);
  const occUris = new Set(occ.map((o) => o.conceptUri));
  const allRelations = read('occupationSkillRelations.csv');
  const relations = allRelations.filter((r) => occUris.has(r.occupationUri));
  const dangling = allRelations.filter((r) => !occUris.has(r.occupationUri)).slice(0, 3);
  const skills = read('skills_en.csv');
  const untyped = skills.filter((s) => s.skillType === '').slice(0, 1);
  const skillUris = new Set([...relations.map((r) => r.skillUri!), ...dangling.map((r) => r.skillUri!)]);
  const usedSkills = skills.filter((s) => skillUris.has(s.conceptUri!) || untyped.includes(s));
  write(dir, 'ISCOGroups_en.csv', isco);
  write(dir, 'occupations_en.csv', occ);
  write(dir, 'skills_en.csv', usedSkills);
  write(dir, 'occupationSkillRelations.csv', [...relations, ...dangling]);
  const kept = new Set(usedSkills.map((s) => s.conceptUri!));
  const hierarchy = read('broaderRelationsSkillPillar.csv').filter(
    (r) => kept.has(r.conceptUri!) && kept.has(r.broaderUri!),
  );
  const skillRelations = read('skillSkillRelations.csv').filter(
    (r) => kept.has(r.originalSkillUri!) && kept.has(r.relatedSkillUri!),
  );
  write(dir, 'broaderRelationsSkillPillar.csv', hierarchy);
  write(dir, 'skillSkillRelations.csv', skillRelations);
  // The collection whole: its skills missing from the subset are reported, not fatal.
  cpSync(join(ESCO_DIR, 'transversalSkillsCollection_en.csv'), join(dir, 'transversalSkillsCollection_en.csv'));
  return {
    dir,
    counts: {
      iscoGroups: isco.length,
      occupations: occ.length,
      skills: usedSkills.length,
      relations: relations.length,
      skillHierarchy: hierarchy.length,
      skillRelations: skillRelations.length,
      transversalSkills: read('transversalSkillsCollection_en.csv').filter((r) => kept.has(r.conceptUri!)).length,
    },
  };
}
