import { CEFR_LEVELS, cefrRank, type CefrLevel } from 'src/reference/cefr';
import { IdIndex } from 'src/matching/id-index';
import { FloatList, IntList, Interned, postingsIn } from 'src/matching/typed-lists';
import type { ConceptNum, MatchCandidate } from 'src/matching/types';

/** The slots holding a skill or an occupation, ascending; `length` of `values` are used. */
export interface Postings {
  readonly values: Int32Array;
  readonly length: number;
}

/** A candidate as the store takes it: the coded facts matching reads, and the id. */
export type StoredCandidate = MatchCandidate & { id: string };

const NO_EQF = -1;
/** Experience years of a desired occupation, which has none. */
const DESIRED = -1;

/**
 * Each slot's record: what a search reads of every candidate it passes, side by side so
 * that passing one costs one cache line (at a million candidates the search is bounded by
 * memory reads, not arithmetic).
 * - FLAGS: bit 0 alive; bits 1-4 the EQF level + 1 (0 for none); bit 5 a destination
 *   beyond the first DEST_BITS Member States seen; bits 6-31 one per such Member State.
 * - LANGS: 3 bits per language (its CEFR rank, 0 when not spoken) for the first
 *   LANG_FIELDS languages seen; bit 30 a language beyond them.
 * - SKILLS, SKILLS_END and OCCS, OCCS_END: the slot's range in the skill and occupation pools.
 * - MARK: the last search that passed this slot (CandidateStore.nextMark).
 */
const RECORD = 8;
const FLAGS = 0;
const LANGS = 1;
const SKILLS = 2;
const SKILLS_END = 3;
const OCCS = 4;
const OCCS_END = 5;
const MARK = 6;
const ALIVE = 1;
const EQF_SHIFT = 1;
const DEST_OTHER = 1 << 5;
/** Bits 5-31: some destination listed. */
const DEST_OTHER_BIT = 5;
const DEST_SHIFT = 6;
const DEST_BITS = 26;
const LANG_FIELDS = 10;
const LANG_OTHER = 1 << 30;

/**
 * The candidate index held in memory, for exact top-k retrieval (exact-top.ts): each
 * candidate's coded facts in flat typed arrays, addressed by a slot number, and postings
 * (the slots holding a skill, an occupation, an ISCO unit group). A changed candidate gets
 * a new slot; the old one is marked dead and skipped, and `compact` rebuilds everything
 * when dead slots pile up. Nothing here knows PostgreSQL: CandidatePool fills it.
 */
export class CandidateStore {
  private readonly ids = new IdIndex();
  private record = new Int32Array(1024 * RECORD);
  private mark = 0;
  /** Start in the pools of each slot's languages and destinations (read when a record's bits cannot tell). */
  private langStart = new Int32Array(1024);
  private destStart = new Int32Array(1024);
  private readonly skillPool = new IntList(4096);
  private readonly occNum = new IntList(2048);
  private readonly occIsco = new IntList(2048);
  /** Years of experience, DESIRED for a desired occupation. */
  private readonly occYears = new FloatList();
  private readonly langPool = new IntList(2048);
  private readonly destPool = new IntList(2048);
  private readonly credentials = new Map<number, MatchCandidate['credentials']>();
  private readonly isco = new Interned();
  private readonly languages = new Interned();
  private readonly memberStates = new Interned();
  private readonly bySkill = new Map<ConceptNum, IntList>();
  private readonly byOccupation = new Map<ConceptNum, IntList>();
  private readonly byUnit = new Map<string, IntList>();
  private readonly bySubMajor = new Map<string, IntList>();
  private slots = 0;
  private dead = 0;

  /** Candidates held. */
  get size(): number {
    return this.ids.size;
  }

  /** Slots ever handed out since the last compaction, dead or alive: the range of slot numbers. */
  get capacity(): number {
    return this.slots;
  }

  has(id: string): boolean {
    return this.ids.slotOf(id) !== undefined;
  }

  /** The live slot holding `id`, if any. */
  slotOfId(id: string): number | undefined {
    return this.ids.slotOf(id);
  }

  isAlive(slot: number): boolean {
    return (this.record[slot * RECORD + FLAGS]! & ALIVE) !== 0;
  }

  /** A mark no slot carries yet, for one search to tell the slots it passed (see `visit`). */
  nextMark(): number {
    if (this.mark >= 0x7ffffff0) {
      for (let i = MARK; i < this.record.length; i += RECORD) this.record[i] = 0;
      this.mark = 0;
    }
    return ++this.mark;
  }

  /** Marks the slot with `mark`; false when it carried it already. */
  visit(slot: number, mark: number): boolean {
    const at = slot * RECORD + MARK;
    if (this.record[at] === mark) return false;
    this.record[at] = mark;
    return true;
  }

  idOf(slot: number): string {
    return this.ids.idOf(slot);
  }

  /** Adds a candidate, or replaces the one with the same id. */
  upsert(candidate: StoredCandidate): void {
    this.remove(candidate.id);
    const slot = this.slots++;
    this.ensure(this.slots);
    this.ids.add(slot, candidate.id);
    const at = slot * RECORD;
    const record = this.record;

    record[at + SKILLS] = this.skillPool.length;
    const skills = [...new Set(candidate.skillNums)];
    for (const num of skills) {
      this.skillPool.push(num);
      postingsIn(this.bySkill, num).push(slot);
    }
    record[at + SKILLS_END] = this.skillPool.length;

    record[at + OCCS] = this.occNum.length;
    const occupations = new Set<ConceptNum>();
    const units = new Set<string>();
    const groups = new Set<string>();
    const occupation = (num: ConceptNum, iscoCode: string, years: number) => {
      this.occNum.push(num);
      this.occIsco.push(this.isco.of(iscoCode));
      this.occYears.push(years);
      occupations.add(num);
      units.add(iscoCode.slice(0, 4));
      groups.add(iscoCode.slice(0, 2));
    };
    for (const d of candidate.desiredOccupations) occupation(d.num, d.iscoCode, DESIRED);
    for (const e of candidate.experience) occupation(e.num, e.iscoCode, e.years);
    for (const num of occupations) postingsIn(this.byOccupation, num).push(slot);
    for (const unit of units) postingsIn(this.byUnit, unit).push(slot);
    for (const group of groups) postingsIn(this.bySubMajor, group).push(slot);
    record[at + OCCS_END] = this.occNum.length;

    let langs = 0;
    this.langStart[slot] = this.langPool.length;
    for (const l of candidate.languages) {
      const language = this.languages.of(l.language);
      const rank = cefrRank(l.level);
      this.langPool.push(language * 8 + rank);
      if (language >= LANG_FIELDS) langs |= LANG_OTHER;
      else if (rank > ((langs >>> (3 * language)) & 7))
        langs = (langs & ~(7 << (3 * language))) | (rank << (3 * language));
    }
    this.langStart[slot + 1] = this.langPool.length;
    record[at + LANGS] = langs;

    let flags = ALIVE | ((((candidate.highestEqfLevel ?? NO_EQF) + 1) & 15) << EQF_SHIFT);
    this.destStart[slot] = this.destPool.length;
    for (const d of candidate.preferredDestinations) {
      const state = this.memberStates.of(d);
      this.destPool.push(state);
      flags |= state < DEST_BITS ? 1 << (DEST_SHIFT + state) : DEST_OTHER;
    }
    this.destStart[slot + 1] = this.destPool.length;
    record[at + FLAGS] = flags;

    if (candidate.credentials.length > 0) this.credentials.set(slot, candidate.credentials);
  }

  remove(id: string): void {
    const slot = this.ids.delete(id);
    if (slot === undefined) return;
    this.record[slot * RECORD + FLAGS]! &= ~ALIVE;
    this.credentials.delete(slot);
    this.dead += 1;
  }

  /** Dead slots outnumber a quarter of the live ones: time to compact. */
  get wasteful(): boolean {
    return this.dead > 10_000 && this.dead * 4 > this.ids.size;
  }

  /** A new store holding the live candidates only. */
  compacted(): CandidateStore {
    const fresh = new CandidateStore();
    for (let slot = 0; slot < this.slots; slot += 1) {
      if (this.isAlive(slot)) fresh.upsert({ id: this.ids.idOf(slot), ...this.candidate(slot) });
    }
    return fresh;
  }

  /** Live and dead slots holding `num`; callers skip the dead ones. */
  skillPostings(num: ConceptNum): { values: Int32Array; length: number } | undefined {
    return this.bySkill.get(num);
  }

  occupationPostings(num: ConceptNum): { values: Int32Array; length: number } | undefined {
    return this.byOccupation.get(num);
  }

  /** Slots with an occupation in the ISCO sub-major group (its first 2 digits). */
  subMajorPostings(group: string): { values: Int32Array; length: number } | undefined {
    return this.bySubMajor.get(group);
  }

  /**
   * Whether any occupation the slot's candidate desires or has worked in passes `test`,
   * given its key and its ISCO code (as `iscoCodes` numbers them).
   */
  anyOccupation(slot: number, test: (num: ConceptNum, isco: number) => boolean): boolean {
    const at = slot * RECORD;
    for (let i = this.record[at + OCCS]!; i < this.record[at + OCCS_END]!; i += 1) {
      if (test(this.occNum.values[i]!, this.occIsco.values[i]!)) return true;
    }
    return false;
  }

  /** The ISCO codes seen, by the number anyOccupation passes. */
  get iscoCodes(): readonly string[] {
    return this.isco.values;
  }

  /** Slots with an occupation in the ISCO unit group (its first 4 digits). */
  unitPostings(unit: string): { values: Int32Array; length: number } | undefined {
    return this.byUnit.get(unit);
  }

  /**
   * The most the skill part of the score can be for the slot's candidate (skill-evidence.ts):
   * √(min(1, coverage bound) × focus). By skill key, `terms.target` names the required skill
   * (position + 1, 0 for none) a held skill earns credit for, `terms.gain` the coverage that
   * credit adds at most and `terms.explains` what it explains of the holder's own skill
   * mass; each required skill counts its best gain once. `best` is working memory, one slot
   * per required skill, all 0 on entry and on return.
   */
  skillBound(
    slot: number,
    terms: { target: Int32Array; gain: Float64Array; explains: Float64Array; best: Float64Array },
    mass: (num: ConceptNum) => number,
  ): number {
    const pool = this.skillPool.values;
    const { target, gain, explains, best } = terms;
    const from = this.record[slot * RECORD + SKILLS]!;
    const to = this.record[slot * RECORD + SKILLS_END]!;
    let coverage = 0;
    let explained = 0;
    let own = 0;
    for (let i = from; i < to; i += 1) {
      const num = pool[i]!;
      own += mass(num);
      const t = num < target.length ? target[num]! : 0;
      if (t === 0) continue;
      explained += explains[num]!;
      const g = gain[num]!;
      if (g > best[t - 1]!) {
        coverage += g - best[t - 1]!;
        best[t - 1] = g;
      }
    }
    for (let i = from; i < to; i += 1) {
      const num = pool[i]!;
      if (num < target.length && target[num]! > 0) best[target[num]! - 1] = 0;
    }
    if (own <= 0) return 0;
    return Math.sqrt(Math.min(1, coverage) * Math.min(1, explained / own));
  }

  /**
   * The hard filters a vacancy sets that the store can check without the database: a
   * destination list empty or naming `memberState`, every language at its minimum, the
   * minimum EQF level (hard-filters.ts says the same of a MatchCandidate).
   */
  filter(requirement: {
    memberState: string;
    languages: readonly { language: string; minLevel: CefrLevel }[];
    minEqfLevel: number | null;
  }): (slot: number) => boolean {
    const state = this.memberStates.find(requirement.memberState) ?? -1;
    const stateBit = state >= 0 && state < DEST_BITS ? 1 << (DEST_SHIFT + state) : 0;
    const needs: { language: number; rank: number }[] = [];
    for (const r of requirement.languages) {
      const language = this.languages.find(r.language);
      // Nobody speaks a language the store never saw.
      if (language === undefined) return () => false;
      needs.push({ language, rank: cefrRank(r.minLevel) });
    }
    const minEqf = requirement.minEqfLevel === null ? null : requirement.minEqfLevel + 1;
    const { destStart, langStart, record } = this;
    const dest = this.destPool;
    const langs = this.langPool;
    /** Whether the slot's pool lists the Member State (one beyond the record's bits). */
    const listsState = (slot: number) => {
      for (let i = destStart[slot]!; i < destStart[slot + 1]!; i += 1) if (dest.values[i] === state) return true;
      return false;
    };
    /** Whether the slot's pool holds the language at the rank (one beyond the record's fields). */
    const speaks = (slot: number, language: number, rank: number) => {
      for (let i = langStart[slot]!; i < langStart[slot + 1]!; i += 1) {
        const spoken = langs.values[i]!;
        if (spoken >> 3 === language && (spoken & 7) >= rank) return true;
      }
      return false;
    };
    return (slot) => {
      const at = slot * RECORD;
      const flags = record[at + FLAGS]!;
      if (minEqf !== null && ((flags >>> EQF_SHIFT) & 15) < minEqf) return false;
      // Destinations listed, and not this one: out.
      if (flags >>> DEST_OTHER_BIT !== 0 && (flags & stateBit) === 0) {
        if (stateBit !== 0 || state < 0 || (flags & DEST_OTHER) === 0 || !listsState(slot)) return false;
      }
      if (needs.length > 0) {
        const spoken = record[at + LANGS]!;
        for (const { language, rank } of needs) {
          if (language < LANG_FIELDS) {
            if (((spoken >>> (3 * language)) & 7) < rank) return false;
          } else if ((spoken & LANG_OTHER) === 0 || !speaks(slot, language, rank)) return false;
        }
      }
      return true;
    };
  }

  /** The slot's candidate as the scorer reads it. */
  candidate(slot: number): MatchCandidate {
    const skillNums: ConceptNum[] = [];
    const at = slot * RECORD;
    for (let i = this.record[at + SKILLS]!; i < this.record[at + SKILLS_END]!; i += 1)
      skillNums.push(this.skillPool.values[i]!);
    const desiredOccupations: MatchCandidate['desiredOccupations'] = [];
    const experience: MatchCandidate['experience'] = [];
    for (let i = this.record[at + OCCS]!; i < this.record[at + OCCS_END]!; i += 1) {
      const num = this.occNum.values[i]!;
      const iscoCode = this.isco.values[this.occIsco.values[i]!]!;
      const years = this.occYears.values[i]!;
      if (years === DESIRED) desiredOccupations.push({ num, iscoCode });
      else experience.push({ num, iscoCode, years });
    }
    const languages: MatchCandidate['languages'] = [];
    for (let i = this.langStart[slot]!; i < this.langStart[slot + 1]!; i += 1) {
      const code = this.langPool.values[i]!;
      languages.push({ language: this.languages.values[code >> 3]!, level: CEFR_LEVELS[(code & 7) - 1]! });
    }
    const preferredDestinations: string[] = [];
    for (let i = this.destStart[slot]!; i < this.destStart[slot + 1]!; i += 1) {
      preferredDestinations.push(this.memberStates.values[this.destPool.values[i]!]!);
    }
    const eqf = ((this.record[at + FLAGS]! >>> EQF_SHIFT) & 15) - 1;
    return {
      desiredOccupations,
      experience,
      skillNums,
      languages,
      highestEqfLevel: eqf === NO_EQF ? null : eqf,
      preferredDestinations,
      credentials: this.credentials.get(slot) ?? [],
    };
  }

  /** Bytes held by the typed arrays, ids included (the postings maps come on top; see the pool's report). */
  get typedBytes(): number {
    let bytes =
      this.ids.bytes +
      this.record.byteLength +
      this.langStart.byteLength * 2 +
      this.skillPool.bytes +
      this.occNum.bytes +
      this.occIsco.bytes +
      this.occYears.values.byteLength +
      this.langPool.bytes +
      this.destPool.bytes;
    for (const postings of [this.bySkill, this.byOccupation, this.byUnit, this.bySubMajor] as Map<unknown, IntList>[]) {
      for (const list of postings.values()) bytes += list.bytes;
    }
    return bytes;
  }

  /** Room for `slots` slots (and the end mark after the last). */
  private ensure(slots: number): void {
    if (slots + 1 <= this.langStart.length) return;
    const size = Math.max(slots + 1, this.langStart.length * 2);
    const grow = <T extends Int32Array>(from: T, make: (n: number) => T, scale = 1): T => {
      const to = make(size * scale);
      to.set(from);
      return to;
    };
    this.record = grow(this.record, (n) => new Int32Array(n), RECORD);
    this.langStart = grow(this.langStart, (n) => new Int32Array(n));
    this.destStart = grow(this.destStart, (n) => new Int32Array(n));
  }
}
