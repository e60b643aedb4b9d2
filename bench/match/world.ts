import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../seeded-random';
import { CandidateDocument } from 'src/search/search-engine';
import { CEFR_LEVELS } from 'src/reference/cefr';

/** The real ESCO structure, read once: each occupation with its skills' integer keys. */
export interface OccupationRow {
  id: string;
  num: number;
  iscoCode: string;
  essential: number[];
  optional: number[];
}

export async function loadOccupations(dataSource: DataSource): Promise<OccupationRow[]> {
  return dataSource.query<OccupationRow[]>(
    `SELECT o.id, o.num, o.isco_code AS "iscoCode",
            coalesce(array_agg(k.num) FILTER (WHERE os.relation_type = 'essential'), '{}') AS essential,
            coalesce(array_agg(k.num) FILTER (WHERE os.relation_type = 'optional'), '{}') AS optional
     FROM occupation o JOIN occupation_skill os ON os.occupation_id = o.id JOIN skill k ON k.id = os.skill_id
     GROUP BY o.id ORDER BY o.num`,
  );
}

const DESTINATIONS = ['DE', 'BE', 'NL', 'IT', 'ES', 'FR', 'AT', 'PL'];

/**
 * One generated candidate: a share of an occupation's essential and optional skills, a few
 * noise skills from elsewhere, languages, EQF, experience and destinations. Deterministic
 * for a given seed.
 */
export function generateCandidate(
  random: SeededRandom,
  occupations: OccupationRow[],
  id = randomUUID(),
): CandidateDocument {
  const home = random.pick(occupations);
  const noise = random.pick(occupations);
  const skills = new Set<number>([
    ...random.sample(home.essential, Math.ceil(home.essential.length * (0.3 + 0.6 * random.next()))),
    ...random.sample(home.optional, Math.floor(home.optional.length * 0.4 * random.next())),
    ...random.sample([...noise.essential, ...noise.optional], random.int(0, 4)),
  ]);
  const languages = [{ language: 'en', level: random.pick(CEFR_LEVELS) }];
  if (random.chance(0.5)) languages.push({ language: 'de', level: random.pick(CEFR_LEVELS) });
  if (random.chance(0.3)) languages.push({ language: 'fr', level: random.pick(CEFR_LEVELS) });
  return {
    id,
    citizenship: random.pick(['MA', 'TN', 'EG', 'BD', 'PK', 'NG', 'SN']),
    residenceCountry: random.pick(['MA', 'TN', 'EG', 'BD', 'PK', 'NG', 'SN']),
    destinations: random.chance(0.4) ? [] : random.sample(DESTINATIONS, random.int(1, 3)),
    languages,
    highestEqf: random.int(2, 7),
    yearsOfExperience: random.int(0, 15),
    skillNums: [...skills],
    desired: [{ num: home.num, iscoCode: home.iscoCode }],
    experience: random.chance(0.7) ? [{ num: home.num, iscoCode: home.iscoCode, years: random.int(1, 12) }] : [],
    credentials: [],
    availableFrom: null,
  };
}

/**
 * Users, visible profiles and index rows for `documents`, in bulk. The profiles carry only
 * what matching reads from the database (consent); the index carries the rest.
 */
export async function insertCandidates(dataSource: DataSource, documents: CandidateDocument[]): Promise<void> {
  const rows = documents.map((d) => ({ id: d.id, user: randomUUID(), citizenship: d.citizenship }));
  await dataSource.query(
    `INSERT INTO users (id, email, password_hash, role)
     SELECT r.user, 'bench-' || r.id || '@example.org', 'scrypt$bench', 'CANDIDATE'
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "user" uuid)`,
    [JSON.stringify(rows)],
  );
  await dataSource.query(
    `INSERT INTO candidate_profile (id, user_id, full_name, citizenship, residence_country, birth_date, visible,
       consent_given_at, years_of_experience)
     SELECT r.id, r.user, 'Bench Candidate', r.citizenship, r.citizenship, '1990-01-01', true, now(), 0
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "user" uuid, citizenship text)`,
    [JSON.stringify(rows)],
  );
}
