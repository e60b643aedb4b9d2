import { parse } from 'csv-parse/sync';
import { ValidationError } from 'src/common/errors';
import { EscoSource } from 'src/taxonomy/import/esco-source';
// A cycle of function exports only (that file reads CSV with readCsv): nothing runs at load time.
import { parseSkillRelations } from 'src/taxonomy/import/esco-skill-relations';
import {
  IscoGroupRow,
  OccupationRow,
  RelationRow,
  SkillRow,
  SkippedRow,
  TaxonomyData,
} from 'src/taxonomy/import/taxonomy-data';

type CsvRecord = Record<string, string | undefined>;

export function readCsv(name: string, content: Uint8Array | string, required: string[]): CsvRecord[] {
  const records = parse<CsvRecord>(typeof content === 'string' ? content : Buffer.from(content), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  const header = records[0] ? Object.keys(records[0]) : [];
  const absent = required.filter((column) => !header.includes(column));
  if (records.length > 0 && absent.length > 0) {
    throw ValidationError.field('path', `${name} lacks the column(s) ${absent.join(', ')}`);
  }
  return records;
}

/** ESCO packs several labels into one quoted cell, one per line. */
export function splitLabels(cell: string | undefined, exclude?: string): string[] {
  if (!cell) return [];
  const seen = new Set<string>();
  for (const raw of cell.split(/\r?\n/)) {
    const label = raw.trim().replace(/\s+/g, ' ');
    if (label !== '' && label !== exclude) seen.add(label);
  }
  return [...seen];
}

function text(cell: string | undefined): string | null {
  const value = cell?.trim();
  return value ? value : null;
}

/**
 * Turns the four ESCO files, and the optional skill relation files when present, into rows
 * to write, reporting rows it cannot use instead of failing.
 */
export function parseEsco(source: Pick<EscoSource, 'files'> & Partial<Pick<EscoSource, 'optionalFiles'>>): {
  data: TaxonomyData;
  skipped: SkippedRow[];
} {
  const skipped: SkippedRow[] = [];
  // Line numbers are 1-based and count the header; multi-line cells make them approximate.
  const skip = (file: string, index: number, reason: string, kept = false) =>
    skipped.push({ file, line: index + 2, reason, kept });
  const { iscoGroups: iscoFile, occupations: occFile, skills: skillFile, relations: relFile } = source.files;

  const iscoGroups: IscoGroupRow[] = [];
  readCsv(iscoFile.name, iscoFile.content, ['conceptUri', 'code', 'preferredLabel']).forEach((r, i) => {
    const code = r.code?.trim() ?? '';
    if (!/^\d{1,4}$/.test(code) || !r.conceptUri || !r.preferredLabel) {
      return skip(iscoFile.name, i, `ISCO group without a usable code, URI or label (${code})`);
    }
    iscoGroups.push({ code, uri: r.conceptUri.trim(), label: r.preferredLabel.trim() });
  });
  const iscoCodes = new Set(iscoGroups.map((g) => g.code));

  const occupations: OccupationRow[] = [];
  readCsv(occFile.name, occFile.content, ['conceptUri', 'iscoGroup', 'preferredLabel']).forEach((r, i) => {
    const iscoCode = r.iscoGroup?.trim() ?? '';
    const preferredLabel = r.preferredLabel?.trim();
    if (!r.conceptUri || !preferredLabel) return skip(occFile.name, i, 'occupation without a URI or label');
    if (!iscoCodes.has(iscoCode)) {
      return skip(occFile.name, i, `occupation ${r.conceptUri} names an unknown ISCO group "${iscoCode}"`);
    }
    occupations.push({
      uri: r.conceptUri.trim(),
      iscoCode,
      escoCode: text(r.code),
      preferredLabel,
      altLabels: splitLabels(r.altLabels, preferredLabel),
      hiddenLabels: splitLabels(r.hiddenLabels, preferredLabel),
      description: text(r.description),
    });
  });

  const skills: SkillRow[] = [];
  readCsv(skillFile.name, skillFile.content, ['conceptUri', 'skillType', 'preferredLabel']).forEach((r, i) => {
    const preferredLabel = r.preferredLabel?.trim();
    if (!r.conceptUri || !preferredLabel) return skip(skillFile.name, i, 'skill without a URI or label');
    const skillType = text(r.skillType);
    // Kept: occupations still name these skills; the type is only descriptive.
    if (!skillType) skip(skillFile.name, i, `skill ${r.conceptUri} has no skillType (kept without one)`, true);
    skills.push({
      uri: r.conceptUri.trim(),
      skillType,
      reuseLevel: text(r.reuseLevel),
      preferredLabel,
      altLabels: splitLabels(r.altLabels, preferredLabel),
      hiddenLabels: splitLabels(r.hiddenLabels, preferredLabel),
      description: text(r.description),
    });
  });

  const occupationUris = new Set(occupations.map((o) => o.uri));
  const skillUris = new Set(skills.map((s) => s.uri));
  const pairs = new Set<string>();
  const relations: RelationRow[] = [];
  readCsv(relFile.name, relFile.content, ['occupationUri', 'relationType', 'skillUri']).forEach((r, i) => {
    const occupationUri = r.occupationUri?.trim() ?? '';
    const skillUri = r.skillUri?.trim() ?? '';
    const relationType = r.relationType?.trim();
    if (!occupationUris.has(occupationUri)) return skip(relFile.name, i, `unknown occupation ${occupationUri}`);
    if (!skillUris.has(skillUri)) return skip(relFile.name, i, `unknown skill ${skillUri}`);
    if (relationType !== 'essential' && relationType !== 'optional') {
      return skip(relFile.name, i, `relation type "${relationType}" is neither essential nor optional`);
    }
    const pair = `${occupationUri} ${skillUri}`;
    if (pairs.has(pair)) return skip(relFile.name, i, 'duplicate occupation-skill pair');
    pairs.add(pair);
    relations.push({ occupationUri, skillUri, relationType });
  });

  const extra = parseSkillRelations({ optionalFiles: source.optionalFiles ?? {} }, skillUris);
  return {
    data: { iscoGroups, occupations, skills, relations, ...extra.data },
    skipped: [...skipped, ...extra.skipped],
  };
}
