import type { ConceptNum } from 'src/matching/types';

/**
 * How close two occupations are, from the ESCO and ISCO-08 hierarchy: the same ESCO
 * occupation, then the same ISCO unit group (4 digits), minor group (3), sub-major group
 * (2). Each step roughly halves, so the same unit group always beats the same minor group.
 *
 * Beyond the tree, two occupations whose ESCO skill profiles are alike (their cosine,
 * derived at import) are as close as `skillProfileShare` of that similarity, when that is
 * more: "welding engineer" (2144) near "welder" (7212), a tree apart. Only half, because a
 * candidate's own skills already show what the two occupations share; the named occupation
 * adds a claim of proximity, not proof of it.
 */
export const OCCUPATION_PROXIMITY = Object.freeze({
  sameOccupation: 1,
  unitGroup: 0.6,
  minorGroup: 0.3,
  subMajorGroup: 0.1,
  skillProfileShare: 0.5,
});

function samePrefix(a: string, b: string, digits: number): boolean {
  if (a.length < digits || b.length < digits) return false;
  // Character by character: no substring per call in the scoring loop.
  for (let i = 0; i < digits; i += 1) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Proximity of occupation (`num`, `iscoCode`) to `target` in the ISCO tree; flat arguments spare hot loops an object per call. */
export function occupationProximity(
  target: { num: ConceptNum; iscoCode: string },
  num: ConceptNum,
  iscoCode: string,
): number {
  if (target.num === num) return OCCUPATION_PROXIMITY.sameOccupation;
  if (samePrefix(target.iscoCode, iscoCode, 4)) return OCCUPATION_PROXIMITY.unitGroup;
  if (samePrefix(target.iscoCode, iscoCode, 3)) return OCCUPATION_PROXIMITY.minorGroup;
  if (samePrefix(target.iscoCode, iscoCode, 2)) return OCCUPATION_PROXIMITY.subMajorGroup;
  return 0;
}

/**
 * Closeness of occupation (`num`, `iscoCode`) to `target`: its place in the ISCO tree, or
 * `skillProfileShare` of its skill-profile similarity to the target when that is more.
 */
export function occupationCloseness(
  target: { num: ConceptNum; iscoCode: string; neighbours: ReadonlyMap<ConceptNum, number> },
  num: ConceptNum,
  iscoCode: string,
): number {
  const tree = occupationProximity(target, num, iscoCode);
  if (tree === OCCUPATION_PROXIMITY.sameOccupation) return tree;
  const similarity = target.neighbours.get(num);
  return similarity === undefined ? tree : Math.max(tree, OCCUPATION_PROXIMITY.skillProfileShare * similarity);
}
