/**
 * The components of a match score (each in [0, 1], see src/matching/scoring.ts). Kept here,
 * beside their weights, so configuration reads them without loading the matching feature.
 */
export const WEIGHT_KEYS = [
  'essentialSkills',
  'optionalSkills',
  'occupation',
  'experience',
  'languages',
  'qualification',
  'partnership',
] as const;

export type ScoreComponent = (typeof WEIGHT_KEYS)[number];

/** Relative importance of each score component; normalised to sum 1 before use. */
export type MatchWeights = Record<ScoreComponent, number>;

/**
 * Default weights (they sum to 1).
 *
 * - essentialSkills 0.40: ESCO's essential skills are what the job cannot be done
 *   without, and they are the most specific evidence a profile holds, so they lead.
 * - optionalSkills 0.10: nice to have; all optional skills together weigh a quarter of all
 *   essential ones (with ten of each, one essential skill is worth four optional ones).
 * - occupation 0.20: the same ESCO occupation (desired or held) is strong evidence of fit
 *   even where skill lists are incomplete, which self-declared profiles often are.
 * - experience 0.12: years in the same or a nearby occupation; saturates, so it separates
 *   novices from the experienced without letting seniority swamp skills.
 * - languages 0.08: the minimum is a hard filter; this only rewards levels above it.
 * - qualification 0.05: the minimum EQF level is a hard filter too; above it, small.
 * - partnership 0.05: a completed Talent Partnership credential means training for this
 *   destination was already done; small, because programme eligibility is a hard filter.
 */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  essentialSkills: 0.4,
  optionalSkills: 0.1,
  occupation: 0.2,
  experience: 0.12,
  languages: 0.08,
  qualification: 0.05,
  partnership: 0.05,
});

/** Everything wrong with a set of weights, as readable messages; empty when usable. */
export function validateWeights(weights: Partial<Record<keyof MatchWeights, unknown>>): string[] {
  const problems: string[] = [];
  let sum = 0;
  for (const key of WEIGHT_KEYS) {
    const value = weights[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${key} must be a finite number`);
    } else if (value < 0) {
      problems.push(`${key} must not be negative`);
    } else {
      sum += value;
    }
  }
  if (problems.length === 0 && sum === 0) problems.push('at least one weight must be positive');
  return problems;
}

/**
 * The weights scaled to sum 1, leaving out the partnership weight when `withPartnership`
 * is false. Throws on weights that validateWeights rejects: a bad configuration must stop
 * the service at boot, not silently rank candidates by nothing.
 */
export function normaliseWeights(weights: MatchWeights, withPartnership = true): MatchWeights {
  const problems = validateWeights(weights);
  if (problems.length > 0) throw new RangeError(`Invalid match weights: ${problems.join('; ')}`);
  const partnership = withPartnership ? weights.partnership : 0;
  let sum = partnership;
  for (const key of WEIGHT_KEYS) if (key !== 'partnership') sum += weights[key];
  // Only the partnership weight was positive and the vacancy has no programme: no component
  // says anything, so every candidate gets the same score.
  if (sum === 0) return { ...weights, partnership: 0 };
  return {
    essentialSkills: weights.essentialSkills / sum,
    optionalSkills: weights.optionalSkills / sum,
    occupation: weights.occupation / sum,
    experience: weights.experience / sum,
    languages: weights.languages / sum,
    qualification: weights.qualification / sum,
    partnership: partnership / sum,
  };
}
