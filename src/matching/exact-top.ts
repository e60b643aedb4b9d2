import { normaliseWeights, type MatchWeights } from 'src/config/match-weights';
import {
  BUCKETS,
  bucketCeiling,
  bucketsOf,
  neededShare,
  ROUNDING,
  type TopMatch,
  type TopResult,
} from 'src/matching/bound-order';
import type { CandidateStore, Postings } from 'src/matching/candidate-store';
import { passesHardFilters } from 'src/matching/hard-filters';
import { OCCUPATION_PROXIMITY } from 'src/matching/occupation';
import { compareMatches } from 'src/matching/ranking';
import { beyondSkills, scorePrepared, sharesEvidence, type PreparedVacancy } from 'src/matching/scoring';
import { coverageShare } from 'src/matching/skill-evidence';
import type { ConceptNum } from 'src/matching/types';

/** Candidates considered before the score to reach is known: the vacancy's occupation's, then holders of the most valuable skills. */
const FIRST_DRAW = 1_000;
/**
 * Phase 2 leaves unread lists that together add less than this share of the coverage a
 * candidate needs, so a holder must sum the rest from the lists read: summing gains along
 * lists is cheap, bounding a candidate in full is dear (a read of its record and skills).
 */
const UNREAD_SHARE = 0.7;
/** Slots per window of the gain sums: a window's sums stay in the processor's cache. */
const WINDOW = 1 << 15;
const sums = new Float64Array(WINDOW);
const summed = new Int32Array(WINDOW);
const close = new Uint8Array(WINDOW);
/** Sums are compared with this much room for the order of additions. */
const SLACK = 1e-9;

export type { TopMatch, TopResult } from 'src/matching/bound-order';

export interface TopOptions {
  /** How many of the best to return. */
  k: number;
  /** The configured weights (normalised here as the scorer does). */
  weights: MatchWeights;
  /** Slots to pass over: those the database refused (consent withdrawn, not eligible). */
  exclude?: ReadonlySet<number>;
  /** Nobody scoring below this matters to the caller (the k-th best pair of a programme so far). */
  floor?: number;
  /** Candidates considered before the score to reach is known (FIRST_DRAW); fewer leave more to the pruning. */
  firstDraw?: number;
}

/** Working memory, reused from query to query (a query runs synchronously to its end). */
let bound = new Float64Array(0);
let skillBounds = new Float64Array(0);
let touchedSlots = new Int32Array(0);

/** Room for `capacity` slots. */
function reserve(capacity: number): void {
  if (bound.length < capacity) {
    const size = Math.max(capacity, bound.length * 2, 1024);
    bound = new Float64Array(size);
    skillBounds = new Float64Array(size);
    touchedSlots = new Int32Array(size);
  }
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
 * The terms to read so that those left unread cannot lift anyone to `needed` coverage alone:
 * the unread earn, each required skill counting its best gain once, less than `needed`
 * (their `reach`). Left unread first are the terms with the longest lists for what they
 * add (MaxScore's non-essential lists, chosen by cost): long lists of generic skills, short
 * ones of specific skills are read.
 */
function split(
  store: CandidateStore,
  terms: Terms,
  needed: number,
  required: number,
): { read: number[]; reach: number } {
  const all = terms.nums.map((_, i) => i);
  if (!(needed > 0)) return { read: all, reach: 0 };
  const length = all.map((i) => store.skillPostings(terms.nums[i]!)?.length ?? 0);
  const cost = (i: number) => (terms.gains[i]! > 0 ? length[i]! / terms.gains[i]! : Infinity);
  const best = new Float64Array(required);
  let reach = 0;
  const read: number[] = [];
  for (const i of [...all].sort((a, b) => cost(b) - cost(a) || a - b)) {
    const t = terms.targets[i]!;
    const more = terms.gains[i]! > best[t]! ? terms.gains[i]! - best[t]! : 0;
    if (reach + more >= needed) {
      read.push(i);
      continue;
    }
    reach += more;
    best[t] = Math.max(best[t]!, terms.gains[i]!);
  }
  return { read, reach };
}

const FAR = 0;
const REST = 1;
const NEAR = 2;

/**
 * Calls `visit` with each slot whose gains along `skills` (lists of holders, each with its
 * gain) plus `reach` come to the coverage a candidate as close as the slot needs (`needed`,
 * by closeness: FAR, or REST or NEAR when the slot is on one of `groups`' lists). The lists
 * are read side by side, a window of slots at a time, so the sums stay in a small array in
 * the processor's cache instead of one entry per slot of the store.
 */
function sweep(
  capacity: number,
  skills: readonly { postings: Postings; gain: number }[],
  groups: readonly { postings: Postings; closeness: number }[],
  needed: readonly number[],
  reach: number,
  visit: (slot: number, closeness: number) => void,
): void {
  const skillAt = new Int32Array(skills.length);
  const groupAt = new Int32Array(groups.length);
  let open = skills.length;
  for (let start = 0; open > 0 && start < capacity; start += WINDOW) {
    const end = start + WINDOW;
    for (let j = 0; j < groups.length; j += 1) {
      const { postings, closeness } = groups[j]!;
      const { values, length } = postings;
      let c = groupAt[j]!;
      for (; c < length; c += 1) {
        const slot = values[c]!;
        if (slot >= end) break;
        if (closeness > close[slot - start]!) close[slot - start] = closeness;
      }
      groupAt[j] = c;
    }
    let count = 0;
    for (let j = 0; j < skills.length; j += 1) {
      const { postings, gain } = skills[j]!;
      const { values, length } = postings;
      let c = skillAt[j]!;
      if (c >= length) continue;
      for (; c < length; c += 1) {
        const slot = values[c]!;
        if (slot >= end) break;
        const o = slot - start;
        const sum = sums[o]!;
        if (sum === 0) summed[count++] = o;
        sums[o] = sum + gain;
      }
      skillAt[j] = c;
      if (c >= length) open -= 1;
    }
    for (let i = 0; i < count; i += 1) {
      const o = summed[i]!;
      const closeness = close[o]!;
      if (sums[o]! + reach >= needed[closeness]! - SLACK) visit(start + o, closeness);
      sums[o] = 0;
    }
    close.fill(0);
  }
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
  /** The hard filters the store can check. */
  readonly passes: (slot: number) => boolean;

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
    return this.prepared.skills.required.length === 0 ? 0 : neededShare(this.threshold, beyond, this.skillWeight);
  }

  /** Scores the touched slots from `from` to `to`, the highest bounds first, as far as they can matter. */
  run(from: number, to: number): void {
    const { order, counts } = bucketsOf(touchedSlots, from, to, bound);
    const { k, weights } = this.options;
    const { prepared, store } = this;
    const top = this.top;
    for (let b = BUCKETS - 1; b >= 0; b -= 1) {
      if (counts[b] === counts[b + 1]) continue;
      if (bucketCeiling(b) < this.threshold) break;
      for (let i = counts[b]!; i < counts[b + 1]!; i += 1) {
        const slot = order[i]!;
        if (bound[slot]! + ROUNDING < this.threshold) continue;
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
 * Beyond skills, a candidate's occupations set the bound: near ones (the vacancy's
 * occupation, its ISCO unit group, neighbours closer than the minor group) may earn every
 * weight; the rest at most the minor group's occupation credit (and any experience); far
 * ones, none.
 *
 * 1. Those who want or have held the vacancy's occupation, and holders of the most
 *    valuable skills, are drawn and ranked: their k-th score (or the floor) is a score the
 *    top k must reach, so a coverage even a near candidate needs.
 * 2. The least valuable skills, which together cannot add most of that coverage, are left
 *    unread (MaxScore's non-essential lists); along the other lists each holder's gains are
 *    summed, and whoever sums, with all that is unread, to that coverage is bounded in full.
 *    Only when no skill is needed at all are the near and related occupations' lists read.
 * 3. Every drawn candidate whose bound can still reach the k-th score is scored, in falling
 *    buckets of bound, until a bucket cannot: nobody who could enter the top k is skipped.
 */
export function exactTop(store: CandidateStore, prepared: PreparedVacancy, options: TopOptions): TopResult {
  const w = normaliseWeights(options.weights, prepared.vacancy.programmeId !== null);
  const skillWeight = w.essentialSkills + w.optionalSkills;
  const beyondFar = w.languages + w.qualification + w.partnership;
  // By closeness: at most the minor group's occupation credit and any experience; every weight.
  const beyondBy = [
    beyondFar,
    beyondFar + w.occupation * OCCUPATION_PROXIMITY.minorGroup + w.experience,
    beyondFar + w.occupation + w.experience,
  ];
  const terms = termsOf(prepared, w);
  const noSkills = prepared.skills.required.length === 0;
  const graph = prepared.skills.graph;
  const mass = (num: ConceptNum) => graph.mass(num);
  const occupation = prepared.occupation;
  const unitCode = occupation.iscoCode.length >= 4 ? occupation.iscoCode.slice(0, 4) : null;
  const group = occupation.iscoCode.length >= 2 ? occupation.iscoCode.slice(0, 2) : null;
  // Neighbours closer than the minor group are near; the others are as close as it at most.
  const nearNeighbours: ConceptNum[] = [];
  const otherNeighbours: ConceptNum[] = [];
  for (const [num, similarity] of occupation.neighbours) {
    const near = OCCUPATION_PROXIMITY.skillProfileShare * similarity > OCCUPATION_PROXIMITY.minorGroup;
    (near ? nearNeighbours : otherNeighbours).push(num);
  }
  const nearSet = new Set(nearNeighbours);
  // By ISCO code number: NEAR in the unit group, REST in the sub-major group, else FAR.
  const groupOf = store.iscoCodes.map((code) =>
    unitCode !== null && code.startsWith(unitCode) ? NEAR : group !== null && code.startsWith(group) ? REST : FAR,
  );
  let closest = FAR;
  const closeness = (num: ConceptNum, isco: number): boolean => {
    if (num === occupation.num || groupOf[isco] === NEAR || nearSet.has(num)) {
      closest = NEAR;
      return true;
    }
    if (groupOf[isco] === REST || occupation.neighbours.has(num)) closest = REST;
    return false;
  };
  /** The most the slot's candidate can score beyond skills, from its occupations. */
  const beyondOf = (slot: number): number => {
    closest = FAR;
    store.anyOccupation(slot, closeness);
    return beyondBy[closest]!;
  };
  const walk = new Walk(store, prepared, options, skillWeight);
  const { exclude } = options;
  const passes = walk.passes;
  try {
    reserve(store.capacity);
    const mark = store.nextMark();
    /** Slots drawn (their bound can reach the score to beat), and slots considered. */
    let touched = 0;
    let considered = 0;
    /**
     * Draws the slot if it is new to this search, passes the filters the store knows and its
     * bound can reach the score to beat; `beyond` is the most it scores beyond skills, or a
     * function finding it.
     */
    const consider = (slot: number, beyond: number | ((slot: number) => number)): void => {
      if (!store.visit(slot, mark)) return;
      considered += 1;
      if (!store.isAlive(slot) || !passes(slot) || exclude?.has(slot)) return;
      const skills = noSkills ? 1 : store.skillBound(slot, dense, mass);
      const threshold = walk.threshold - ROUNDING;
      // The rough bound first: reading the candidate's occupations costs another read.
      if (skillWeight * skills + beyondBy[NEAR]! < threshold) return;
      const b = skillWeight * skills + (typeof beyond === 'number' ? beyond : beyond(slot));
      if (b < threshold) return;
      skillBounds[slot] = skills;
      bound[slot] = b;
      touchedSlots[touched++] = slot;
    };

    // 1. Those of the vacancy's own occupation, and holders of the most valuable skills.
    const own = store.occupationPostings(occupation.num);
    for (let i = 0; own && i < own.length; i += 1) consider(own.values[i]!, beyondBy[NEAR]!);
    const firstDraw = options.firstDraw ?? FIRST_DRAW;
    for (let t = 0; t < terms.nums.length && considered < firstDraw; t += 1) {
      const postings = store.skillPostings(terms.nums[t]!);
      for (let i = 0; postings && i < postings.length && considered < firstDraw; i += 1) {
        consider(postings.values[i]!, beyondOf);
      }
    }
    walk.run(0, touched);

    // 2. Whoever holds enough of the skills read to reach that score, as close as they are.
    //    Those holding none matter only when no skill part is needed at all.
    const drawn = touched;
    const needed = beyondBy.map((beyond) => walk.needed(beyond));
    const unit = occupation.iscoCode.length >= 4 ? store.unitPostings(occupation.iscoCode.slice(0, 4)) : undefined;
    const groups = [
      ...[own, unit, ...nearNeighbours.map((num) => store.occupationPostings(num))].map((postings) => ({
        postings,
        closeness: NEAR,
      })),
      ...[
        group !== null ? store.subMajorPostings(group) : undefined,
        ...otherNeighbours.map((num) => store.occupationPostings(num)),
      ].map((postings) => ({ postings, closeness: REST })),
    ].filter((g): g is { postings: Postings; closeness: number } => g.postings !== undefined);
    for (const { postings, closeness } of groups) {
      if (needed[closeness]! > 0) continue;
      for (let i = 0; i < postings.length; i += 1) consider(postings.values[i]!, beyondBy[closeness]!);
    }
    const { read, reach } = split(store, terms, needed[NEAR]! * UNREAD_SHARE, prepared.skills.required.length);
    const skills: { postings: Postings; gain: number }[] = [];
    for (const i of read) {
      const postings = store.skillPostings(terms.nums[i]!);
      if (!postings) continue;
      // A skill that adds nothing lifts nobody, unless anyone holding one will do.
      if (terms.gains[i]! > 0) skills.push({ postings, gain: terms.gains[i]! });
      else if (!(needed[FAR]! > 0))
        for (let j = 0; j < postings.length; j += 1) consider(postings.values[j]!, beyondOf);
    }
    sweep(store.capacity, skills, groups, needed, reach, (slot, closeness) => consider(slot, beyondBy[closeness]!));

    // 3. Scoring as far as it can matter.
    walk.run(drawn, touched);
    return { top: walk.top, touched, scored: walk.scored };
  } finally {
    clearTerms(terms);
  }
}

/**
 * The slots of the candidates passing the hard filters the store can check and sharing
 * evidence with the vacancy, up to `cap`: what totalCount counts (programme eligibility is
 * the database's to answer, by their ids).
 */
export function matchingSlots(store: CandidateStore, prepared: PreparedVacancy, cap: number): number[] {
  const mark = store.nextMark();
  const passes = store.filter({
    memberState: prepared.vacancy.memberState,
    languages: prepared.vacancy.languageRequirements,
    minEqfLevel: prepared.vacancy.minEqfLevel,
  });
  const slots: number[] = [];
  const visit = (postings: Postings | undefined) => {
    for (let i = 0; postings && i < postings.length && slots.length < cap; i += 1) {
      const slot = postings.values[i]!;
      if (!store.visit(slot, mark) || !store.isAlive(slot)) continue;
      if (passes(slot)) slots.push(slot);
    }
  };
  for (const num of prepared.skills.evidence.keys()) visit(store.skillPostings(num));
  const occupation = prepared.occupation;
  for (const num of [occupation.num, ...occupation.neighbours.keys()]) visit(store.occupationPostings(num));
  visit(store.unitPostings(occupation.iscoCode.slice(0, 4)));
  return slots;
}
