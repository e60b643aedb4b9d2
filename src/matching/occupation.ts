import type { ConceptNum } from 'src/matching/types';

/**
 * How close two occupations are, from the ESCO and ISCO-08 hierarchy: the same ESCO
 * occupation, then the same ISCO unit group (4 digits), minor group (3), sub-major group
 * (2). Each step roughly halves, so the same unit group always beats the same minor group.
 */
export const OCCUPATION_PROXIMITY = Object.freeze({
  sameOccupation: 1,
  unitGroup: 0.6,
  minorGroup: 0.3,
  subMajorGroup: 0.1,
});

function samePrefix(a: string, b: string, digits: number): boolean {
  return a.length >= digits && b.length >= digits && a.startsWith(b.slice(0, digits));
}

/** Proximity of occupation (`num`, `iscoCode`) to `target`; flat arguments spare hot loops an object per call. */
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
