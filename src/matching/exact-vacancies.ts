import { DEFAULT_WEIGHTS, normaliseWeights, type MatchWeights } from 'src/config/match-weights';
import {
  BUCKETS,
  bucketCeiling,
  bucketsOf,
  neededShare,
  ROUNDING,
  type TopMatch,
  type TopResult,
} from 'src/matching/bound-order';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { cefrRank } from 'src/reference/cefr';
import {
  beyondSkills,
  prepareVacancy,
  scorePrepared,
  sharesEvidence,
  type PreparedVacancy,
} from 'src/matching/scoring';
import { prepareSkills, type PreparedSkills } from 'src/matching/skill-evidence';
import type { SkillGraph } from 'src/matching/skill-graph';
import type { ConceptNum, MatchCandidate, MatchVacancy } from 'src/matching/types';
import type { HeldTerms, Postings, VacancyStore } from 'src/matching/vacancy-store';

/** Vacancies drawn from the most valuable skills first when few are of a close occupation. */
const FIRST_DRAW = 1_000;

export interface VacancyTopOptions {
  /** How many of the best to return. */
  k: number;
  /** The configured weights (normalised per vacancy as the scorer does). */
  weights: MatchWeights;
  /** Slots to pass over: those the database refused (no longer published). */
  exclude?: ReadonlySet<number>;
  /** Programmes the candidate is not eligible for: their vacancies are passed over. */
  refusedProgrammes?: ReadonlySet<string>;
  /** How many vacancies to draw before the first ranking (FIRST_DRAW); tests make it small. */
  firstDraw?: number;
}

/** Working memory, reused from query to query (a query runs synchronously to its end). */
let bound = new Float64Array(0);
let skillBounds = new Float64Array(0);
let stamp = new Uint32Array(0);
let touchedSlots = new Int32Array(0);
let query = 0;
let reachByNum = new Float64Array(1 << 14);

function reserve(capacity: number): number {
  if (bound.length < capacity) {
    const size = Math.max(capacity, bound.length * 2, 1024);
    bound = new Float64Array(size);
    skillBounds = new Float64Array(size);
    stamp = new Uint32Array(size);
    touchedSlots = new Int32Array(size);
    query = 0;
  }
  if (query >= 0xfffffff0) {
    stamp.fill(0);
    query = 0;
  }
  return ++query;
}

/** What the candidate's skills are worth to any vacancy, and where to find the vacancies they reach. */
interface Held extends HeldTerms {
  /** Per held skill (by position): the required skills it earns credit for, itself first. */
  targets: ConceptNum[][];
  /** Per held skill: the most it explains of a vacancy's skills, as a share of the candidate's own mass. */
  gains: number[];
}

/** The credit holding `held` earns for the required skill `required` (prepareSkills: itself, or a link of it). */
function creditFor(graph: SkillGraph, required: ConceptNum, held: ConceptNum): number {
  if (required === held) return 1;
  for (const link of graph.links(required)) if (link.num === held) return link.credit;
  return 0;
}

/**
 * The candidate's side of the skill bound. A required skill earns credit from a held skill
 * that is it or one of its links (prepareSkills); the graph links skills both ways, so the
 * skills a held one earns credit for are among itself and its own links.
 */
function heldTerms(candidate: MatchCandidate, graph: SkillGraph, w: MatchWeights): Held {
  const held = [...new Set(candidate.skillNums)].filter((num) => Number.isInteger(num) && num >= 0);
  const own = [...new Set(candidate.skillNums)].reduce((sum, num) => sum + graph.mass(num), 0);
  const explains = new Map<ConceptNum, { held: number; credit: number; mass: number }[]>();
  const targets: ConceptNum[][] = [];
  const gains: number[] = [];
  let largest = 0;
  held.forEach((h, position) => {
    const mass = graph.mass(h);
    const reached: ConceptNum[] = [];
    let gain = 0;
    for (const required of [h, ...graph.links(h).map((l) => l.num)]) {
      const credit = creditFor(graph, required, h);
      if (!(credit > 0) || !(Number.isInteger(required) && required >= 0)) continue;
      reached.push(required);
      largest = Math.max(largest, required);
      let list = explains.get(required);
      if (!list) explains.set(required, (list = []));
      list.push({ held: position, credit, mass });
      gain = Math.max(gain, credit * Math.min(mass, graph.mass(required)));
    }
    targets.push(reached);
    gains.push(own > 0 ? gain / own : 0);
  });
  if (largest >= reachByNum.length) reachByNum = new Float64Array(Math.max(largest + 1, reachByNum.length * 2));
  for (const [num, list] of explains) reachByNum[num] = Math.max(...list.map((e) => e.credit));
  const shares = w.essentialSkills + w.optionalSkills;
  return {
    reach: reachByNum,
    explains,
    own,
    essentialShare: shares > 0 ? w.essentialSkills / shares : 0.5,
    optionalShare: shares > 0 ? w.optionalSkills / shares : 0.5,
    best: new Float64Array(held.length),
    targets,
    gains,
  };
}

function clearHeld(held: Held): void {
  for (const num of held.explains.keys()) reachByNum[num] = 0;
}

/** The weights a vacancy is scored with: with the partnership weight for a programme's, without for the rest. */
interface Scale {
  skills: number;
  /** The most a vacancy of no close occupation scores beyond skills: languages, qualification, partnership. */
  far: number;
  /** The most beyond skills for one of a close occupation: occupation and experience too. */
  close: number;
}

function scaleOf(weights: MatchWeights, programme: boolean): Scale {
  const w = normaliseWeights(weights, programme);
  const far = w.languages + w.qualification + w.partnership;
  return { skills: w.essentialSkills + w.optionalSkills, far, close: far + w.occupation + w.experience };
}

/** How the candidate's occupations stand to each vacancy's (occupation.ts, sharesEvidence). */
interface Nearness {
  /**
   * An occupation the candidate names is the vacancy's own, in its ISCO sub-major group or
   * a neighbour of it: occupationCloseness may be above 0. Otherwise the vacancy earns no
   * occupation and no experience credit.
   */
  isClose(slot: number): boolean;
  /** The vacancy shares evidence through an occupation (sharesEvidence): every such one is close or short-coded. */
  sharesOccupation(slot: number): boolean;
  /** The postings of the occupations the candidate names. */
  named(): (Postings | undefined)[];
  /** The postings holding every other close vacancy and every other one sharing evidence through an occupation. */
  others(): (Postings | undefined)[];
}

function nearness(store: VacancyStore, candidate: MatchCandidate, graph: SkillGraph): Nearness {
  const named = [...candidate.desiredOccupations, ...candidate.experience];
  const nums = new Set(named.map((o) => o.num));
  const groups = new Set(named.filter((o) => o.iscoCode.length >= 2).map((o) => o.iscoCode.slice(0, 2)));
  // Neighbours are the vacancy occupation's (prepareVacancy), so they are looked up from its side.
  const occupations = new Set(nums);
  for (const num of store.occupations()) {
    const neighbours = graph.occupationNeighbours(num);
    for (const n of nums) if (neighbours.has(n)) occupations.add(num);
  }
  const codes = store.iscoCodesSeen;
  const closeCode = codes.map((code) => code.length >= 2 && groups.has(code.slice(0, 2)));
  const unitCode = codes.map((code) => named.some((o) => o.iscoCode.startsWith(code.slice(0, 4))));
  return {
    isClose: (slot) => closeCode[store.iscoOf(slot)] === true || occupations.has(store.occupationOf(slot)),
    sharesOccupation: (slot) => unitCode[store.iscoOf(slot)] === true || occupations.has(store.occupationOf(slot)),
    named: () => [...nums].map((num) => store.occupationPostings(num)),
    others: () => [
      ...[...occupations].filter((num) => !nums.has(num)).map((num) => store.occupationPostings(num)),
      ...[...groups].map((group) => store.subMajorPostings(group)),
      store.shortCodedPostings(),
    ],
  };
}

/**
 * The exact top `k` of the scorer over every vacancy in `store` whose hard filters the
 * candidate passes and that shares evidence with the candidate (sharesEvidence), programme
 * eligibility aside (the database answers it; pass the refused programmes). Safe pruning
 * after MaxScore, from the candidate's side: a vacancy's score is at most its skill weights
 * × its skill bound (VacancyStore.skillBound) plus the most it can score beyond skills.
 * Beyond skills, a vacancy of an occupation not in the sub-major ISCO group of one the
 * candidate names, not the same and not a neighbour of one ("far"), earns no occupation
 * and no experience credit; a "close" one may earn every weight.
 *
 * 1. Vacancies of the occupations the candidate names, those requiring no skill and those
 *    requiring the candidate's most valuable skills while fewer than FIRST_DRAW are drawn
 *    and ranked: their k-th score is one the top k must reach. A vacancy requiring skills
 *    has a skill part of at most √focus, so it needs a focus of at least the square of the
 *    skill part it lacks: a far one more than a close one.
 * 2. Focus is the share of the candidate's skill mass a vacancy explains, each held skill
 *    explaining at most its own gain. The least valuable held skills, whose gains together
 *    fall short of the far need, are left unread: a far vacancy reached by them alone cannot
 *    matter. Vacancies requiring a skill the others earn credit for are drawn, and the other
 *    close vacancies unless the unread gains fall short of the close need too.
 * 3. Every drawn vacancy is scored in falling buckets of bound until a bucket cannot reach
 *    the k-th best score: no vacancy that could enter the top k is skipped.
 */
export function exactVacancies(
  store: VacancyStore,
  candidate: MatchCandidate,
  graph: SkillGraph,
  options: VacancyTopOptions,
): TopResult {
  const plain = scaleOf(options.weights, false);
  const programme = scaleOf(options.weights, true);
  const held = heldTerms(candidate, graph, normaliseWeights(options.weights, false));
  const mass = (num: ConceptNum) => graph.mass(num);
  try {
    const now = reserve(store.capacity);
    let touched = 0;

    const near = nearness(store, candidate, graph);
    const walk = new Walk(store, candidate, graph, options, plain, programme);
    const draw = (postings: Postings | undefined) => {
      for (let i = 0; postings && i < postings.length; i += 1) {
        const slot = postings.values[i]!;
        if (stamp[slot] === now) continue;
        stamp[slot] = now;
        // A vacancy whose hard filters the candidate fails never matters: no bound for it.
        if (!store.isAlive(slot) || !walk.passes(slot)) continue;
        const scale = store.programmeOf(slot) === null ? plain : programme;
        skillBounds[slot] = store.skillBound(slot, held, mass);
        bound[slot] = scale.skills * skillBounds[slot] + (near.isClose(slot) ? scale.close : scale.far);
        touchedSlots[touched++] = slot;
      }
    };

    // 1. Vacancies of the occupations the candidate names, those requiring no skill (their
    //    skill part is 1 whatever the focus) or coded too short to place, and those requiring
    //    the most valuable skills while few are drawn.
    for (const postings of near.named()) draw(postings);
    draw(store.unskilledPostings());
    draw(store.shortCodedPostings());
    const order = held.gains.map((_, i) => i).sort((a, b) => held.gains[b]! - held.gains[a]! || a - b);
    let next = 0;
    const firstDraw = options.firstDraw ?? FIRST_DRAW;
    while (next < order.length && touched < firstDraw) {
      for (const num of held.targets[order[next]!]!) draw(store.skillPostings(num));
      next += 1;
    }
    walk.run(0, touched);

    // 2. The held skills that can still lift a far vacancy to the score to reach, and the
    //    other close vacancies when the skills left unread could be enough for them.
    const scales = store.hasProgrammes ? [plain, programme] : [plain];
    const neededFar = Math.min(...scales.map((s) => walk.neededFocus(s.far, s.skills)));
    const neededClose = Math.min(...scales.map((s) => walk.neededFocus(s.close, s.skills)));
    let unread = order.length;
    let reach = 0;
    while (unread > next && reach + held.gains[order[unread - 1]!]! < neededFar) {
      reach += held.gains[order[unread - 1]!]!;
      unread -= 1;
    }
    const drawn = touched;
    if (reach >= neededClose) for (const postings of near.others()) draw(postings);
    for (let i = next; i < unread; i += 1) {
      for (const num of held.targets[order[i]!]!) draw(store.skillPostings(num));
    }

    // 3. Everyone drawn since, in falling buckets of bound.
    walk.run(drawn, touched);
    return { top: walk.top, touched, scored: walk.scored };
  } finally {
    clearHeld(held);
  }
}

/** A vacancy prepared for beyondSkills alone: what prepareVacancy builds, but its skills. */
function withoutSkills(vacancy: MatchVacancy, graph: SkillGraph, noSkills: PreparedSkills): PreparedVacancy {
  return {
    vacancy,
    skills: noSkills,
    occupation: {
      num: vacancy.occupationNum,
      iscoCode: vacancy.iscoCode,
      neighbours: graph.occupationNeighbours(vacancy.occupationNum),
    },
    requirements: vacancy.languageRequirements.map((r) => ({ language: r.language, minRank: cefrRank(r.minLevel) })),
    weightsCache: null,
  };
}

/**
 * Ranks vacancies exactly, a bucket of score bounds at a time: each state of the search
 * knows the k best so far, and a bucket whose bound cannot reach the k-th of them ends the
 * walk. `bound` holds each drawn slot's score bound, `skillBounds` its skill bound.
 */
class Walk {
  readonly top: TopMatch[] = [];
  scored = 0;
  /** The hard filters the store checks (VacancyStore.filter). */
  readonly passes: (slot: number) => boolean;
  /** No required skills: what beyondSkills reads of a prepared vacancy needs none. */
  private readonly noSkills: PreparedSkills;

  constructor(
    private readonly store: VacancyStore,
    private readonly candidate: MatchCandidate,
    private readonly graph: SkillGraph,
    private readonly options: VacancyTopOptions,
    private readonly plain: Scale,
    private readonly programme: Scale,
  ) {
    this.passes = store.filter(candidate);
    this.noSkills = prepareSkills([], [], graph);
  }

  /** The score a vacancy must reach to matter; -Infinity until k are known. */
  get threshold(): number {
    const { k } = this.options;
    return this.top.length >= k ? this.top[k - 1]!.score : -Infinity;
  }

  /**
   * The focus below which a vacancy requiring skills, scoring at most `beyond` besides them
   * and weighing them `skillWeight`, cannot matter: its skill part is at most √focus.
   */
  neededFocus(beyond: number, skillWeight: number): number {
    return neededShare(this.threshold, beyond, skillWeight);
  }

  /** Scores the touched slots from `from` to `to`, the highest bounds first, as far as they can matter. */
  run(from: number, to: number): void {
    const { order, counts } = bucketsOf(touchedSlots, from, to, bound);
    const { k, exclude, refusedProgrammes, weights } = this.options;
    const { store, candidate, graph } = this;
    const top = this.top;
    for (let b = BUCKETS - 1; b >= 0; b -= 1) {
      if (counts[b] === counts[b + 1]) continue;
      if (bucketCeiling(b) < this.threshold) break;
      for (let i = counts[b]!; i < counts[b + 1]!; i += 1) {
        const slot = order[i]!;
        if (bound[slot]! + ROUNDING < this.threshold) continue;
        if (exclude?.has(slot)) continue;
        const programmeId = store.programmeOf(slot);
        if (programmeId !== null && refusedProgrammes?.has(programmeId)) continue;
        const vacancy = store.vacancy(slot);
        if (!passesHardFilters(vacancy, { ...candidate, eligibleForProgramme: true })) continue;
        // Its own bound: its skill bound and, exactly, what it scores beyond skills; the
        // skills are prepared (the dearer part) only for a vacancy that can still matter.
        const beyond = beyondSkills(withoutSkills(vacancy, graph, this.noSkills), candidate, weights);
        const scale = programmeId === null ? this.plain : this.programme;
        if (scale.skills * skillBounds[slot]! + beyond + ROUNDING < this.threshold) continue;
        const prepared = prepareVacancy(vacancy, graph);
        if (!sharesEvidence(prepared, candidate)) continue;
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
 * Up to `cap` slots of vacancies whose hard filters the candidate passes (programme
 * eligibility aside) and that share evidence with the candidate: a vacancy requiring a skill
 * a held one earns credit for, or of a close occupation (sharesEvidence).
 */
export function matchingVacancySlots(
  store: VacancyStore,
  candidate: MatchCandidate,
  graph: SkillGraph,
  cap: number,
): number[] {
  // Counting bounds nothing: the weights, which only set coverage shares, do not matter.
  const held = heldTerms(candidate, graph, normaliseWeights(DEFAULT_WEIGHTS, false));
  try {
    const now = reserve(store.capacity);
    const passes = store.filter(candidate);
    const near = nearness(store, candidate, graph);
    const slots: number[] = [];
    const visit = (postings: Postings | undefined) => {
      for (let i = 0; postings && i < postings.length && slots.length < cap; i += 1) {
        const slot = postings.values[i]!;
        if (stamp[slot] === now || !store.isAlive(slot)) continue;
        stamp[slot] = now;
        if (!passes(slot)) continue;
        if (near.sharesOccupation(slot) || store.reachedBy(slot, held.reach)) slots.push(slot);
      }
    };
    for (const postings of [...near.named(), ...near.others()]) visit(postings);
    for (const targets of held.targets) for (const num of targets) visit(store.skillPostings(num));
    return slots;
  } finally {
    clearHeld(held);
  }
}
