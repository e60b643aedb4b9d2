import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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

/** Reads taxonomy concepts as search documents, a page at a time. */
@Injectable()
export class TaxonomyDocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async occupations(): Promise<OccupationDocument[]> {
    const rows: Omit<OccupationDocument, 'iscoPrefixes'>[] = await this.dataSource.query(
      `SELECT id, esco_uri AS "escoUri", preferred_label AS label, alt_labels AS "altLabels",
              hidden_labels AS "hiddenLabels", isco_code AS "iscoCode", esco_code AS "escoCode"
       FROM occupation ORDER BY id`,
    );
    return rows.map((r) => ({ ...r, iscoPrefixes: iscoPrefixes(r.iscoCode) }));
  }

  async skills(): Promise<SkillDocument[]> {
    return this.dataSource.query(
      `SELECT id, esco_uri AS "escoUri", preferred_label AS label, alt_labels AS "altLabels",
              hidden_labels AS "hiddenLabels"
       FROM skill ORDER BY id`,
    );
  }
}
