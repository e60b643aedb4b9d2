const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMPTY = 0;
const REMOVED = -1;
/** Words per id: a UUID's 128 bits. */
const WORDS = 4;

/** A UUID's four 32-bit words, written into `into` from `at`. Throws on anything but a UUID. */
function parse(id: string, into: Int32Array, at: number): void {
  const lower = id.toLowerCase();
  if (!UUID.test(lower)) throw new RangeError(`Not a UUID: ${id}`);
  const hex = lower.replaceAll('-', '');
  for (let i = 0; i < WORDS; i += 1) into[at + i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) | 0;
}

/** A 32-bit hash of the four words (murmur3's finaliser over their mix). */
function hash(words: Int32Array, at: number): number {
  let h = words[at]! ^ Math.imul(words[at + 1]!, 0x9e3779b1);
  h ^= Math.imul(words[at + 2]!, 0x85ebca6b) ^ Math.imul(words[at + 3]!, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The ids of a store's slots, as 16 bytes each, and an open-addressing hash table from id
 * to slot: at a million candidates, 16 MB of typed arrays and a table of 4 MB, where strings
 * in a Map would be millions of heap objects for the garbage collector to walk. Ids are
 * UUIDs, given back in lower case.
 */
export class IdIndex {
  private words = new Int32Array(1024 * WORDS);
  /** Slot + 1 by hash, EMPTY, or REMOVED (a tombstone a lookup probes past). */
  private table = new Int32Array(2048);
  /** Table entries not EMPTY: live and REMOVED. */
  private used = 0;
  private readonly probe = new Int32Array(WORDS);
  /** Ids held. */
  size = 0;

  get bytes(): number {
    return this.words.byteLength + this.table.byteLength;
  }

  /** The slot holding `id`, if any. */
  slotOf(id: string): number | undefined {
    parse(id, this.probe, 0);
    const at = this.find(this.probe, 0);
    return at < 0 ? undefined : this.table[at]! - 1;
  }

  /** Gives `slot` the id `id`, which no slot may hold. */
  add(slot: number, id: string): void {
    if ((slot + 1) * WORDS > this.words.length) {
      const grown = new Int32Array(Math.max((slot + 1) * WORDS, this.words.length * 2));
      grown.set(this.words);
      this.words = grown;
    }
    parse(id, this.words, slot * WORDS);
    if ((this.used + 1) * 4 > this.table.length * 3) this.rehash();
    const mask = this.table.length - 1;
    let i = hash(this.words, slot * WORDS) & mask;
    while (this.table[i]! > EMPTY) i = (i + 1) & mask;
    if (this.table[i] === EMPTY) this.used += 1;
    this.table[i] = slot + 1;
    this.size += 1;
  }

  /** Forgets `id`; the slot it held, if any. */
  delete(id: string): number | undefined {
    parse(id, this.probe, 0);
    const at = this.find(this.probe, 0);
    if (at < 0) return undefined;
    const slot = this.table[at]! - 1;
    this.table[at] = REMOVED;
    this.size -= 1;
    return slot;
  }

  idOf(slot: number): string {
    const at = slot * WORDS;
    let hex = '';
    for (let i = 0; i < WORDS; i += 1) hex += (this.words[at + i]! >>> 0).toString(16).padStart(8, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** The table position holding the id in `key` from `from`, or -1. */
  private find(key: Int32Array, from: number): number {
    const mask = this.table.length - 1;
    const words = this.words;
    for (let i = hash(key, from) & mask; ; i = (i + 1) & mask) {
      const entry = this.table[i]!;
      if (entry === EMPTY) return -1;
      if (entry === REMOVED) continue;
      const at = (entry - 1) * WORDS;
      if (
        words[at] === key[from] &&
        words[at + 1] === key[from + 1] &&
        words[at + 2] === key[from + 2] &&
        words[at + 3] === key[from + 3]
      )
        return i;
    }
  }

  /** A table sized for twice the ids held, without tombstones. */
  private rehash(): void {
    const old = this.table;
    let size = 2048;
    while (size < this.size * 4) size *= 2;
    this.table = new Int32Array(size);
    this.used = 0;
    const mask = size - 1;
    for (const entry of old) {
      if (entry <= EMPTY) continue;
      let i = hash(this.words, (entry - 1) * WORDS) & mask;
      while (this.table[i] !== EMPTY) i = (i + 1) & mask;
      this.table[i] = entry;
      this.used += 1;
    }
  }
}
