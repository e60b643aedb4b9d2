import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { registrationKey } from 'src/employers/registration-number';
import { NO_CRITERIA } from 'src/partnerships/eligibility';
import { SeededRandom } from '../seeded-random';
import { OccupationRow } from './world';
import type { VacancyDocument } from 'src/search/search-engine';

/** A verified employer in Germany with `count` published vacancies drawn from real occupations. */
export async function insertVacancies(
  dataSource: DataSource,
  random: SeededRandom,
  occupations: OccupationRow[],
  count: number,
  programmeId: string | null = null,
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
         positions, status, screening_flags, published_at, min_eqf_level, programme_id)
       VALUES ($1, $2, 'Bench vacancy', 'Generated for the matching benchmark.', $3, 'DE', $4, 1, 'PUBLISHED', '[]', now(), $5, $6)`,
      [id, employer, occupation.id, JSON.stringify(languages), random.chance(0.3) ? 3 : null, programmeId],
    );
    await dataSource.query(
      `INSERT INTO vacancy_skill (vacancy_id, skill_id, essential)
       SELECT $1, os.skill_id, os.relation_type = 'essential' FROM occupation_skill os WHERE os.occupation_id = $2`,
      [id, occupation.id],
    );
  }
  return { ids, ownerId: owner };
}

/** An active Talent Partnership programme for citizens of `citizenships`, with no other criterion. */
export async function insertProgramme(dataSource: DataSource, citizenships: string[]): Promise<string> {
  const id = randomUUID();
  const criteria = { ...NO_CRITERIA, citizenships };
  await dataSource.query(
    `INSERT INTO partnership_programme (id, name, partner_countries, member_states, criteria, active)
     VALUES ($1, $2, $3, '{DE}', $4, true)`,
    [id, `Bench programme ${id}`, citizenships, JSON.stringify(criteria)],
  );
  return id;
}

const MEMBER_STATES = ['DE', 'BE', 'NL', 'IT', 'ES', 'FR', 'AT', 'PL'];

/**
 * `count` published vacancies of one verified employer, generated in SQL (random real
 * occupations, Member States, an English minimum for half of them), with their occupation's
 * skills, and indexed through the engine.
 */
export async function insertVacancyPopulation(
  dataSource: DataSource,
  engine: { upsertVacancies(documents: VacancyDocument[]): Promise<void> },
  vacancies: { indexable(ids: string[] | null): Promise<VacancyDocument[]> },
  occupations: OccupationRow[],
  count: number,
): Promise<void> {
  const employer = randomUUID();
  const owner = randomUUID();
  await dataSource.query(
    `INSERT INTO users (id, email, password_hash, role) VALUES ($1::uuid, 'bench-employer-' || $1 || '@example.org', 'x', 'EMPLOYER')`,
    [owner],
  );
  await dataSource.query(
    `INSERT INTO employer (id, owner_id, legal_name, member_state, registration_number, registration_key, contact_email, status)
     VALUES ($1::uuid, $2, 'Bench Population GmbH', 'DE', $3, $4, 'jobs@example.de', 'VERIFIED')`,
    [employer, owner, `HRB ${employer}`, registrationKey(`HRB ${employer}`)],
  );
  const rows = await dataSource.query<{ id: string }[]>(
    `INSERT INTO vacancy (employer_id, title, description, occupation_id, member_state, language_requirements,
       positions, status, screening_flags, published_at, min_eqf_level)
     SELECT $1, 'Bench vacancy', 'Generated for the matching benchmark.',
            ($2::uuid[])[1 + floor(random() * cardinality($2::uuid[]))::int],
            ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int],
            CASE WHEN random() < 0.5 THEN '[{"language":"en","minLevel":"B1"}]'::jsonb ELSE '[]'::jsonb END,
            1, 'PUBLISHED', '[]', now(), CASE WHEN random() < 0.3 THEN 3 END
     FROM generate_series(1, $4::int)
     RETURNING id`,
    [employer, occupations.map((o) => o.id), MEMBER_STATES, count],
  );
  await dataSource.query(
    `INSERT INTO vacancy_skill (vacancy_id, skill_id, essential)
     SELECT v.id, os.skill_id, os.relation_type = 'essential'
     FROM vacancy v JOIN occupation_skill os ON os.occupation_id = v.occupation_id WHERE v.employer_id = $1`,
    [employer],
  );
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 5_000) {
    await engine.upsertVacancies(await vacancies.indexable(ids.slice(i, i + 5_000)));
  }
}
