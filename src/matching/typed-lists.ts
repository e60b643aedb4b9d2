/** A growable list of 32-bit integers, doubling its typed array as it fills. */
export class IntList {
  values: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  get bytes(): number {
    return this.values.byteLength;
  }
}

/** A growable list of 64-bit floats. */
export class FloatList {
  values = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** Strings (ISCO codes, languages, Member States, programme ids) as small integers, and back. */
export class Interned {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  of(value: string): number {
    let n = this.index.get(value);
    if (n === undefined) {
      n = this.values.push(value) - 1;
      this.index.set(value, n);
    }
    return n;
  }

  find(value: string): number | undefined {
    return this.index.get(value);
  }
}

/** A copy of `from` in a typed array of `size` elements made by `make`. */
export function grown<T extends Int32Array | Int8Array | Uint8Array | Float64Array>(
  from: T,
  size: number,
  make: (n: number) => T,
): T {
  const to = make(size);
  to.set(from);
  return to;
}

/** The list under `key` in `map`, made empty the first time (postings by skill, occupation, ...). */
export function postingsIn<K>(map: Map<K, IntList>, key: K): IntList {
  let list = map.get(key);
  if (!list) {
    list = new IntList(8);
    map.set(key, list);
  }
  return list;
}
