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
 * Default weights (they sum to 1). The two skill weights apply to the skill part, √(coverage ×
 * focus) (src/matching/skill-evidence.ts); their ratio mixes essential and optional coverage.
 *
 * - essentialSkills 0.58 and optionalSkills 0.15, together 0.73: skills are the evidence a
 *   profile holds, declared one by one and weighed by how specific they are; everything else
 *   is a claim (an occupation wanted), a count (years) or, above a minimum, a hard filter
 *   already passed. Optional coverage weighs about a quarter of essential coverage, as
 *   ESCO's optional skills are nice to have.
 * - occupation 0.10: the occupation a candidate wants or has held is a claim the skills
 *   should bear out; it separates candidates whose skills are alike, and no more. With these
 *   weights a candidate showing two thirds of the essential skills (by specificity) and
 *   naming no occupation never ranks below one who names the occupation, has worked in it
 *   and shows a quarter of its skills (a property test pins this).
 * - experience 0.06: years in the same or a nearby occupation, saturating, so seniority
 *   separates the experienced from novices without swamping skills.
 * - languages 0.05: the minimum is a hard filter; above it a higher level is a small plus.
 * - qualification 0.02: the minimum EQF level is a hard filter too; above it, a tie-breaker.
 * - partnership 0.04: a completed Talent Partnership credential means training for this
 *   destination was done; counted only for the programme's own vacancies (the weight is
 *   left out of the others), where eligibility is already a hard filter.
 */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  essentialSkills: 0.58,
  optionalSkills: 0.15,
  occupation: 0.1,
  experience: 0.06,
  languages: 0.05,
  qualification: 0.02,
  partnership: 0.04,
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
