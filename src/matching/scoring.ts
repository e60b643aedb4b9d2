import { cefrRank } from 'src/reference/cefr';
import { occupationProximity } from 'src/matching/occupation';
import type { ConceptNum, MatchCandidate, MatchScore, MatchVacancy, ScoreBreakdown } from 'src/matching/types';
import { DEFAULT_WEIGHTS, normaliseWeights, type MatchWeights } from 'src/config/match-weights';

/** Years of relevant experience that count as fully experienced when a vacancy sets no minimum. */
export const SATURATION_YEARS = 5;
/** EQF level that counts as fully qualified when a vacancy sets no minimum: upper secondary or vocational. */
export const SATURATION_EQF = 4;

const TOP_CEFR = cefrRank('C2');

/** A vacancy with its lookups built once per query, for scoring many candidates. */
export interface PreparedVacancy {
  readonly vacancy: MatchVacancy;
  /** Essential skills first, then optional ones not also essential; no duplicates. */
  readonly skills: readonly ConceptNum[];
  readonly essentialCount: number;
  /** Position of each skill in `skills`. */
  readonly skillIndex: ReadonlyMap<ConceptNum, number>;
  readonly occupation: { num: ConceptNum; iscoCode: string };
  readonly requirements: readonly { language: string; minRank: number }[];
  weightsCache: { weights: MatchWeights; normalised: MatchWeights } | null;
}

export function prepareVacancy(vacancy: MatchVacancy): PreparedVacancy {
  const skillIndex = new Map<ConceptNum, number>();
  const skills: ConceptNum[] = [];
  for (const num of vacancy.essentialSkillNums) {
    if (!skillIndex.has(num)) skillIndex.set(num, skills.push(num) - 1);
  }
  const essentialCount = skills.length;
  for (const num of vacancy.optionalSkillNums) {
    if (!skillIndex.has(num)) skillIndex.set(num, skills.push(num) - 1);
  }
  return {
    vacancy,
    skills,
    essentialCount,
    skillIndex,
    occupation: { num: vacancy.occupationNum, iscoCode: vacancy.iscoCode },
    requirements: vacancy.languageRequirements.map((r) => ({ language: r.language, minRank: cefrRank(r.minLevel) })),
    weightsCache: null,
  };
}

function weightsFor(prepared: PreparedVacancy, weights: MatchWeights): MatchWeights {
  const cache = prepared.weightsCache;
  if (cache !== null && cache.weights === weights) return cache.normalised;
  const normalised = normaliseWeights(weights, prepared.vacancy.programmeId !== null);
  prepared.weightsCache = { weights, normalised };
  return normalised;
}

/** Closest occupation the candidate desires or has worked in; 0 when none is related. */
function occupationComponent(prepared: PreparedVacancy, candidate: MatchCandidate): number {
  let best = 0;
  for (const desired of candidate.desiredOccupations) {
    best = Math.max(best, occupationProximity(prepared.occupation, desired.num, desired.iscoCode));
  }
  for (const job of candidate.experience) {
    best = Math.max(best, occupationProximity(prepared.occupation, job.num, job.iscoCode));
  }
  return best;
}

/**
 * Years weighted by how close each job is to the vacancy's occupation, relative to the
 * vacancy's minimum (meeting it gives 1), or to SATURATION_YEARS when it sets none (or 0).
 */
function experienceComponent(prepared: PreparedVacancy, candidate: MatchCandidate): number {
  let years = 0;
  for (const job of candidate.experience) {
    if (job.years > 0) {
      years += job.years * occupationProximity(prepared.occupation, job.num, job.iscoCode);
    }
  }
  const min = prepared.vacancy.minExperienceYears;
  const target = min !== null && min > 0 ? min : SATURATION_YEARS;
  return Math.min(1, years / target);
}

/**
 * Mean over the requirements of how far above its minimum the candidate is: 0 below it or
 * without the language, 0.5 at it, rising evenly to 1 at C2 (a C2 minimum met is 1). With
 * no requirements it is 1 for everyone: nothing stands in the way, and it cannot change
 * the order of candidates for that vacancy.
 */
function languagesComponent(prepared: PreparedVacancy, candidate: MatchCandidate): number {
  const requirements = prepared.requirements;
  if (requirements.length === 0) return 1;
  let total = 0;
  for (const requirement of requirements) {
    let rank = -1;
    for (const spoken of candidate.languages) {
      if (spoken.language === requirement.language) rank = Math.max(rank, cefrRank(spoken.level));
    }
    if (rank < requirement.minRank) continue;
    total +=
      requirement.minRank === TOP_CEFR
        ? 1
        : 0.5 + (0.5 * (rank - requirement.minRank)) / (TOP_CEFR - requirement.minRank);
  }
  return total / requirements.length;
}

/**
 * 1 at or above the vacancy's minimum EQF level (half credit in proportion below it, which
 * the hard filter normally excludes); without a minimum, level / SATURATION_EQF capped at
 * 1, so a degree does not outrank a trade qualification for a trade. No qualification, 0.
 */
function qualificationComponent(prepared: PreparedVacancy, candidate: MatchCandidate): number {
  const level = candidate.highestEqfLevel;
  if (level === null || level <= 0) return 0;
  const min = prepared.vacancy.minEqfLevel;
  if (min === null || min <= 0) return Math.min(1, level / SATURATION_EQF);
  return level >= min ? 1 : (0.5 * level) / min;
}

/**
 * 1 for a completed credential of the vacancy's programme, 0.5 for one still in training,
 * else 0. A vacancy without a programme reports 0 and its weight is left out (the others
 * are rescaled), so such vacancies are not capped below 1.
 */
function partnershipComponent(prepared: PreparedVacancy, candidate: MatchCandidate): number {
  const programmeId = prepared.vacancy.programmeId;
  if (programmeId === null) return 0;
  let best = 0;
  for (const credential of candidate.credentials) {
    if (credential.programmeId === programmeId) best = Math.max(best, credential.trainingCompleted ? 1 : 0.5);
  }
  return best;
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
const clamp01 = (value: number): number => (value < 0 ? 0 : value > 1 ? 1 : value);

/** Scores a candidate against a prepared vacancy; use this in loops over many candidates. */
export function scorePrepared(
  prepared: PreparedVacancy,
  candidate: MatchCandidate,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): MatchScore {
  const w = weightsFor(prepared, weights);
  const { skills, essentialCount, skillIndex } = prepared;
  const held = new Uint8Array(skills.length);
  let essentialHeld = 0;
  let optionalHeld = 0;
  for (const num of candidate.skillNums) {
    const index = skillIndex.get(num);
    if (index === undefined || held[index] === 1) continue;
    held[index] = 1;
    if (index < essentialCount) essentialHeld += 1;
    else optionalHeld += 1;
  }
  const matchedSkillNums: ConceptNum[] = [];
  const missingEssentialSkillNums: ConceptNum[] = [];
  for (let i = 0; i < skills.length; i += 1) {
    if (held[i] === 1) matchedSkillNums.push(skills[i]!);
    else if (i < essentialCount) missingEssentialSkillNums.push(skills[i]!);
  }

  // A vacancy with no essential skills lacks nothing: the share is 1. One with no optional
  // skills takes the essential share, so listing none neither rewards nor penalises anyone:
  // the optional weight then simply counts towards essential skills.
  const optionalCount = skills.length - essentialCount;
  const essentialSkills = essentialCount === 0 ? 1 : essentialHeld / essentialCount;
  const optionalSkills = optionalCount === 0 ? essentialSkills : optionalHeld / optionalCount;
  const breakdown: ScoreBreakdown = {
    essentialSkills,
    optionalSkills,
    occupation: occupationComponent(prepared, candidate),
    experience: experienceComponent(prepared, candidate),
    languages: languagesComponent(prepared, candidate),
    qualification: qualificationComponent(prepared, candidate),
    partnership: partnershipComponent(prepared, candidate),
  };
  const score =
    w.essentialSkills * breakdown.essentialSkills +
    w.optionalSkills * breakdown.optionalSkills +
    w.occupation * breakdown.occupation +
    w.experience * breakdown.experience +
    w.languages * breakdown.languages +
    w.qualification * breakdown.qualification +
    w.partnership * breakdown.partnership;
  for (const key of Object.keys(breakdown) as (keyof ScoreBreakdown)[]) breakdown[key] = round4(breakdown[key]);
  return { score: round4(clamp01(score)), breakdown, matchedSkillNums, missingEssentialSkillNums };
}

/** Scores one candidate against one vacancy; see scorePrepared for many candidates. */
export function scoreMatch(vacancy: MatchVacancy, candidate: MatchCandidate, weights?: MatchWeights): MatchScore {
  return scorePrepared(prepareVacancy(vacancy), candidate, weights);
}

/**
 * Retrieval's relevance rule (docs/matching.md): the candidate shares at least one of the
 * vacancy's skills, or desires or has worked in an occupation of its ISCO unit group.
 */
export function sharesSkillOrUnitGroup(prepared: PreparedVacancy, candidate: MatchCandidate): boolean {
  for (const num of candidate.skillNums) if (prepared.skillIndex.has(num)) return true;
  const unit = prepared.occupation.iscoCode.slice(0, 4);
  return (
    candidate.desiredOccupations.some((o) => o.iscoCode.startsWith(unit)) ||
    candidate.experience.some((o) => o.iscoCode.startsWith(unit))
  );
}
