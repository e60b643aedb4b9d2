import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EligibilityCandidate } from 'src/partnerships/eligibility';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';
import type { CefrLevel } from 'src/reference/cefr';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesRepository,
  ) {}

  async exists(profileId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM candidate_profile WHERE id = $1`, [profileId]);
    return rows.length > 0;
  }

  async load(
    profileIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, EligibilityCandidate>> {
    const result = new Map<string, EligibilityCandidate>();
    const ids = [...new Set(profileIds)];
    if (ids.length === 0) return result;

    const profiles = await manager.query<ProfileRow[]>(
      `SELECT id, citizenship, residence_country, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, highest_eqf_level
         FROM candidate_profile WHERE id = ANY($1::uuid[])`,
      [ids],
    );
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
      `SELECT profile_id, language, level FROM candidate_language WHERE profile_id = ANY($1::uuid[]) ORDER BY position`,
      [ids],
    );
    for (const l of languages) result.get(l.profile_id)?.languages.push({ language: l.language, level: l.level });

    const desired = await manager.query<{ profile_id: string; isco_code: string }[]>(
      `SELECT d.profile_id, o.isco_code FROM candidate_desired_occupation d
         JOIN occupation o ON o.id = d.occupation_id
        WHERE d.profile_id = ANY($1::uuid[]) ORDER BY d.position`,
      [ids],
    );
    for (const d of desired) result.get(d.profile_id)?.desiredIscoCodes.push(d.isco_code);

    const experience = await manager.query<{ profile_id: string; isco_code: string; years: number }[]>(
      `SELECT e.profile_id, o.isco_code, e.years FROM candidate_experience e
         JOIN occupation o ON o.id = e.occupation_id
        WHERE e.profile_id = ANY($1::uuid[]) ORDER BY e.position`,
      [ids],
    );
    for (const e of experience) {
      result.get(e.profile_id)?.experience.push({ iscoCode: e.isco_code, years: Number(e.years) });
    }

    for (const c of await this.programmes.credentialsOf(ids, manager)) {
      result.get(c.profileId)?.credentials.push({ programmeId: c.programmeId, trainingCompleted: c.trainingCompleted });
    }
    return result;
  }
}
