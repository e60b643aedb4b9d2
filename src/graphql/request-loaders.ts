/**
 * DataLoaders kept per GraphQL request, against the request object, so they die with it
 * and never share a cache between callers. A feature lists its loaders in `create`.
 */
export abstract class RequestLoaders<T> {
  private readonly perRequest = new WeakMap<object, T>();

  forRequest(request: object): T {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }

  protected abstract create(): T;
}

/** The usual key of a row. */
export const idOf = (row: { id: string }): string => row.id;

/** One row per key, in the order DataLoader asked for them; null where there is none. */
export function byKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Rows grouped per key, in the order DataLoader asked for them; empty where there are none. */
export function groupedBy<K, R, T>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  map: (row: R) => T,
): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}
