import type { ShortageList } from '../api/queries';

export const MAJOR_GROUPS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

export interface HeatRow {
  memberState: string;
  counts: Record<string, number>;
  total: number;
}

/** Occupations per list and ISCO major group (the first digit of the unit group), and the largest cell. */
export function heatRows(lists: readonly ShortageList[]): { rows: HeatRow[]; max: number; groups: string[] } {
  let max = 0;
  const used = new Set<string>();
  const rows = lists.map((list) => {
    const counts: Record<string, number> = {};
    for (const o of list.occupations) {
      const group = o.code.charAt(0);
      counts[group] = (counts[group] ?? 0) + 1;
      used.add(group);
      max = Math.max(max, counts[group]);
    }
    return { memberState: list.memberState, counts, total: list.occupations.length };
  });
  return { rows, max, groups: MAJOR_GROUPS.filter((g) => used.has(g)) };
}

/** A cell's shade: 0 is blank, the largest cell is the darkest of `steps`. */
export function shade(count: number, max: number, steps = 5): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * steps));
}
