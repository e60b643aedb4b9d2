import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { ValidationError } from 'src/common/errors';
import { LanguageFile, languageFileOf } from 'src/taxonomy/import/esco-languages';

/** The files of an ESCO CSV download the importer reads, by role. */
export const ESCO_FILES = {
  iscoGroups: ['ISCOGroups_en.csv'],
  occupations: ['occupations_en.csv'],
  skills: ['skills_en.csv'],
  // v1.1 name, then the v1.2 name (which carries label columns too).
  relations: ['occupationSkillRelations.csv', 'occupationSkillRelations_en.csv'],
} as const;

export type EscoFileRole = keyof typeof ESCO_FILES;

/**
 * Files read when present, for matching: the skill hierarchy, skill-to-skill relations and
 * the transversal (generic) skills. A download without them still imports.
 */
export const OPTIONAL_ESCO_FILES = {
  // v1.1 names, then the v1.2 names (which carry label columns too).
  skillHierarchy: ['broaderRelationsSkillPillar.csv', 'broaderRelationsSkillPillar_en.csv'],
  skillRelations: ['skillSkillRelations.csv', 'skillSkillRelations_en.csv'],
  transversalSkills: ['transversalSkillsCollection_en.csv'],
} as const;

export type OptionalEscoFileRole = keyof typeof OPTIONAL_ESCO_FILES;

/**
 * Bumped when what the importer derives from the files (skill specificity, occupation
 * neighbours) changes, so the next import of an unchanged download recomputes it.
 */
export const DERIVED_DATA_VERSION = 'skill-profiles/1';

export interface EscoSource {
  /** Contents by role, with the file name they came from. */
  files: Record<EscoFileRole, { name: string; content: Uint8Array }>;
  /** `occupations_<lang>.csv` and `skills_<lang>.csv` of other languages, by name. */
  languageFiles: LanguageFile[];
  /** The optional files found, by role. */
  optionalFiles: Partial<Record<OptionalEscoFileRole, { name: string; content: Uint8Array }>>;
  /** SHA-256 over the files read, so the same download imports once. */
  checksum: string;
  /** The ESCO release named in the paths (such as v1.1.1), or `unknown`. */
  version: string;
  description: string;
}

const WANTED: ReadonlySet<string> = new Set([
  ...Object.values(ESCO_FILES).flat(),
  ...Object.values(OPTIONAL_ESCO_FILES).flat(),
]);

function wanted(name: string): boolean {
  return WANTED.has(name) || languageFileOf(name) !== null;
}

function collect(path: string, found: Map<string, Uint8Array>, origins: string[]): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw ValidationError.field('path', `${path} does not exist`);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (wanted(entry) || entry.toLowerCase().endsWith('.zip')) collect(join(path, entry), found, origins);
    }
    return;
  }
  const name = basename(path);
  if (name.toLowerCase().endsWith('.zip')) {
    origins.push(path);
    const entries = unzipSync(readFileSync(path), { filter: (file) => wanted(basename(file.name)) });
    for (const [entryName, content] of Object.entries(entries)) found.set(basename(entryName), content);
    return;
  }
  if (wanted(name)) {
    origins.push(path);
    found.set(name, readFileSync(path));
  }
}

/**
 * Reads an ESCO CSV download: folders, the official zips or single CSV files, in any
 * mix (the occupation and skill files come in one zip, the relations in another).
 */
export function readEscoSource(paths: string[]): EscoSource {
  const found = new Map<string, Uint8Array>();
  const origins: string[] = [];
  for (const path of paths) collect(path, found, origins);
  const files = {} as EscoSource['files'];
  const missing: string[] = [];
  for (const [role, names] of Object.entries(ESCO_FILES) as [EscoFileRole, readonly string[]][]) {
    const name = names.find((n) => found.has(n));
    if (name) files[role] = { name, content: found.get(name)! };
    else missing.push(names.join(' or '));
  }
  if (missing.length > 0) {
    throw ValidationError.field('path', `not an ESCO CSV download: missing ${missing.join(', ')}`);
  }
  const optionalFiles: EscoSource['optionalFiles'] = {};
  for (const [role, names] of Object.entries(OPTIONAL_ESCO_FILES) as [OptionalEscoFileRole, readonly string[]][]) {
    const name = names.find((n) => found.has(n));
    if (name) optionalFiles[role] = { name, content: found.get(name)! };
  }
  const hash = createHash('sha256');
  for (const file of [...Object.values(files), ...Object.values(optionalFiles)]) {
    hash.update(file.name).update('\0').update(file.content).update('\0');
  }
  hash.update(DERIVED_DATA_VERSION);
  const languageFiles = [...found.keys()].sort().flatMap((name) => {
    const file = languageFileOf(name);
    return file ? [{ ...file, name, content: found.get(name)! }] : [];
  });
  for (const file of languageFiles) hash.update(file.name).update('\0').update(file.content).update('\0');
  const version = /v(\d+\.\d+(?:\.\d+)?)/i.exec(origins.join(' '))?.[0]?.toLowerCase() ?? 'unknown';
  return {
    files,
    languageFiles,
    optionalFiles,
    checksum: hash.digest('hex'),
    version,
    description: paths.join(', '),
  };
}
