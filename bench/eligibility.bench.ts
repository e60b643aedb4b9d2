import { cpus, loadavg } from 'node:os';
import { writeResult } from './report';
import { SeededRandom, timed } from './seeded-random';
import {
  evaluateEligibility,
  type EligibilityCandidate,
  type EligibilityProgramme,
} from 'src/partnerships/eligibility';
import { CEFR_LEVELS } from 'src/reference/cefr';

// Evaluates one THAMM-like programme against 100,000 generated candidates: a fifth are
// drawn as the programme's own trainees (partner country, German, electrical or metal
// trades, its credential), the rest at random, so that some are eligible and every
// criterion fails for some.
const CANDIDATES = 100_000;
const WARMUP = 10_000;
const SEED = 20260501;
const ON_DATE = '2026-05-01';

const programme: EligibilityProgramme = {
  id: 'thamm',
  name: 'THAMM',
  criteria: {
    citizenships: ['MA', 'TN', 'EG'],
    residenceCountries: [],
    minAge: 18,
    maxAge: 45,
    languages: [{ language: 'de', minLevel: 'B1' }],
    minEqfLevel: 3,
    iscoCodes: ['7411', '7212', '72'],
    minExperienceYears: 2,
    requiresTrainingCompletion: true,
  },
};

const COUNTRIES = ['MA', 'MA', 'TN', 'EG', 'EG', 'BD', 'PK', 'NG', 'SN', 'IN'];
const LANGUAGES = ['de', 'en', 'fr', 'ar', 'nl', 'it'];
const ISCO = ['7411', '7212', '7213', '7231', '5120', '2221', '2512', '8332', '9313', '7121'];

function trainee(random: SeededRandom): EligibilityCandidate {
  const trade = random.pick(['7411', '7212', '7213']);
  return {
    ...anyone(random),
    citizenship: random.pick(['MA', 'TN', 'EG']),
    languages: [{ language: 'de', level: random.pick(['A2', 'B1', 'B1', 'B2', 'C1'] as const) }],
    desiredIscoCodes: [trade],
    experience: [{ iscoCode: trade, years: random.int(0, 16) / 2 }],
    credentials: [{ programmeId: 'thamm', trainingCompleted: random.chance(0.8) }],
  };
}

function anyone(random: SeededRandom): EligibilityCandidate {
  const desired = random.sample(ISCO, random.int(1, 3));
  return {
    citizenship: random.pick(COUNTRIES),
    residenceCountry: random.pick(COUNTRIES),
    birthDate: `${random.int(1976, 2010)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    languages: random
      .sample(LANGUAGES, random.int(1, 4))
      .map((language) => ({ language, level: random.pick(CEFR_LEVELS) })),
    highestEqfLevel: random.chance(0.1) ? null : random.int(1, 8),
    desiredIscoCodes: desired,
    experience: random.sample(ISCO, random.int(0, 3)).map((iscoCode) => ({ iscoCode, years: random.int(0, 16) / 2 })),
    credentials: random.chance(0.4)
      ? [{ programmeId: random.pick(['thamm', 'palim']), trainingCompleted: random.chance(0.7) }]
      : [],
  };
}

function main(): void {
  const random = new SeededRandom(SEED);
  const candidates = Array.from({ length: CANDIDATES }, () => (random.chance(0.2) ? trainee(random) : anyone(random)));
  for (let i = 0; i < WARMUP; i += 1) evaluateEligibility(candidates[i]!, programme, ON_DATE);

  // Tallies as it goes rather than keeping 100,000 results alive, which would time the
  // garbage collector more than the rules.
  const failures: Record<string, number> = {};
  const { ms, result: eligible } = timed(() => {
    let count = 0;
    for (const c of candidates) {
      const outcome = evaluateEligibility(c, programme, ON_DATE);
      if (outcome.eligible) count += 1;
      else
        for (const check of outcome.checks)
          if (!check.passed) failures[check.criterion] = (failures[check.criterion] ?? 0) + 1;
    }
    return count;
  });

  const results = {
    benchmark: 'eligibility',
    date: new Date().toISOString(),
    node: process.version,
    // Figures from a busy machine are lower: the load at the end of the run says how busy.
    machine: { cpus: cpus().length, loadAverage1m: Number(loadavg()[0]!.toFixed(2)) },
    seed: SEED,
    onDate: ON_DATE,
    programme,
    candidates: CANDIDATES,
    elapsedMs: Number(ms.toFixed(1)),
    evaluationsPerSecond: Math.round(CANDIDATES / (ms / 1000)),
    eligible,
    eligibleShare: Number((eligible / CANDIDATES).toFixed(4)),
    failuresByCriterion: failures,
  };
  writeResult('eligibility', results);
  console.log(
    `eligibility: ${CANDIDATES} candidates in ${results.elapsedMs} ms = ${results.evaluationsPerSecond.toLocaleString('en')} evaluations/s; ` +
      `${(results.eligibleShare * 100).toFixed(1)}% eligible`,
  );
  console.log('failed checks by criterion:', failures);
}

main();
