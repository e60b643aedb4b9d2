import { DataSource } from 'typeorm';
import { registrationKey } from 'src/employers/registration-number';
import type { LabelledSet, TaxonomyOccupation } from './labelled-set';

/** Every occupation with its essential and optional skills, by integer key. */
export async function readOccupations(dataSource: DataSource): Promise<TaxonomyOccupation[]> {
  const rows = await dataSource.query<
    { num: number; uri: string; label: string; isco_code: string; essential: number[]; optional: number[] }[]
  >(
    `SELECT o.num, o.esco_uri AS uri, o.preferred_label AS label, o.isco_code,
            coalesce(array_agg(k.num ORDER BY k.num) FILTER (WHERE r.relation_type = 'essential'), '{}') AS essential,
            coalesce(array_agg(k.num ORDER BY k.num) FILTER (WHERE r.relation_type = 'optional'), '{}') AS optional
     FROM occupation o
     LEFT JOIN occupation_skill r ON r.occupation_id = o.id LEFT JOIN skill k ON k.id = r.skill_id
     GROUP BY o.id`,
  );
  return rows.map((r) => ({
    num: r.num,
    uri: r.uri,
    label: r.label,
    iscoCode: r.isco_code,
    essential: r.essential,
    optional: r.optional,
  }));
}

export async function skillLabels(dataSource: DataSource): Promise<Map<number, string>> {
  const rows = await dataSource.query<{ num: number; label: string }[]>(
    `SELECT num, preferred_label AS label FROM skill`,
  );
  return new Map(rows.map((r) => [r.num, r.label]));
}

/** Removes a labelled set written by insertLabelledSet (and what the application derived from it). */
export async function clearLabelledSet(dataSource: DataSource): Promise<void> {
  await dataSource.query(`TRUNCATE users, employer, vacancy, search_candidate, search_vacancy, search_outbox CASCADE`);
  await dataSource.query(`DROP TABLE IF EXISTS bench_keyword_candidate`);
}

/** Runs `sql` once per chunk of `rows`, passed as $1::jsonb, then `extra` as $2... */
async function insertJson(dataSource: DataSource, sql: string, rows: unknown[], extra: unknown[] = []): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    await dataSource.query(sql, [JSON.stringify(rows.slice(i, i + 5000)), ...extra]);
  }
}

/**
 * Writes the labelled set as the application stores it: candidate users and VISIBLE,
 * consenting profiles with skills, languages, desired occupations and experience; one
 * VERIFIED employer in DE with one PUBLISHED vacancy per occupation, its skills the
 * occupation's ESCO essential and optional skills, no language, EQF or experience minimum.
 */
export async function insertLabelledSet(dataSource: DataSource, set: LabelledSet): Promise<void> {
  const { candidates, vacancies } = set;
  await insertJson(
    dataSource,
    `INSERT INTO users (id, email, password_hash, role)
     SELECT d.id, d.email, '!', 'CANDIDATE' FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, email text)`,
    candidates.map((c, i) => ({ id: c.userId, email: `candidate-${i}@bench.example` })),
  );
  await insertJson(
    dataSource,
    `INSERT INTO candidate_profile (id, user_id, full_name, citizenship, residence_country, birth_date,
       preferred_destinations, visible, consent_given_at, consent_policy_version, highest_eqf_level, years_of_experience)
     SELECT d.id, d.user_id, d.name, d.citizenship, d.citizenship, DATE '1995-01-01', d.destinations, true, now(),
       'bench', d.eqf, d.years
     FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, user_id uuid, name text, citizenship text, destinations char(2)[],
       eqf smallint, years real)`,
    candidates.map((c, i) => ({
      id: c.id,
      user_id: c.userId,
      name: `Candidate ${i}`,
      citizenship: c.citizenship,
      destinations: c.destinations,
      eqf: c.highestEqf,
      years: c.experience.reduce((sum, e) => sum + e.years, 0),
    })),
  );
  await insertJson(
    dataSource,
    `INSERT INTO candidate_skill (profile_id, skill_id, position)
     SELECT d.p, k.id, d.i FROM jsonb_to_recordset($1::jsonb) AS d(p uuid, n int, i smallint) JOIN skill k ON k.num = d.n`,
    candidates.flatMap((c) => c.skillNums.map((n, i) => ({ p: c.id, n, i }))),
  );
  await insertJson(
    dataSource,
    `INSERT INTO candidate_language (profile_id, language, level, position)
     SELECT d.p, d.l, d.v::candidate_language_level, d.i FROM jsonb_to_recordset($1::jsonb) AS d(p uuid, l text, v text, i smallint)`,
    candidates.flatMap((c) => c.languages.map((l, i) => ({ p: c.id, l: l.language, v: l.level, i }))),
  );
  await insertJson(
    dataSource,
    `INSERT INTO candidate_desired_occupation (profile_id, occupation_id, position)
     SELECT d.p, o.id, d.i FROM jsonb_to_recordset($1::jsonb) AS d(p uuid, n int, i smallint) JOIN occupation o ON o.num = d.n`,
    candidates.flatMap((c) => c.desiredNums.map((n, i) => ({ p: c.id, n, i }))),
  );
  await insertJson(
    dataSource,
    `INSERT INTO candidate_experience (profile_id, position, occupation_id, years)
     SELECT d.p, d.i, o.id, d.y FROM jsonb_to_recordset($1::jsonb) AS d(p uuid, n int, i smallint, y real)
     JOIN occupation o ON o.num = d.n`,
    candidates.flatMap((c) => c.experience.map((e, i) => ({ p: c.id, n: e.num, i, y: e.years }))),
  );

  const [employer] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO employer (legal_name, member_state, registration_number, registration_key, contact_email, status)
     VALUES ('Benchmark Industries GmbH', 'DE', 'HRB 000001', $1, 'hr@bench.example', 'VERIFIED') RETURNING id`,
    [registrationKey('HRB 000001')],
  );
  await insertJson(
    dataSource,
    `INSERT INTO vacancy (id, employer_id, title, description, occupation_id, member_state, language_requirements,
       min_eqf_level, min_experience_years, positions, status, screening_flags, published_at)
     SELECT d.id, $2::uuid, left(o.preferred_label, 200), coalesce(o.description, o.preferred_label), o.id, 'DE', d.l,
       d.e, NULL, 1, 'PUBLISHED', '[]', now()
     FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, n int, l jsonb, e smallint) JOIN occupation o ON o.num = d.n`,
    vacancies.map((v) => ({
      id: v.id,
      n: v.occupation.num,
      l: v.languageRequirements ?? [],
      e: v.minEqfLevel ?? null,
    })),
    [employer!.id],
  );
  await dataSource.query(
    `INSERT INTO vacancy_skill (vacancy_id, skill_id, essential)
     SELECT v.id, r.skill_id, r.relation_type = 'essential'
     FROM vacancy v JOIN occupation_skill r ON r.occupation_id = v.occupation_id`,
  );
  await dataSource.query(`ANALYZE`);
}
