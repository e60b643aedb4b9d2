import { cefrRank } from 'src/reference/cefr';
import { occupationCloseness } from 'src/matching/occupation';
import { prepareSkills, skillEvidence, skillScore, type PreparedSkills } from 'src/matching/skill-evidence';
import { SkillGraph } from 'src/matching/skill-graph';
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
  /** The required skills and every skill whose holder earns credit for one of them. */
  readonly skills: PreparedSkills;
  /** The vacancy's occupation and the occupations whose skill profiles are alike its own. */
  readonly occupation: { num: ConceptNum; iscoCode: string; neighbours: ReadonlyMap<ConceptNum, number> };
  readonly requirements: readonly { language: string; minRank: number }[];
  weightsCache: { weights: MatchWeights; normalised: MatchWeights } | null;
}

/**
 * Prepares a vacancy for scoring with what `graph` knows of skills and occupations; without
 * a graph every skill weighs alike and only exact skills and the ISCO tree count.
 */
export function prepareVacancy(vacancy: MatchVacancy, graph: SkillGraph = SkillGraph.EMPTY): PreparedVacancy {
  return {
    vacancy,
    skills: prepareSkills(vacancy.essentialSkillNums, vacancy.optionalSkillNums, graph),
    occupation: {
      num: vacancy.occupationNum,
      iscoCode: vacancy.iscoCode,
      neighbours: graph.occupationNeighbours(vacancy.occupationNum),
    },
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
    best = Math.max(best, occupationCloseness(prepared.occupation, desired.num, desired.iscoCode));
  }
  for (const job of candidate.experience) {
    best = Math.max(best, occupationCloseness(prepared.occupation, job.num, job.iscoCode));
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
      years += job.years * occupationCloseness(prepared.occupation, job.num, job.iscoCode);
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

/**
 * What a candidate scores beyond the skill part: the weighted occupation, experience,
 * languages, qualification and partnership components (weights scaled as in scorePrepared).
 * Exact search bounds a score by it plus the most the skill part can be (exact-top.ts).
 */
export function beyondSkills(
  prepared: PreparedVacancy,
  candidate: MatchCandidate,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): number {
  const w = weightsFor(prepared, weights);
  return (
    w.occupation * occupationComponent(prepared, candidate) +
    w.experience * experienceComponent(prepared, candidate) +
    w.languages * languagesComponent(prepared, candidate) +
    w.qualification * qualificationComponent(prepared, candidate) +
    w.partnership * partnershipComponent(prepared, candidate)
  );
}

/**
 * Scores a candidate against a prepared vacancy; use this in loops over many candidates.
 * The score is the weighted sum of the skill part (weight essentialSkills + optionalSkills,
 * see skill-evidence.ts) and the other components, the weights scaled to sum 1.
 */
export function scorePrepared(
  prepared: PreparedVacancy,
  candidate: MatchCandidate,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): MatchScore {
  const w = weightsFor(prepared, weights);
  const evidence = skillEvidence(prepared.skills, candidate.skillNums);
  const skills = skillScore(prepared.skills, evidence, w.essentialSkills, w.optionalSkills);
  const occupation = occupationComponent(prepared, candidate);
  const experience = experienceComponent(prepared, candidate);
  const languages = languagesComponent(prepared, candidate);
  const qualification = qualificationComponent(prepared, candidate);
  const partnership = partnershipComponent(prepared, candidate);
  const score =
    (w.essentialSkills + w.optionalSkills) * skills +
    w.occupation * occupation +
    w.experience * experience +
    w.languages * languages +
    w.qualification * qualification +
    w.partnership * partnership;
  const breakdown: ScoreBreakdown = {
    essentialSkills: round4(evidence.essential),
    optionalSkills: round4(evidence.optional),
    skillFocus: round4(evidence.focus),
    skills: round4(skills),
    occupation: round4(occupation),
    experience: round4(experience),
    languages: round4(languages),
    qualification: round4(qualification),
    partnership: round4(partnership),
  };
  return {
    score: round4(clamp01(score)),
    breakdown,
    matchedSkillNums: evidence.exact,
    missingEssentialSkillNums: evidence.missingEssential,
    // Credits are the graph's constants (SKILL_CREDIT): already short decimals.
    skillMatches: evidence.matches,
  };
}

/** Scores one candidate against one vacancy; see scorePrepared for many candidates. */
export function scoreMatch(
  vacancy: MatchVacancy,
  candidate: MatchCandidate,
  weights?: MatchWeights,
  graph: SkillGraph = SkillGraph.EMPTY,
): MatchScore {
  return scorePrepared(prepareVacancy(vacancy, graph), candidate, weights);
}

/**
 * Retrieval's relevance rule (docs/matching.md): the candidate holds one of the vacancy's
 * skills or a skill related to one, or desires or has worked in an occupation of its ISCO
 * unit group or one whose skill profile is alike (a neighbour).
 */
export function sharesEvidence(prepared: PreparedVacancy, candidate: MatchCandidate): boolean {
  for (const num of candidate.skillNums) if (prepared.skills.evidence.has(num)) return true;
  const unit = prepared.occupation.iscoCode.slice(0, 4);
  const near = (o: { num: ConceptNum; iscoCode: string }) =>
    o.num === prepared.occupation.num || o.iscoCode.startsWith(unit) || prepared.occupation.neighbours.has(o.num);
  return candidate.desiredOccupations.some(near) || candidate.experience.some(near);
}
