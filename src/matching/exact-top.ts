import { normaliseWeights, type MatchWeights } from 'src/config/match-weights';
import type { CandidateStore } from 'src/matching/candidate-store';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { scorePrepared, type PreparedVacancy } from 'src/matching/scoring';
import { coverageShare } from 'src/matching/skill-evidence';
import type { MatchScore } from 'src/matching/types';

/** Buckets of the skill bound: candidates are scored a bucket at a time, the most promising first. */
const BUCKETS = 1024;
/** Scores are rounded to 4 decimals: a bound is compared with that much room. */
const ROUNDING = 1e-4;

export interface TopOptions {
  /** How many of the best to return. */
  k: number;
  /** The configured weights (normalised here as the scorer does). */
  weights: MatchWeights;
  /** Slots to pass over: those the database refused (consent withdrawn, not eligible). */
  exclude?: ReadonlySet<number>;
  /** Nobody scoring below this matters to the caller (the k-th best pair of a programme so far). */
  floor?: number;
}

export interface TopMatch {
  slot: number;
  id: string;
  score: number;
  match: MatchScore;
}

export interface TopResult {
  /** Best first: score descending, then id ascending (ranking.ts). */
  top: TopMatch[];
  /** Candidates sharing evidence with the vacancy (the overlap rule), before hard filters. */
  touched: number;
  /** Candidates scored in full. */
  scored: number;
}

/** Working memory, reused from query to query (a query runs synchronously to its end). */
let bound = new Float64Array(0);
let stamp = new Uint32Array(0);
let touchedSlots = new Int32Array(0);
let query = 0;

function reserve(capacity: number): void {
  if (bound.length < capacity) {
    const size = Math.max(capacity, bound.length * 2, 1024);
    bound = new Float64Array(size);
    stamp = new Uint32Array(size);
    touchedSlots = new Int32Array(size);
    query = 0;
  }
  query += 1;
  if (query === 0xffffffff) {
    stamp.fill(0);
    query = 1;
  }
}

/**
 * Every live candidate sharing evidence with the vacancy (a skill that earns credit, or an
 * occupation that is the vacancy's, in its unit group or a neighbour: sharesEvidence in
 * scoring.ts), each with its skill bound: the sum over the skills it holds of the coverage
 * full credit through that skill adds (skillBound in skill-evidence.ts), uncapped.
 */
function gather(store: CandidateStore, prepared: PreparedVacancy, w: MatchWeights): number {
  reserve(store.capacity);
  const now = query;
  let touched = 0;
  const visit = (values: Int32Array, length: number, gain: number) => {
    for (let i = 0; i < length; i += 1) {
      const slot = values[i]!;
      if (!store.isAlive(slot)) continue;
      if (stamp[slot] !== now) {
        stamp[slot] = now;
        bound[slot] = gain;
        touchedSlots[touched++] = slot;
      } else {
        bound[slot]! += gain;
      }
    }
  };
  const skills = prepared.skills;
  for (const [num, e] of skills.evidence) {
    const postings = store.skillPostings(num);
    if (!postings) continue;
    visit(
      postings.values,
      postings.length,
      e.credit * coverageShare(skills, e.target, w.essentialSkills, w.optionalSkills),
    );
  }
  const occupation = prepared.occupation;
  for (const num of [occupation.num, ...occupation.neighbours.keys()]) {
    const postings = store.occupationPostings(num);
    if (postings) visit(postings.values, postings.length, 0);
  }
  const unit = store.unitPostings(occupation.iscoCode.slice(0, 4));
  if (unit) visit(unit.values, unit.length, 0);
  return touched;
}

/**
 * The exact top `k` of the scorer over every candidate in `store` who passes the vacancy's
 * hard filters and shares evidence with it, programme eligibility aside (the database
 * answers it; pass the refused in `exclude`). Safe pruning in the spirit of MaxScore: a
 * candidate's score is at most the skill weight × √(min(1, skill bound)) plus every other
 * weight at full marks; candidates are scored in buckets of falling bound, and the walk
 * stops when a bucket's bound cannot reach the k-th best score, so nobody who could enter
 * the top k is skipped.
 */
export function exactTop(store: CandidateStore, prepared: PreparedVacancy, options: TopOptions): TopResult {
  const w = normaliseWeights(options.weights, prepared.vacancy.programmeId !== null);
  const touched = gather(store, prepared, w);
  const skillWeight = w.essentialSkills + w.optionalSkills;
  const rest = w.occupation + w.experience + w.languages + w.qualification + w.partnership;
  const noSkills = prepared.skills.required.length === 0;

  // Counting sort of the touched slots by bucket of their bound.
  const counts = new Int32Array(BUCKETS + 1);
  const bucketOf = (slot: number) => Math.min(BUCKETS - 1, Math.floor(Math.min(1, bound[slot]!) * BUCKETS));
  for (let i = 0; i < touched; i += 1) counts[bucketOf(touchedSlots[i]!) + 1]! += 1;
  for (let b = 1; b <= BUCKETS; b += 1) counts[b]! += counts[b - 1]!;
  const order = new Int32Array(touched);
  const fill = counts.slice(0, BUCKETS);
  for (let i = 0; i < touched; i += 1) {
    const slot = touchedSlots[i]!;
    order[fill[bucketOf(slot)]!++] = slot;
  }

  const passes = store.filter({
    memberState: prepared.vacancy.memberState,
    languages: prepared.vacancy.languageRequirements,
    minEqfLevel: prepared.vacancy.minEqfLevel,
  });
  const { k, exclude, floor } = options;
  const top: TopMatch[] = [];
  let scored = 0;
  for (let b = BUCKETS - 1; b >= 0; b -= 1) {
    const ceiling = skillWeight * (noSkills ? 1 : Math.sqrt(Math.min(1, (b + 1) / BUCKETS))) + rest + ROUNDING;
    if (top.length >= k && ceiling < top[k - 1]!.score) break;
    if (floor !== undefined && ceiling < floor) break;
    for (let i = counts[b]!; i < counts[b + 1]!; i += 1) {
      const slot = order[i]!;
      if (exclude?.has(slot) || !passes(slot)) continue;
      const candidate = store.candidate(slot);
      if (!passesHardFilters(prepared.vacancy, { ...candidate, eligibleForProgramme: true })) continue;
      scored += 1;
      const match = scorePrepared(prepared, candidate, options.weights);
      const entry = { slot, id: store.idOf(slot), score: match.score, match };
      if (top.length >= k && compareMatches(entry, top[k - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && compareMatches(entry, top[at - 1]!) < 0) at -= 1;
      top.splice(at, 0, entry);
      if (top.length > k) top.pop();
    }
  }
  return { top, touched, scored };
}

/**
 * The ids of the candidates passing the hard filters the store can check and sharing
 * evidence with the vacancy, up to `cap`: what totalCount counts (programme eligibility is
 * the database's to answer).
 */
export function matchingIds(
  store: CandidateStore,
  prepared: PreparedVacancy,
  weights: MatchWeights,
  cap: number,
): string[] {
  const w = normaliseWeights(weights, prepared.vacancy.programmeId !== null);
  const touched = gather(store, prepared, w);
  const passes = store.filter({
    memberState: prepared.vacancy.memberState,
    languages: prepared.vacancy.languageRequirements,
    minEqfLevel: prepared.vacancy.minEqfLevel,
  });
  const ids: string[] = [];
  for (let i = 0; i < touched && ids.length < cap; i += 1) {
    const slot = touchedSlots[i]!;
    if (passes(slot)) ids.push(store.idOf(slot));
  }
  return ids;
}
