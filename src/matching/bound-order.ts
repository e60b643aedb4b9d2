import type { MatchScore } from 'src/matching/types';

/** Buckets of the score bound: the exact searches score a bucket at a time, the most promising first. */
export const BUCKETS = 1024;
/** Scores are rounded to 4 decimals: a bound is compared with that much room. */
export const ROUNDING = 1e-4;

/**
 * `slots[from, to)` sorted into buckets of their `bound` (a counting sort): bucket b's slots
 * are `order[counts[b], counts[b + 1])`, to be read from the last bucket down.
 */
export function bucketsOf(
  slots: Int32Array,
  from: number,
  to: number,
  bound: Float64Array,
): { order: Int32Array; counts: Int32Array } {
  const counts = new Int32Array(BUCKETS + 1);
  const bucketOf = (slot: number) => Math.min(BUCKETS - 1, Math.floor(Math.max(0, bound[slot]!) * BUCKETS));
  for (let i = from; i < to; i += 1) counts[bucketOf(slots[i]!) + 1]! += 1;
  for (let b = 1; b <= BUCKETS; b += 1) counts[b]! += counts[b - 1]!;
  const order = new Int32Array(to - from);
  const fill = counts.slice(0, BUCKETS);
  for (let i = from; i < to; i += 1) {
    const slot = slots[i]!;
    order[fill[bucketOf(slot)]!++] = slot;
  }
  return { order, counts };
}

/** The most a bound in bucket `b` can be, with rounding room (the last bucket also holds bounds a rounding above 1). */
export function bucketCeiling(b: number): number {
  return (b === BUCKETS - 1 ? Infinity : (b + 1) / BUCKETS) + ROUNDING;
}

/**
 * The share (of coverage, or of focus) below which a skill part weighing `skillWeight`
 * cannot lift a score of at most `beyond` besides it to `threshold`; 0 when any will do.
 * The skill part is the square root of such shares, hence the square.
 */
export function neededShare(threshold: number, beyond: number, skillWeight: number): number {
  const skills = threshold - beyond - ROUNDING;
  if (!(skills > 0) || skillWeight <= 0) return 0;
  const root = skills / skillWeight;
  return root * root;
}

/** One of an exact search's best: the store slot, its id, the score and how it was earned. */
export interface TopMatch {
  slot: number;
  id: string;
  score: number;
  match: MatchScore;
}

export interface TopResult {
  /** Best first: score descending, then id ascending (ranking.ts). */
  top: TopMatch[];
  /** Rows (candidates or vacancies) whose bound was computed in full. */
  touched: number;
  /** Rows scored in full. */
  scored: number;
}
