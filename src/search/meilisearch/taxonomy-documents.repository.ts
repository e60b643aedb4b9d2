import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LanguageLabelRow, localizedFields } from 'src/search/meilisearch/localized-labels';

/** Labels in other languages ride along as `label_fr`, `altLabels_fr`, ... (see localized-labels). */
type Localized = Record<string, unknown>;

export interface OccupationDocument {
  id: string;
  escoUri: string;
  label: string;
  altLabels: string[];
  hiddenLabels: string[];
  iscoCode: string;
  escoCode: string | null;
  /** Every prefix of the ISCO code (`7`, `72`, `721`, `7212`), for prefix filters. */
  iscoPrefixes: string[];
}

export interface SkillDocument {
  id: string;
  escoUri: string;
  label: string;
  altLabels: string[];
  hiddenLabels: string[];
}

export function iscoPrefixes(code: string): string[] {
  return Array.from({ length: code.length }, (_, i) => code.slice(0, i + 1));
}

const LANGUAGES = (kind: 'occupation' | 'skill') =>
  `coalesce((SELECT json_agg(json_build_object('language', l.language, 'label', l.preferred_label,
     'altLabels', l.alt_labels, 'hiddenLabels', l.hidden_labels) ORDER BY l.language)
     FROM ${kind}_label l WHERE l.${kind}_id = c.id), '[]'::json) AS languages`;

/** Reads taxonomy concepts as search documents, a page at a time. */
@Injectable()
export class TaxonomyDocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async occupations(): Promise<(OccupationDocument & Localized)[]> {
    const rows: (Omit<OccupationDocument, 'iscoPrefixes'> & { languages: LanguageLabelRow[] })[] =
      await this.dataSource.query(
        `SELECT id, esco_uri AS "escoUri", preferred_label AS label, alt_labels AS "altLabels",
                hidden_labels AS "hiddenLabels", isco_code AS "iscoCode", esco_code AS "escoCode", ${LANGUAGES('occupation')}
         FROM occupation c ORDER BY id`,
      );
    return rows.map(({ languages, ...r }) => ({
      ...r,
      iscoPrefixes: iscoPrefixes(r.iscoCode),
      ...localizedFields(languages),
    }));
  }

  async skills(): Promise<(SkillDocument & Localized)[]> {
    const rows: (SkillDocument & { languages: LanguageLabelRow[] })[] = await this.dataSource.query(
      `SELECT id, esco_uri AS "escoUri", preferred_label AS label, alt_labels AS "altLabels",
              hidden_labels AS "hiddenLabels", ${LANGUAGES('skill')}
       FROM skill c ORDER BY id`,
    );
    return rows.map(({ languages, ...r }) => ({ ...r, ...localizedFields(languages) }));
  }
}
