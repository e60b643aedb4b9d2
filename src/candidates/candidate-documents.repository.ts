import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CandidateDocument } from 'src/search/search-engine';

// Aliased to the document's field names, so rows are documents as they come.
const DOCUMENT = `
  SELECT p.id, p.citizenship, p.residence_country AS "residenceCountry",
         p.preferred_destinations AS destinations, p.highest_eqf_level AS "highestEqf",
         p.years_of_experience AS "yearsOfExperience", p.available_from::text AS "availableFrom",
         coalesce((SELECT array_agg(k.num ORDER BY k.num) FROM candidate_skill s JOIN skill k ON k.id = s.skill_id
                    WHERE s.profile_id = p.id), '{}') AS "skillNums",
         coalesce((SELECT json_agg(json_build_object('language', l.language, 'level', l.level))
                     FROM candidate_language l WHERE l.profile_id = p.id), '[]') AS languages,
         coalesce((SELECT json_agg(json_build_object('num', o.num, 'iscoCode', o.isco_code))
                     FROM candidate_desired_occupation d JOIN occupation o ON o.id = d.occupation_id
                    WHERE d.profile_id = p.id), '[]') AS desired,
         coalesce((SELECT json_agg(json_build_object('num', o.num, 'iscoCode', o.isco_code, 'years', e.years))
                     FROM candidate_experience e JOIN occupation o ON o.id = e.occupation_id
                    WHERE e.profile_id = p.id), '[]') AS experience,
         coalesce((SELECT json_agg(json_build_object('programmeId', c.programme_id,
                                                     'trainingCompleted', c.training_completed))
                     FROM partnership_credential c WHERE c.profile_id = p.id), '[]') AS credentials
  FROM candidate_profile p`;

/**
 * The coded facts of candidate profiles, as the search index and matching read them: never
 * a name, birth date, email or headline.
 */
@Injectable()
export class CandidateDocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Documents of the visible profiles among `ids` (every visible one when null), in id
   * order after `after`: a hidden profile has no place in the index.
   */
  indexable(ids: string[] | null, after: string | null = null, limit = 100_000): Promise<CandidateDocument[]> {
    const params: unknown[] = [limit];
    const where = ['p.visible'];
    if (ids) where.push(`p.id = ANY($${params.push(ids)}::uuid[])`);
    if (after) where.push(`p.id > $${params.push(after)}::uuid`);
    return this.dataSource.query<CandidateDocument[]>(
      `${DOCUMENT} WHERE ${where.join(' AND ')} ORDER BY p.id LIMIT $1`,
      params,
    );
  }

  /** The document of an account's profile, visible or not: a candidate's own matching needs no consent. */
  async ofOwner(userId: string): Promise<CandidateDocument | null> {
    const [document] = await this.dataSource.query<CandidateDocument[]>(`${DOCUMENT} WHERE p.user_id = $1`, [userId]);
    return document ?? null;
  }

  /** Those of `ids` whose owners still consent: the index may lag a withdrawal by moments, matching may not. */
  async stillVisible(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM candidate_profile WHERE visible AND id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
