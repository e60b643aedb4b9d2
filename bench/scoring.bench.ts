import { cpus, loadavg } from 'node:os';
import { writeResult } from './report';
import { SeededRandom, timed } from './seeded-random';
import { CEFR_LEVELS } from 'src/reference/cefr';
import { passesHardFilters } from 'src/matching/hard-filters';
import { prepareVacancy, scoreMatch, scorePrepared } from 'src/matching/scoring';
import { SkillGraph } from 'src/matching/skill-graph';
import type { MatchCandidate, MatchVacancy } from 'src/matching/types';

// Scores 100,000 generated candidates against one welding vacancy, the way a query scores
// its retrieved candidates: prepared once, then scorePrepared in a loop, with a skill graph
// as dense as ESCO's (every skill's specificity; a broader or narrower skill for about half
// of them, a related one for about 40 %; occupation neighbours). The candidates are those of
// earlier runs, so figures compare across versions; `indexDocuments` scores the same
// candidates with their skills as the search index holds them (ascending, once each). The
// unprepared scoreMatch and the scorer without a graph are timed on the same candidates.
const CANDIDATES = 100_000;
const WARMUP = 10_000;
const SEED = 20260502;

const SKILLS = Array.from({ length: 2_000 }, (_, i) => 100 + i);
const OCCUPATIONS = [
  { num: 1, iscoCode: '7212' },
  { num: 2, iscoCode: '7212' },
  { num: 3, iscoCode: '7213' },
  { num: 4, iscoCode: '7411' },
  { num: 5, iscoCode: '5120' },
  { num: 6, iscoCode: '2221' },
  { num: 7, iscoCode: '8332' },
];

const vacancy: MatchVacancy = {
  occupationNum: 1,
  iscoCode: '7212',
  essentialSkillNums: SKILLS.slice(0, 15),
  optionalSkillNums: SKILLS.slice(15, 35),
  languageRequirements: [{ language: 'de', minLevel: 'A2' }],
  minEqfLevel: 3,
  minExperienceYears: 2,
  memberState: 'DE',
  programmeId: 'thamm',
};

function candidate(random: SeededRandom): MatchCandidate {
  // Retrieval returns candidates who overlap the vacancy: most hold some of its skills.
  const own = random.sample(SKILLS.slice(0, 35), random.int(0, 20));
  const noise = Array.from({ length: random.int(5, 25) }, () => random.pick(SKILLS));
  return {
    desiredOccupations: random.sample(OCCUPATIONS, random.int(1, 3)),
    experience: random.sample(OCCUPATIONS, random.int(0, 3)).map((o) => ({
      num: o.num,
      iscoCode: o.iscoCode,
      years: random.int(0, 20) / 2,
    })),
    skillNums: [...own, ...noise],
    languages: random.sample(['de', 'en', 'fr', 'ar'], random.int(1, 3)).map((language) => ({
      language,
      level: random.pick(CEFR_LEVELS),
    })),
    highestEqfLevel: random.chance(0.1) ? null : random.int(1, 8),
    preferredDestinations: random.chance(0.5) ? [] : random.sample(['DE', 'NL', 'BE', 'FR'], random.int(1, 2)),
    credentials: random.chance(0.3) ? [{ programmeId: 'thamm', trainingCompleted: random.chance(0.7) }] : [],
  };
}

/** A graph over SKILLS and OCCUPATIONS with ESCO's density, from its own seed. */
function graph(): SkillGraph {
  const random = new SeededRandom(SEED + 1);
  const pairs = (count: number) => Array.from({ length: count }, () => [random.pick(SKILLS), random.pick(SKILLS)]);
  return new SkillGraph({
    specificity: SKILLS.map((num) => [num, 0.27 + random.next() * 0.73] as const),
    hierarchy: pairs(950).map(([narrower, broader]) => ({ narrower: narrower!, broader: broader! })),
    relations: pairs(850).map(([skill, related]) => ({ skill: skill!, related: related!, type: 'optional' as const })),
    occupationNeighbours: OCCUPATIONS.flatMap((a) =>
      OCCUPATIONS.filter((b) => b.num !== a.num).map((b) => ({
        occupation: a.num,
        neighbour: b.num,
        similarity: 0.1 + random.next() * 0.6,
      })),
    ),
  });
}

function main(): void {
  const random = new SeededRandom(SEED);
  const candidates = Array.from({ length: CANDIDATES }, () => candidate(random));
  const indexed = candidates.map((c) => ({ ...c, skillNums: [...new Set(c.skillNums)].sort((a, b) => a - b) }));
  const skillGraph = graph();
  const prepared = prepareVacancy(vacancy, skillGraph);
  const withoutGraph = prepareVacancy(vacancy);
  for (let i = 0; i < WARMUP; i += 1) {
    scorePrepared(prepared, candidates[i]!);
    scorePrepared(prepared, indexed[i]!);
    scorePrepared(withoutGraph, candidates[i]!);
  }

  // Sums rather than keeps results, so the figure is the scoring, not the garbage collector.
  const preparedRun = timed(() => {
    let total = 0;
    for (const c of candidates) total += scorePrepared(prepared, c).score;
    return total;
  });
  const indexedRun = timed(() => {
    let total = 0;
    for (const c of indexed) total += scorePrepared(prepared, c).score;
    return total;
  });
  const noGraphRun = timed(() => {
    let total = 0;
    for (const c of candidates) total += scorePrepared(withoutGraph, c).score;
    return total;
  });
  const unpreparedRun = timed(() => {
    let total = 0;
    for (const c of candidates) total += scoreMatch(vacancy, c, undefined, skillGraph).score;
    return total;
  });
  const filterRun = timed(() => {
    let passed = 0;
    for (const c of candidates) if (passesHardFilters(vacancy, { ...c, eligibleForProgramme: true })) passed += 1;
    return passed;
  });

  const perSecond = (ms: number) => Math.round(CANDIDATES / (ms / 1000));
  const results = {
    benchmark: 'scoring',
    date: new Date().toISOString(),
    node: process.version,
    // Figures from a busy machine are lower: the load at the end of the run says how busy.
    machine: { cpus: cpus().length, loadAverage1m: Number(loadavg()[0]!.toFixed(2)) },
    seed: SEED,
    candidates: CANDIDATES,
    vacancy: { essentialSkills: 15, optionalSkills: 20, languageRequirements: 1, programme: true },
    graph: skillGraph.size(),
    scorePrepared: { elapsedMs: Number(preparedRun.ms.toFixed(1)), scoringsPerSecond: perSecond(preparedRun.ms) },
    indexDocuments: { elapsedMs: Number(indexedRun.ms.toFixed(1)), scoringsPerSecond: perSecond(indexedRun.ms) },
    withoutGraph: { elapsedMs: Number(noGraphRun.ms.toFixed(1)), scoringsPerSecond: perSecond(noGraphRun.ms) },
    scoreMatch: { elapsedMs: Number(unpreparedRun.ms.toFixed(1)), scoringsPerSecond: perSecond(unpreparedRun.ms) },
    passesHardFilters: { elapsedMs: Number(filterRun.ms.toFixed(1)), checksPerSecond: perSecond(filterRun.ms) },
    meanScore: Number((preparedRun.result / CANDIDATES).toFixed(4)),
    passingHardFiltersShare: Number((filterRun.result / CANDIDATES).toFixed(4)),
  };
  writeResult('scoring', results);
  const rate = (n: number) => n.toLocaleString('en');
  console.log(
    `scoring: ${CANDIDATES} candidates: scorePrepared ${rate(results.scorePrepared.scoringsPerSecond)}/s ` +
      `(index documents ${rate(results.indexDocuments.scoringsPerSecond)}/s, ` +
      `without graph ${rate(results.withoutGraph.scoringsPerSecond)}/s), ` +
      `scoreMatch ${rate(results.scoreMatch.scoringsPerSecond)}/s, ` +
      `passesHardFilters ${rate(results.passesHardFilters.checksPerSecond)}/s; mean score ${results.meanScore}`,
  );
}

main();
