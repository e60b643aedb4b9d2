import { cpus, loadavg } from 'node:os';
import { Role } from 'src/auth/role';
import { ProgrammeStatisticsService } from 'src/programme-statistics/programme-statistics.service';
import { utcToday } from 'src/candidates/candidate-rules';
import { evaluateEligibility } from 'src/partnerships/eligibility';
import { PartnershipsService } from 'src/partnerships/partnerships.service';
import { PartnershipProgrammeEntity } from 'src/partnerships/programme.entity';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';
import { runSeed } from 'src/seed/seed';
import { benchmark, round } from './match/bench-app';
import { percentile } from './report';

// programmeStatistics for the demo THAMM programme over 10,000 and 100,000 visible
// candidates (STATISTICS_SIZES=10000,100000 to change): the eligibility part reads every
// visible profile's facts in batches and evaluates them, so it grows with the population.
// The missing-skills part is partnershipMatches(first: 100), which bench:match measures.
// Alternated with the baseline: the previous reading, by id lookups, on the same database.
const SIZES = (process.env.STATISTICS_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 5;
const BATCH = 5_000;

/**
 * Visible candidates with the facts eligibility reads: citizenship, birth date, EQF, German,
 * an occupation, and for a fifth of them the programme's credential with the training done.
 */
async function addCandidates(
  bench: Parameters<Parameters<typeof benchmark>[1]>[0],
  count: number,
  programmeId: string,
): Promise<void> {
  await bench.dataSource.query(`SELECT setseed(0.42)`);
  await bench.dataSource.query(
    `WITH u AS (
       INSERT INTO users (email, password_hash, role)
       SELECT 'statistics-' || gen_random_uuid() || '@example.org', 'scrypt$bench', 'CANDIDATE'
       FROM generate_series(1, $1) RETURNING id)
     INSERT INTO candidate_profile (user_id, full_name, citizenship, residence_country, birth_date, visible,
       consent_given_at, highest_eqf_level, years_of_experience)
     SELECT id, 'Bench Candidate', c, c, date '1965-01-01' + (random() * 14000)::int, true, now(),
            2 + floor(random() * 6)::int, 0
     FROM (SELECT id, (ARRAY['MA','TN','EG','NG','SN','BD','PK'])[1 + floor(random() * 7)::int] AS c FROM u) x`,
    [count],
  );
  await bench.dataSource.query(
    `INSERT INTO candidate_language (profile_id, language, level, position)
     SELECT p.id, 'de', ((ARRAY['A1','A2','B1','B2','C1','C2'])[1 + floor(random() * 6)::int])::candidate_language_level, 0
     FROM candidate_profile p WHERE NOT EXISTS (SELECT 1 FROM candidate_language l WHERE l.profile_id = p.id)`,
  );
  await bench.dataSource.query(
    `WITH o AS (SELECT array_agg(id ORDER BY id) AS ids FROM occupation)
     INSERT INTO candidate_desired_occupation (profile_id, occupation_id, position)
     SELECT p.id, o.ids[1 + floor(random() * array_length(o.ids, 1))::int], 0
     FROM candidate_profile p, o
     WHERE NOT EXISTS (SELECT 1 FROM candidate_desired_occupation d WHERE d.profile_id = p.id)`,
  );
  await bench.dataSource.query(
    `INSERT INTO partnership_credential (programme_id, profile_id, training_completed, awarded_at)
     SELECT $1, p.id, true, now() FROM candidate_profile p
     WHERE random() < 0.2 AND NOT EXISTS (SELECT 1 FROM partnership_credential c WHERE c.profile_id = p.id)`,
    [programmeId],
  );
  // A live database has statistics on its tables; without them the planner scans and sorts.
  await bench.dataSource.query(`ANALYZE`);
}

/**
 * The baseline: the previous way of counting, the visible ids a batch at a time and each
 * batch's facts looked up by id (what matching does for a handful of profiles).
 */
async function tallyByLookup(
  bench: Parameters<Parameters<typeof benchmark>[1]>[0],
  programme: PartnershipProgrammeEntity,
): Promise<number> {
  const partnerships = bench.app.get(PartnershipsService);
  const today = utcToday();
  let eligible = 0;
  let after: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await bench.dataSource.query(
      `SELECT id FROM candidate_profile WHERE visible AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [after, BATCH],
    );
    const facts = await partnerships.eligibilityCandidates(rows.map((r) => r.id));
    for (const candidate of facts.values()) {
      if (evaluateEligibility(candidate, programme, today).eligible) eligible += 1;
    }
    if (rows.length < BATCH) return eligible;
    after = rows[rows.length - 1]!.id;
  }
}

benchmark('statistics', async (bench) => {
  await runSeed(bench.app);
  const [thamm] = await bench.dataSource.query<{ id: string }[]>(
    `SELECT id FROM partnership_programme WHERE name = 'THAMM Germany (demo)'`,
  );
  const programme = (await bench.app.get(ProgrammesRepository).findById(thamm!.id))!;
  const admin = { id: '00000000-0000-4000-8000-000000000000', email: 'bench@example.org', role: Role.ADMIN };
  const statistics = bench.app.get(ProgrammeStatisticsService);
  const rows: object[] = [];
  let population = 0;
  for (const size of SIZES) {
    await addCandidates(bench, size - population, thamm!.id);
    population = size;
    await statistics.of(admin, thamm!.id);
    const times: number[] = [];
    const baseline: number[] = [];
    let eligible = 0;
    let baselineEligible = 0;
    // Alternated, so both see the same machine.
    for (let i = 0; i < RUNS; i += 1) {
      let started = performance.now();
      const result = await statistics.of(admin, thamm!.id);
      times.push(performance.now() - started);
      eligible = result.eligibleCandidates;
      started = performance.now();
      baselineEligible = await tallyByLookup(bench, programme);
      baseline.push(performance.now() - started);
    }
    if (baselineEligible !== eligible) throw new Error(`Counts differ: ${eligible} against ${baselineEligible}`);
    times.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    rows.push({
      visibleCandidates: size,
      eligible,
      p50Ms: round(percentile(times, 50), 0),
      maxMs: round(times.at(-1)!, 0),
      candidatesPerSecond: round(size / (percentile(times, 50) / 1000), 0),
      baselineByLookupP50Ms: round(percentile(baseline, 50), 0),
      baselineByLookupMaxMs: round(baseline.at(-1)!, 0),
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
  return {
    benchmark: 'programmeStatistics (THAMM demo), eligibility over every visible candidate',
    database: bench.engineLabel,
    machine: { cpus: cpus().length, loadAverage1m: round(loadavg()[0]!) },
    runs: RUNS,
    rows,
  };
});
