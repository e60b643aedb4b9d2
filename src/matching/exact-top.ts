import { normaliseWeights, type MatchWeights } from 'src/config/match-weights';
import type { CandidateStore } from 'src/matching/candidate-store';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { beyondSkills, scorePrepared, sharesEvidence, type PreparedVacancy } from 'src/matching/scoring';
import { coverageShare } from 'src/matching/skill-evidence';
import type { ConceptNum, MatchScore } from 'src/matching/types';

/** Buckets of the skill bound: candidates are scored a bucket at a time, the most promising first. */
const BUCKETS = 1024;
/** Scores are rounded to 4 decimals: a bound is compared with that much room. */
const ROUNDING = 1e-4;
/** Candidates drawn from the most valuable skills first, to learn a score the top k must reach. */
const FIRST_DRAW = 1_000;
/**
 * The least valuable skills left unread may together add at most this share of the needed
 * coverage: reading more lists (cheap) leaves fewer candidates to bound in full (dear).
 */
const UNREAD_SHARE = 0.3;

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
  /** Candidates whose bound was computed. */
  touched: number;
  /** Candidates scored in full. */
  scored: number;
}

/** Working memory, reused from query to query (a query runs synchronously to its end). */
let bound = new Float64Array(0);
let skillBounds = new Float64Array(0);
let stamp = new Uint32Array(0);
let touchedSlots = new Int32Array(0);
/** Per slot in phase 2: the required skill (position + 1) last credited, and its best gain so far. */
let lastTarget = new Int32Array(0);
let lastGain = new Float64Array(0);
let query = 0;

/** Room for `capacity` slots, and two fresh stamps (slots marked with neither are unseen). */
function reserve(capacity: number): [number, number] {
  if (bound.length < capacity) {
    const size = Math.max(capacity, bound.length * 2, 1024);
    bound = new Float64Array(size);
    skillBounds = new Float64Array(size);
    stamp = new Uint32Array(size);
    touchedSlots = new Int32Array(size);
    lastTarget = new Int32Array(size);
    lastGain = new Float64Array(size);
    query = 0;
  }
  if (query >= 0xfffffff0) {
    stamp.fill(0);
    query = 0;
  }
  query += 2;
  return [query - 1, query];
}

/** One query's terms: each skill that earns credit with its gain, the most valuable first. */
interface Terms {
  nums: ConceptNum[];
  gains: number[];
  /** The required skill (position) each term earns credit for. */
  targets: number[];
}

/** By skill key: what a query's terms are worth (see CandidateStore.skillBound). */
const dense = {
  target: new Int32Array(1 << 14),
  gain: new Float64Array(1 << 14),
  explains: new Float64Array(1 << 14),
  best: new Float64Array(64),
};

/**
 * What full credit through each skill adds to coverage (skillBound in skill-evidence.ts),
 * and what it explains of a holder's own skill mass as skillEvidence counts it; written by
 * skill key into `dense`, which `clearTerms` undoes.
 */
function termsOf(prepared: PreparedVacancy, w: MatchWeights): Terms {
  const skills = prepared.skills;
  const terms: { num: ConceptNum; gain: number; explains: number; target: number }[] = [];
  let largest = 0;
  for (const [num, e] of skills.evidence) {
    if (!(Number.isInteger(num) && num >= 0)) continue;
    terms.push({
      num,
      gain: e.credit * coverageShare(skills, e.target, w.essentialSkills, w.optionalSkills),
      explains: e.credit * Math.min(skills.graph.mass(num), skills.mass[e.target]!),
      target: e.target,
    });
    if (num > largest) largest = num;
  }
  terms.sort((a, b) => b.gain - a.gain || a.num - b.num);
  if (largest >= dense.target.length) {
    const size = Math.max(largest + 1, dense.target.length * 2);
    dense.target = new Int32Array(size);
    dense.gain = new Float64Array(size);
    dense.explains = new Float64Array(size);
  }
  if (dense.best.length < skills.required.length) dense.best = new Float64Array(skills.required.length * 2);
  for (const t of terms) {
    dense.target[t.num] = t.target + 1;
    dense.gain[t.num] = t.gain;
    dense.explains[t.num] = t.explains;
  }
  return { nums: terms.map((t) => t.num), gains: terms.map((t) => t.gain), targets: terms.map((t) => t.target) };
}

function clearTerms(terms: Terms): void {
  for (const num of terms.nums) {
    dense.target[num] = 0;
    dense.gain[num] = 0;
    dense.explains[num] = 0;
  }
}

/**
 * Where the least valuable terms start that cannot lift anyone to `needed` coverage alone:
 * the terms from there on earn, each required skill counting its best gain once, less than
 * `needed`. Terms before `from` are drawn already.
 */
function split(terms: Terms, from: number, needed: number, required: number): { at: number; reach: number } {
  if (!(needed > 0)) return { at: terms.nums.length, reach: 0 };
  const best = new Float64Array(required);
  let reach = 0;
  let at = terms.nums.length;
  while (at > from) {
    const t = terms.targets[at - 1]!;
    const gain = terms.gains[at - 1]!;
    const more = gain > best[t]! ? gain - best[t]! : 0;
    if (reach + more >= needed) break;
    reach += more;
    best[t] = Math.max(best[t]!, gain);
    at -= 1;
  }
  return { at, reach };
}

/**
 * Ranks candidates exactly, a bucket of score bounds at a time: each state of the search
 * knows the k best so far, and a bucket whose bound cannot reach the k-th of them (or the
 * floor) ends the walk. `bound` holds each drawn slot's score bound, `skillBounds` its
 * skill bound.
 */
class Walk {
  readonly top: TopMatch[] = [];
  scored = 0;
  private readonly passes: (slot: number) => boolean;

  constructor(
    private readonly store: CandidateStore,
    private readonly prepared: PreparedVacancy,
    private readonly options: TopOptions,
    private readonly skillWeight: number,
  ) {
    this.passes = store.filter({
      memberState: prepared.vacancy.memberState,
      languages: prepared.vacancy.languageRequirements,
      minEqfLevel: prepared.vacancy.minEqfLevel,
    });
  }

  /** The score a candidate must reach to matter; -Infinity until k are known and no floor is set. */
  get threshold(): number {
    const { k, floor } = this.options;
    const kth = this.top.length >= k ? this.top[k - 1]!.score : -Infinity;
    return Math.max(kth, floor ?? -Infinity);
  }

  /** The coverage bound below which a candidate scoring at most `beyond` besides skills cannot matter. */
  needed(beyond: number): number {
    const skills = this.threshold - beyond - ROUNDING;
    if (this.prepared.skills.required.length === 0 || !(skills > 0) || this.skillWeight <= 0) return 0;
    const root = skills / this.skillWeight;
    return root * root;
  }

  /** Scores the touched slots from `from` to `to`, the highest bounds first, as far as they can matter. */
  run(from: number, to: number): void {
    const counts = new Int32Array(BUCKETS + 1);
    const bucketOf = (slot: number) => Math.min(BUCKETS - 1, Math.floor(Math.max(0, bound[slot]!) * BUCKETS));
    for (let i = from; i < to; i += 1) counts[bucketOf(touchedSlots[i]!) + 1]! += 1;
    for (let b = 1; b <= BUCKETS; b += 1) counts[b]! += counts[b - 1]!;
    const order = new Int32Array(to - from);
    const fill = counts.slice(0, BUCKETS);
    for (let i = from; i < to; i += 1) {
      const slot = touchedSlots[i]!;
      order[fill[bucketOf(slot)]!++] = slot;
    }
    const { k, exclude, weights } = this.options;
    const { prepared, store } = this;
    const top = this.top;
    for (let b = BUCKETS - 1; b >= 0; b -= 1) {
      if (counts[b] === counts[b + 1]) continue;
      // The last bucket also holds bounds a rounding above 1.
      const ceiling = (b === BUCKETS - 1 ? Infinity : (b + 1) / BUCKETS) + ROUNDING;
      if (ceiling < this.threshold) break;
      for (let i = counts[b]!; i < counts[b + 1]!; i += 1) {
        const slot = order[i]!;
        if (bound[slot]! + ROUNDING < this.threshold) continue;
        if (exclude?.has(slot) || !this.passes(slot)) continue;
        const candidate = store.candidate(slot);
        if (!passesHardFilters(prepared.vacancy, { ...candidate, eligibleForProgramme: true })) continue;
        if (!sharesEvidence(prepared, candidate)) continue;
        // The candidate's own bound: its skill bound and, exactly, everything beyond skills.
        const beyond = beyondSkills(prepared, candidate, weights);
        if (this.skillWeight * skillBounds[slot]! + beyond + ROUNDING < this.threshold) continue;
        this.scored += 1;
        const match = scorePrepared(prepared, candidate, weights);
        const entry = { slot, id: store.idOf(slot), score: match.score, match };
        if (top.length >= k && compareMatches(entry, top[k - 1]!) >= 0) continue;
        let at = top.length;
        while (at > 0 && compareMatches(entry, top[at - 1]!) < 0) at -= 1;
        top.splice(at, 0, entry);
        if (top.length > k) top.pop();
      }
    }
  }
}

/**
 * The exact top `k` of the scorer over every candidate in `store` who passes the vacancy's
 * hard filters and shares evidence with it, programme eligibility aside (the database
 * answers it; pass the refused in `exclude`). Safe pruning after MaxScore: a candidate's
 * score is at most the skill weights × its skill bound plus the most it can score beyond
 * skills. The skill bound, √(min(1, coverage bound) × focus), comes from the candidate's
 * own skills: the coverage bound sums the best gain per required skill, focus is exact.
 * Beyond skills, a candidate with no occupation in the vacancy's ISCO sub-major group nor
 * a neighbour of it ("far") earns no occupation and no experience credit; one with ("close")
 * may earn every weight.
 *
 * 1. Candidates holding the most valuable skills are drawn first and ranked: their k-th
 *    score (or the floor) is a score the top k must reach, so a coverage they need.
 * 2. The skills are split: the least valuable ones, which together cannot lift a far
 *    candidate near that need, are left unread; holders of the others are drawn, and close
 *    candidates too when what the unread skills add could be enough for them. A drawn
 *    candidate whose read gains and the unread ones' most cannot reach the need is dropped,
 *    the others are bounded in full.
 * 3. Every drawn candidate is scored in falling buckets of bound until a bucket cannot
 *    reach the k-th best score: nobody who could enter the top k is skipped.
 */
export function exactTop(store: CandidateStore, prepared: PreparedVacancy, options: TopOptions): TopResult {
  const w = normaliseWeights(options.weights, prepared.vacancy.programmeId !== null);
  const skillWeight = w.essentialSkills + w.optionalSkills;
  const beyondFar = w.languages + w.qualification + w.partnership;
  const beyondClose = beyondFar + w.occupation + w.experience;
  const terms = termsOf(prepared, w);
  const noSkills = prepared.skills.required.length === 0;
  const graph = prepared.skills.graph;
  const mass = (num: ConceptNum) => graph.mass(num);
  const occupation = prepared.occupation;
  const group = occupation.iscoCode.length >= 2 ? occupation.iscoCode.slice(0, 2) : null;
  const closeCodes = store.iscoCodes.map((code) => group !== null && code.startsWith(group));
  const closeTest = (num: ConceptNum, isco: number) =>
    closeCodes[isco] === true || num === occupation.num || occupation.neighbours.has(num);
  const beyondOf = (slot: number) => (store.anyOccupation(slot, closeTest) ? beyondClose : beyondFar);
  try {
    const [first, second] = reserve(store.capacity);
    let touched = 0;
    /** Bounds the slot in full: its skill bound, and its score bound in `bound`. */
    const full = (slot: number, beyond: number) => {
      const skills = noSkills ? 1 : store.skillBound(slot, dense, mass);
      skillBounds[slot] = skills;
      bound[slot] = skillWeight * skills + beyond;
    };
    /** Draws holders until `limit` are drawn; false when the list was cut short. */
    const draw = (values: Int32Array, length: number, limit: number): boolean => {
      for (let i = 0; i < length; i += 1) {
        if (touched >= limit) return false;
        const slot = values[i]!;
        if (stamp[slot] === first || !store.isAlive(slot)) continue;
        stamp[slot] = first;
        full(slot, beyondOf(slot));
        touchedSlots[touched++] = slot;
      }
      return true;
    };
    // Phase 2 first sums, in `bound`, the best gain of the read terms per required skill
    // (`target`, position + 1; the terms come grouped by it): a cheap coverage bound.
    const sum = (values: Int32Array, length: number, gain: number, target: number) => {
      for (let i = 0; i < length; i += 1) {
        const slot = values[i]!;
        const mark = stamp[slot];
        if (mark === first) continue;
        if (mark === second) {
          if (lastTarget[slot] !== target) {
            lastTarget[slot] = target;
            lastGain[slot] = gain;
            bound[slot]! += gain;
          } else if (gain > lastGain[slot]!) {
            bound[slot]! += gain - lastGain[slot]!;
            lastGain[slot] = gain;
          }
        } else if (store.isAlive(slot)) {
          stamp[slot] = second;
          bound[slot] = gain;
          lastTarget[slot] = target;
          lastGain[slot] = gain;
          touchedSlots[touched++] = slot;
        }
      }
    };
    const walk = new Walk(store, prepared, options, skillWeight);

    // 1. The most valuable skills' holders.
    let next = 0;
    // With a floor, the score to reach is known already.
    while (next < terms.nums.length && touched < FIRST_DRAW && options.floor === undefined) {
      const postings = store.skillPostings(terms.nums[next]!);
      // A list cut short is read again in phase 2 (its holders drawn here are passed over).
      if (postings && !draw(postings.values, postings.length, FIRST_DRAW)) break;
      next += 1;
    }
    walk.run(0, touched);

    // 2. Holders of the skills that can still lift a candidate to the score to reach.
    const drawn = touched;
    const neededFar = walk.needed(beyondFar);
    const neededClose = walk.needed(beyondClose);
    const { at: until, reach } = split(terms, next, neededFar * UNREAD_SHARE, prepared.skills.required.length);
    const read = Array.from({ length: until - next }, (_, i) => next + i).sort(
      (a, b) => terms.targets[a]! - terms.targets[b]! || a - b,
    );
    for (const i of read) {
      const postings = store.skillPostings(terms.nums[i]!);
      if (postings) sum(postings.values, postings.length, terms.gains[i]!, terms.targets[i]! + 1);
    }
    // Close candidates holding none of the skills read (or none at all) may still matter.
    if (!(reach < neededClose)) {
      const lists = [
        ...(group !== null ? [store.subMajorPostings(group)] : []),
        store.occupationPostings(occupation.num),
        ...[...occupation.neighbours.keys()].map((num) => store.occupationPostings(num)),
      ];
      for (const postings of lists) if (postings) sum(postings.values, postings.length, 0, 0);
    }
    // What the terms read add, plus the most the unread ones can: below the need, out.
    let kept = drawn;
    for (let i = drawn; i < touched; i += 1) {
      const slot = touchedSlots[i]!;
      const beyond = beyondOf(slot);
      const needed = beyond === beyondFar ? neededFar : neededClose;
      if (needed > 0 && bound[slot]! + reach < needed) continue;
      full(slot, beyond);
      touchedSlots[kept++] = slot;
    }
    touched = kept;

    // 3. Scoring as far as it can matter.
    walk.run(drawn, touched);
    return { top: walk.top, touched, scored: walk.scored };
  } finally {
    clearTerms(terms);
  }
}

/**
 * The ids of the candidates passing the hard filters the store can check and sharing
 * evidence with the vacancy, up to `cap`: what totalCount counts (programme eligibility is
 * the database's to answer).
 */
export function matchingIds(store: CandidateStore, prepared: PreparedVacancy, cap: number): string[] {
  const [now] = reserve(store.capacity);
  const passes = store.filter({
    memberState: prepared.vacancy.memberState,
    languages: prepared.vacancy.languageRequirements,
    minEqfLevel: prepared.vacancy.minEqfLevel,
  });
  const ids: string[] = [];
  const visit = (postings: { values: Int32Array; length: number } | undefined) => {
    for (let i = 0; postings && i < postings.length && ids.length < cap; i += 1) {
      const slot = postings.values[i]!;
      if (stamp[slot] === now || !store.isAlive(slot)) continue;
      stamp[slot] = now;
      if (passes(slot)) ids.push(store.idOf(slot));
    }
  };
  for (const num of prepared.skills.evidence.keys()) visit(store.skillPostings(num));
  const occupation = prepared.occupation;
  for (const num of [occupation.num, ...occupation.neighbours.keys()]) visit(store.occupationPostings(num));
  visit(store.unitPostings(occupation.iscoCode.slice(0, 4)));
  return ids;
}
