import { SkillGraph, type SkillRelation } from 'src/matching/skill-graph';
import type { ConceptNum } from 'src/matching/types';

/**
 * The skill part of a match score, a pure function of the vacancy's skills, the candidate's
 * skills and the skill graph (README, "Matching weights", explains every factor).
 *
 * Each skill weighs its specificity squared, μ = specificity²: the contribution of a shared
 * skill to the cosine of two specificity-weighted skill profiles, so a skill few occupations
 * need counts for far more than one most of them need. A held skill earns credit for one
 * required skill: itself (EXACT, 1) or, failing that, the required skill it is the
 * strongest evidence of through ESCO (BROADER, NARROWER, RELATED, see SKILL_CREDIT). Each
 * required skill keeps its best credit.
 *
 * - coverage: the share of the vacancy's skill mass the candidate shows, μ × credit summed
 *   over the required skills, per essential and optional group (essentialSkills, optionalSkills);
 * - focus: the share of the candidate's own skill mass the vacancy uses;
 * - skills = √(coverage × focus): the geometric mean, which is the cosine of the two skill
 *   profiles when both are weighed alike. It needs both: a long list covering much but mostly
 *   unrelated scores low, as does a short list that is all relevant but covers little.
 */
export interface SkillMatchNums {
  requiredNum: ConceptNum;
  heldNum: ConceptNum;
  relation: SkillRelation;
  credit: number;
}

/** What holding a skill earns: credit for one required skill (by position), and how. */
interface Evidence {
  target: number;
  relation: SkillRelation;
  credit: number;
}

export interface PreparedSkills {
  /** Essential skills first, then optional ones not also essential; no duplicates. */
  readonly required: readonly ConceptNum[];
  readonly essentialCount: number;
  /** μ of each required skill, by position. */
  readonly mass: Float64Array;
  readonly essentialMass: number;
  readonly optionalMass: number;
  /** Every skill whose holder earns credit, exact or related, and for which required skill. */
  readonly evidence: ReadonlyMap<ConceptNum, Evidence>;
  readonly graph: SkillGraph;
  /**
   * Working memory of skillEvidence, one slot per required skill, reused from call to call
   * (scoring is synchronous): the best credit so far, the held skill that earned it, and how.
   */
  readonly scratch: { credit: Float64Array; held: Float64Array; relation: SkillRelation[] };
}

/** μ: a skill's weight in profiles; see the module comment. */
export function skillMass(graph: SkillGraph, num: ConceptNum): number {
  return graph.mass(num);
}

export function prepareSkills(
  essentialNums: readonly ConceptNum[],
  optionalNums: readonly ConceptNum[],
  graph: SkillGraph,
): PreparedSkills {
  const position = new Map<ConceptNum, number>();
  const required: ConceptNum[] = [];
  for (const num of essentialNums) if (!position.has(num)) position.set(num, required.push(num) - 1);
  const essentialCount = required.length;
  for (const num of optionalNums) if (!position.has(num)) position.set(num, required.push(num) - 1);

  const mass = Float64Array.from(required, (num) => skillMass(graph, num));
  let essentialMass = 0;
  let optionalMass = 0;
  for (let i = 0; i < required.length; i += 1) {
    if (i < essentialCount) essentialMass += mass[i]!;
    else optionalMass += mass[i]!;
  }

  const evidence = new Map<ConceptNum, Evidence>();
  required.forEach((num, target) => evidence.set(num, { target, relation: 'EXACT', credit: 1 }));
  // A related skill counts for the required skill it says most about: an essential one before
  // an optional one, then the highest credit × μ, then the first in vacancy order.
  const strength = (e: Evidence) => [e.target < essentialCount ? 1 : 0, e.credit * mass[e.target]!] as const;
  required.forEach((num, target) => {
    for (const link of graph.links(num)) {
      const current = evidence.get(link.num);
      const candidate: Evidence = { target, relation: link.relation, credit: link.credit };
      if (current === undefined) {
        evidence.set(link.num, candidate);
        continue;
      }
      if (current.relation === 'EXACT') continue;
      const [currentGroup, currentValue] = strength(current);
      const [group, value] = strength(candidate);
      if (group > currentGroup || (group === currentGroup && value > currentValue)) evidence.set(link.num, candidate);
    }
  });
  const scratch = {
    credit: new Float64Array(required.length),
    held: new Float64Array(required.length),
    relation: required.map((): SkillRelation => 'EXACT'),
  };
  return { required, essentialCount, mass, essentialMass, optionalMass, evidence, graph, scratch };
}

export interface SkillEvidence {
  /** Coverage of the essential skills, in [0, 1]; the optional share when the vacancy lists none. */
  essential: number;
  /** Coverage of the optional skills; the essential share when the vacancy lists none. */
  optional: number;
  /** Share of the candidate's skill mass the vacancy uses; 0 without skills. */
  focus: number;
  /** Per required skill with credit, the held skill behind its best credit; vacancy order. */
  matches: SkillMatchNums[];
  /** The required skills held exactly, and the essential ones not held exactly; vacancy order. */
  exact: ConceptNum[];
  missingEssential: ConceptNum[];
}

/** Skill keys up to this are told apart with `seen`; larger ones (never in practice) with a Set. */
const DENSE_KEYS = 1 << 22;
/** Working memory of skillEvidence: the call that last saw each skill key (scoring is synchronous). */
let seen = new Uint32Array(1 << 14);
let call = 0;

/**
 * A test that is true the first time a skill key comes up in this call, so a sloppy list
 * does not count a skill twice; no Set or copy per candidate for ordinary keys.
 */
function firstSight(nums: readonly ConceptNum[]): (num: ConceptNum) => boolean {
  let largest = -1;
  for (const num of nums) {
    if (!(Number.isInteger(num) && num >= 0 && num < DENSE_KEYS)) {
      const once = new Set<ConceptNum>();
      return (n) => !once.has(n) && once.add(n) !== undefined;
    }
    if (num > largest) largest = num;
  }
  if (largest >= seen.length) seen = new Uint32Array(Math.max(largest + 1, seen.length * 2));
  call += 1;
  if (call === 0xffffffff) {
    seen.fill(0);
    call = 1;
  }
  const now = call;
  const marks = seen;
  return (num) => {
    if (marks[num] === now) return false;
    marks[num] = now;
    return true;
  };
}

export function skillEvidence(prepared: PreparedSkills, skillNums: readonly ConceptNum[]): SkillEvidence {
  const { required, essentialCount, mass, evidence, graph, scratch } = prepared;
  const { credit: credits, held: best, relation: relations } = scratch;
  credits.fill(0);
  let explained = 0;
  let own = 0;
  const first = firstSight(skillNums);
  for (const num of skillNums) {
    if (!first(num)) continue;
    const m = graph.mass(num);
    own += m;
    const e = evidence.get(num);
    if (e === undefined) continue;
    // The held skill explains itself as far as its target is worth: a very specific skill
    // standing in for a common one earns no more than the common one would.
    explained += e.credit * Math.min(m, mass[e.target]!);
    if (e.credit > credits[e.target]!) {
      credits[e.target] = e.credit;
      best[e.target] = num;
      relations[e.target] = e.relation;
    }
  }
  let essentialShown = 0;
  let optionalShown = 0;
  const matches: SkillMatchNums[] = [];
  const exact: ConceptNum[] = [];
  const missingEssential: ConceptNum[] = [];
  for (let i = 0; i < required.length; i += 1) {
    const credit = credits[i]!;
    if (credit === 1) exact.push(required[i]!);
    else if (i < essentialCount) missingEssential.push(required[i]!);
    if (credit === 0) continue;
    if (i < essentialCount) essentialShown += mass[i]! * credit;
    else optionalShown += mass[i]! * credit;
    matches.push({ requiredNum: required[i]!, heldNum: best[i]!, relation: relations[i]!, credit });
  }
  const hasEssential = essentialCount > 0 && prepared.essentialMass > 0;
  const hasOptional = required.length > essentialCount && prepared.optionalMass > 0;
  let essential = hasEssential ? essentialShown / prepared.essentialMass : 1;
  let optional = hasOptional ? optionalShown / prepared.optionalMass : 1;
  // A group the vacancy leaves empty takes the other's share: listing none neither rewards
  // nor penalises anyone, and its weight counts towards the other group.
  if (!hasEssential && hasOptional) essential = optional;
  if (!hasOptional && hasEssential) optional = essential;
  const focus = own > 0 ? explained / own : 0;
  return { essential, optional, focus, matches, exact, missingEssential };
}

/** The essential and optional weights as shares of the skill part (both 0.5 when both are 0). */
function groupShares(essentialWeight: number, optionalWeight: number): [number, number] {
  const total = essentialWeight + optionalWeight;
  return total > 0 ? [essentialWeight / total, optionalWeight / total] : [0.5, 0.5];
}

/**
 * The skill part in [0, 1]: √(coverage × focus), coverage mixing the essential and optional
 * shares by their weights. A vacancy that lists no skills asks for none: 1 for everyone.
 */
export function skillScore(
  prepared: PreparedSkills,
  e: Pick<SkillEvidence, 'essential' | 'optional' | 'focus'>,
  essentialWeight: number,
  optionalWeight: number,
): number {
  if (prepared.required.length === 0) return 1;
  const [essentialShare, optionalShare] = groupShares(essentialWeight, optionalWeight);
  const coverage = essentialShare * e.essential + optionalShare * e.optional;
  return Math.sqrt(Math.max(0, coverage) * Math.max(0, e.focus));
}

/**
 * What full credit for the required skill at `position` adds to coverage. Coverage is the
 * sum of credit × this over the required skills, which is what makes the score decompose
 * per skill for pruned retrieval (see skillBound).
 */
export function coverageShare(
  prepared: PreparedSkills,
  position: number,
  essentialWeight: number,
  optionalWeight: number,
): number {
  const { essentialCount, required, mass, essentialMass, optionalMass } = prepared;
  const hasEssential = essentialCount > 0 && essentialMass > 0;
  const hasOptional = required.length > essentialCount && optionalMass > 0;
  const essential = position < essentialCount;
  const [essentialShare, optionalShare] = groupShares(essentialWeight, optionalWeight);
  if (essential && hasEssential) return ((hasOptional ? essentialShare : 1) * mass[position]!) / essentialMass;
  if (!essential && hasOptional) return ((hasEssential ? optionalShare : 1) * mass[position]!) / optionalMass;
  return 0;
}

/**
 * An upper bound of the skill part for any candidate holding (some of) `heldNums`, from each
 * held skill's largest possible contribution alone: credit × coverageShare of the required
 * skill it counts for, summed, capped at 1, under the square root (focus is at most 1). Each
 * skill's contribution is known before any candidate is read, so retrieval can skip
 * candidates whose bound cannot reach the k-th best score (MaxScore, WAND).
 */
export function skillBound(
  prepared: PreparedSkills,
  heldNums: Iterable<ConceptNum>,
  essentialWeight: number,
  optionalWeight: number,
): number {
  if (prepared.required.length === 0) return 1;
  let coverage = 0;
  for (const num of new Set(heldNums)) {
    const e = prepared.evidence.get(num);
    if (e) coverage += e.credit * coverageShare(prepared, e.target, essentialWeight, optionalWeight);
  }
  return Math.sqrt(Math.min(1, coverage));
}
