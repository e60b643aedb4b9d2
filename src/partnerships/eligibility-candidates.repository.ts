import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EligibilityCandidate } from 'src/partnerships/eligibility';
import type { CefrLevel } from 'src/reference/cefr';

const PROFILE_COLUMNS = `id, citizenship, residence_country, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, highest_eqf_level`;

interface ProfileRow {
  id: string;
  citizenship: string;
  residence_country: string;
  birth_date: string;
  highest_eqf_level: number | null;
}

/**
 * Reads the coded facts eligibility looks at for many profiles at once: one query per
 * kind of fact, whatever the number of profiles (matching evaluates thousands).
 */
@Injectable()
export class EligibilityCandidatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async exists(profileId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM candidate_profile WHERE id = $1`, [profileId]);
    return rows.length > 0;
  }

  async load(
    profileIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, EligibilityCandidate>> {
    const ids = [...new Set(profileIds)];
    if (ids.length === 0) return new Map();
    const profiles = await manager.query<ProfileRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM candidate_profile WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return this.withFacts(profiles, 'profile_id = ANY($1::uuid[])', [ids], manager);
  }

  /**
   * Visible profiles in id order, `limit` at a time after `afterId`, with their facts: what a
   * count over every visible candidate reads. Facts are read by id range, one index range scan
   * per kind of fact, instead of a lookup per profile.
   */
  async visiblePage(
    afterId: string | null,
    limit: number,
  ): Promise<{ candidates: EligibilityCandidate[]; lastId: string | null }> {
    const profiles = await this.dataSource.query<ProfileRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM candidate_profile
        WHERE visible AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    if (profiles.length === 0) return { candidates: [], lastId: null };
    const first = profiles[0]!.id;
    const last = profiles[profiles.length - 1]!.id;
    const facts = await this.withFacts(profiles, 'profile_id BETWEEN $1::uuid AND $2::uuid', [first, last]);
    return { candidates: [...facts.values()], lastId: last };
  }

  /** Adds languages, desired occupations, experience and credentials to the profiles, in order. */
  private async withFacts(
    profiles: ProfileRow[],
    where: string,
    params: unknown[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, EligibilityCandidate>> {
    const result = new Map<string, EligibilityCandidate>();
    for (const p of profiles) {
      result.set(p.id, {
        citizenship: p.citizenship,
        residenceCountry: p.residence_country,
        birthDate: p.birth_date,
        highestEqfLevel: p.highest_eqf_level,
        languages: [],
        desiredIscoCodes: [],
        experience: [],
        credentials: [],
      });
    }
    if (result.size === 0) return result;

    const languages = await manager.query<{ profile_id: string; language: string; level: CefrLevel }[]>(
      `SELECT profile_id, language, level FROM candidate_language WHERE ${where} ORDER BY profile_id, position`,
      params,
    );
    for (const l of languages) result.get(l.profile_id)?.languages.push({ language: l.language, level: l.level });

    const desired = await manager.query<{ profile_id: string; isco_code: string }[]>(
      `SELECT d.profile_id, o.isco_code FROM candidate_desired_occupation d
         JOIN occupation o ON o.id = d.occupation_id
        WHERE d.${where} ORDER BY d.profile_id, d.position`,
      params,
    );
    for (const d of desired) result.get(d.profile_id)?.desiredIscoCodes.push(d.isco_code);

    const experience = await manager.query<{ profile_id: string; isco_code: string; years: number }[]>(
      `SELECT e.profile_id, o.isco_code, e.years FROM candidate_experience e
         JOIN occupation o ON o.id = e.occupation_id
        WHERE e.${where} ORDER BY e.profile_id, e.position`,
      params,
    );
    for (const e of experience) {
      result.get(e.profile_id)?.experience.push({ iscoCode: e.isco_code, years: Number(e.years) });
    }

    const credentials = await manager.query<
      { profile_id: string; programme_id: string; training_completed: boolean }[]
    >(
      `SELECT profile_id, programme_id, training_completed FROM partnership_credential
        WHERE ${where} ORDER BY awarded_at, id`,
      params,
    );
    for (const c of credentials) {
      result
        .get(c.profile_id)
        ?.credentials.push({ programmeId: c.programme_id, trainingCompleted: c.training_completed });
    }
    return result;
  }
}
