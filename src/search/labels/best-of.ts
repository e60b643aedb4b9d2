/**
 * The first `limit` of `items` in the order `before` gives (negative: a goes first), without
 * sorting them all when only a few are wanted: a request wants five or ten of thousands.
 */
export function bestOf(items: Iterable<number>, before: (a: number, b: number) => number, limit: number): number[] {
  if (!Number.isFinite(limit) || limit > 100) return [...items].sort(before).slice(0, limit);
  const top: number[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit && before(item, top[limit - 1]!) >= 0) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(item, top[at - 1]!) < 0) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = item;
  }
  return top;
}
