import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { registrationKey } from 'src/employers/registration-number';
import { SeededRandom } from '../seeded-random';
import { OccupationRow } from './world';

/** A verified employer in Germany with `count` published vacancies drawn from real occupations. */
export async function insertVacancies(
  dataSource: DataSource,
  random: SeededRandom,
  occupations: OccupationRow[],
  count: number,
): Promise<{ ids: string[]; ownerId: string }> {
  const owner = randomUUID();
  const employer = randomUUID();
  await dataSource.query(
    `INSERT INTO users (id, email, password_hash, role) VALUES ($1::uuid, 'bench-employer-' || $2 || '@example.org', 'x', 'EMPLOYER')`,
    [owner, owner],
  );
  await dataSource.query(
    `INSERT INTO employer (id, owner_id, legal_name, member_state, registration_number, registration_key, contact_email, status)
     VALUES ($1::uuid, $2, 'Bench GmbH', 'DE', $3, $4, 'jobs@example.de', 'VERIFIED')`,
    [employer, owner, `HRB ${employer}`, registrationKey(`HRB ${employer}`)],
  );
  const ids: string[] = [];
  for (const occupation of random.sample(occupations, count)) {
    const id = randomUUID();
    ids.push(id);
    const languages = random.chance(0.5) ? [{ language: 'en', minLevel: 'B1' }] : [];
    await dataSource.query(
      `INSERT INTO vacancy (id, employer_id, title, description, occupation_id, member_state, language_requirements,
         positions, status, screening_flags, published_at, min_eqf_level)
       VALUES ($1, $2, 'Bench vacancy', 'Generated for the matching benchmark.', $3, 'DE', $4, 1, 'PUBLISHED', '[]', now(), $5)`,
      [id, employer, occupation.id, JSON.stringify(languages), random.chance(0.3) ? 3 : null],
    );
    await dataSource.query(
      `INSERT INTO vacancy_skill (vacancy_id, skill_id, essential)
       SELECT $1, os.skill_id, os.relation_type = 'essential' FROM occupation_skill os WHERE os.occupation_id = $2`,
      [id, occupation.id],
    );
  }
  return { ids, ownerId: owner };
}
