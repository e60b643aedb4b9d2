import { CEFR_LEVELS, cefrRank } from 'src/reference/cefr';
import { grown, IntList, Interned, postingsIn } from 'src/matching/typed-lists';
import type { ConceptNum, MatchCandidate, MatchVacancy } from 'src/matching/types';

/** A vacancy as the store takes it: the coded facts matching reads, and the id. */
export type StoredVacancy = MatchVacancy & { id: string };

const NO_EQF = -1;
const NO_PROGRAMME = -1;

/** Postings: the slots of a key, dead ones included (callers skip them). */
export interface Postings {
  values: Int32Array;
  length: number;
}

/** What a candidate brings to the skill bound (exact-vacancies.ts builds it). */
export interface HeldTerms {
  /** By skill key: the most credit any held skill earns for that skill when a vacancy requires it. */
  reach: Float64Array;
  /** By required skill key: the held skills (by position) earning credit for it, and what each explains at most. */
  explains: ReadonlyMap<ConceptNum, readonly { held: number; credit: number; mass: number }[]>;
  /** The candidate's own skill mass (skill-evidence.ts); 0 without skills. */
  own: number;
  /** The essential and optional shares of coverage, from the weights. */
  essentialShare: number;
  optionalShare: number;
  /** Working memory, one slot per held skill, all 0 on entry and on return. */
  best: Float64Array;
}

/**
 * The vacancy index held in memory, for exact top-k retrieval of vacancies for a candidate
 * (exact-vacancies.ts): each vacancy's coded facts in flat typed arrays, addressed by a
 * slot number, and postings (the slots requiring a skill, of an occupation, of an ISCO
 * sub-major group). A changed vacancy gets a new slot; the old one is marked dead and
 * skipped, and `compacted` rebuilds everything when dead slots pile up. Nothing here knows
 * PostgreSQL: VacancyPool fills it.
 */
export class VacancyStore {
  private readonly slotOf = new Map<string, number>();
  private ids: string[] = [];
  private alive = new Uint8Array(1024);
  private occupation = new Int32Array(1024);
  private isco = new Int32Array(1024);
  private memberState = new Int32Array(1024);
  private programme = new Int32Array(1024);
  private minEqf = new Int8Array(1024);
  /** NaN for none. */
  private minYears = new Float64Array(1024);
  /** Required skills, essential first then optional ones not also essential (as prepareSkills orders them). */
  private skillStart = new Int32Array(1024);
  private essentialEnd = new Int32Array(1024);
  private langStart = new Int32Array(1024);
  private readonly skillPool = new IntList(4096);
  /** Language number × 8 + minimum CEFR rank. */
  private readonly langPool = new IntList(1024);
  private readonly iscoCodes = new Interned();
  private readonly languages = new Interned();
  private readonly memberStates = new Interned();
  private readonly programmes = new Interned();
  private readonly bySkill = new Map<ConceptNum, IntList>();
  private readonly byOccupation = new Map<ConceptNum, IntList>();
  private readonly bySubMajor = new Map<string, IntList>();
  /** Slots whose ISCO code is shorter than a sub-major group: a prefix of many codes. */
  private readonly shortCoded = new IntList(8);
  /** Slots requiring no skill, whose skill part is 1 for everyone. */
  private readonly unskilled = new IntList(8);
  private slots = 0;
  private dead = 0;
  /** Live vacancies of a programme. */
  private programmeVacancies = 0;

  /** Vacancies held. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Slots ever handed out since the last compaction, dead or alive: the range of slot numbers. */
  get capacity(): number {
    return this.slots;
  }

  /** Whether any vacancy held belongs to a programme (its score then weighs partnership). */
  get hasProgrammes(): boolean {
    return this.programmeVacancies > 0;
  }

  isAlive(slot: number): boolean {
    return this.alive[slot] === 1;
  }

  idOf(slot: number): string {
    return this.ids[slot]!;
  }

  /** The slot holding the vacancy now, if any. */
  slotOfId(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  /** Adds a vacancy, or replaces the one with the same id. */
  upsert(vacancy: StoredVacancy): void {
    this.remove(vacancy.id);
    const slot = this.slots++;
    this.ensure(this.slots);
    this.slotOf.set(vacancy.id, slot);
    this.ids[slot] = vacancy.id;
    this.alive[slot] = 1;
    this.occupation[slot] = vacancy.occupationNum;
    this.isco[slot] = this.iscoCodes.of(vacancy.iscoCode);
    this.memberState[slot] = this.memberStates.of(vacancy.memberState);
    this.programme[slot] = vacancy.programmeId === null ? NO_PROGRAMME : this.programmes.of(vacancy.programmeId);
    if (vacancy.programmeId !== null) this.programmeVacancies += 1;
    this.minEqf[slot] = vacancy.minEqfLevel ?? NO_EQF;
    this.minYears[slot] = vacancy.minExperienceYears ?? NaN;

    this.skillStart[slot] = this.skillPool.length;
    const required = new Set<ConceptNum>(vacancy.essentialSkillNums);
    const essential = required.size;
    for (const num of vacancy.optionalSkillNums) required.add(num);
    let position = 0;
    for (const num of required) {
      this.skillPool.push(num);
      postingsIn(this.bySkill, num).push(slot);
      if (++position === essential) this.essentialEnd[slot] = this.skillPool.length;
    }
    if (essential === 0) this.essentialEnd[slot] = this.skillStart[slot]!;
    this.skillStart[slot + 1] = this.skillPool.length;
    if (required.size === 0) this.unskilled.push(slot);

    this.langStart[slot] = this.langPool.length;
    for (const r of vacancy.languageRequirements) {
      this.langPool.push(this.languages.of(r.language) * 8 + cefrRank(r.minLevel));
    }
    this.langStart[slot + 1] = this.langPool.length;

    postingsIn(this.byOccupation, vacancy.occupationNum).push(slot);
    if (vacancy.iscoCode.length >= 2) postingsIn(this.bySubMajor, vacancy.iscoCode.slice(0, 2)).push(slot);
    else this.shortCoded.push(slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    if (this.programme[slot] !== NO_PROGRAMME) this.programmeVacancies -= 1;
    this.dead += 1;
  }

  /** Dead slots outnumber a quarter of the live ones: time to compact. */
  get wasteful(): boolean {
    return this.dead > 10_000 && this.dead * 4 > this.slotOf.size;
  }

  /** A new store holding the live vacancies only. */
  compacted(): VacancyStore {
    const fresh = new VacancyStore();
    for (let slot = 0; slot < this.slots; slot += 1) {
      if (this.alive[slot] === 1) fresh.upsert({ id: this.ids[slot]!, ...this.vacancy(slot) });
    }
    return fresh;
  }

  /** Slots requiring `num`, essential or optional. */
  skillPostings(num: ConceptNum): Postings | undefined {
    return this.bySkill.get(num);
  }

  occupationPostings(num: ConceptNum): Postings | undefined {
    return this.byOccupation.get(num);
  }

  /** Slots whose occupation is in the ISCO sub-major group (its first 2 digits). */
  subMajorPostings(group: string): Postings | undefined {
    return this.bySubMajor.get(group);
  }

  /** Slots whose ISCO code has fewer than 2 digits. */
  shortCodedPostings(): Postings {
    return this.shortCoded;
  }

  /** Slots requiring no skill. */
  unskilledPostings(): Postings {
    return this.unskilled;
  }

  /** The occupations of the vacancies held (dead slots' too). */
  occupations(): IterableIterator<ConceptNum> {
    return this.byOccupation.keys();
  }

  occupationOf(slot: number): ConceptNum {
    return this.occupation[slot]!;
  }

  /** The slot's ISCO code, by the number `iscoCodesSeen` gives it. */
  iscoOf(slot: number): number {
    return this.isco[slot]!;
  }

  get iscoCodesSeen(): readonly string[] {
    return this.iscoCodes.values;
  }

  /** The slot's programme id, or null. */
  programmeOf(slot: number): string | null {
    const p = this.programme[slot]!;
    return p === NO_PROGRAMME ? null : this.programmes.values[p]!;
  }

  /**
   * The most the skill part of the score can be for the slot's vacancy (skill-evidence.ts):
   * √(min(1, coverage bound) × min(1, focus bound)). Coverage counts each required skill at
   * the most credit a held skill earns for it; focus, each held skill at the most it explains
   * of any required skill it earns credit for. A vacancy requiring no skill asks for none: 1.
   */
  skillBound(slot: number, terms: HeldTerms, mass: (num: ConceptNum) => number): number {
    const from = this.skillStart[slot]!;
    const to = this.skillStart[slot + 1]!;
    if (to === from) return 1;
    const pool = this.skillPool.values;
    const split = this.essentialEnd[slot]!;
    const { reach, explains, best } = terms;
    let essentialMass = 0;
    let optionalMass = 0;
    let essentialShown = 0;
    let optionalShown = 0;
    let reached = false;
    for (let i = from; i < to; i += 1) {
      const num = pool[i]!;
      const m = mass(num);
      const credit = num < reach.length ? reach[num]! : 0;
      if (i < split) {
        essentialMass += m;
        essentialShown += m * credit;
      } else {
        optionalMass += m;
        optionalShown += m * credit;
      }
      if (credit > 0) reached = true;
    }
    if (!reached || terms.own <= 0) return 0;
    const hasEssential = split > from && essentialMass > 0;
    const hasOptional = to > split && optionalMass > 0;
    let essential = hasEssential ? essentialShown / essentialMass : 1;
    let optional = hasOptional ? optionalShown / optionalMass : 1;
    if (!hasEssential && hasOptional) essential = optional;
    if (!hasOptional && hasEssential) optional = essential;
    const coverage = terms.essentialShare * essential + terms.optionalShare * optional;

    let explained = 0;
    for (let i = from; i < to; i += 1) {
      const num = pool[i]!;
      if (!(num < reach.length && reach[num]! > 0)) continue;
      const m = mass(num);
      for (const e of explains.get(num)!) {
        const value = e.credit * Math.min(e.mass, m);
        if (value > best[e.held]!) {
          explained += value - best[e.held]!;
          best[e.held] = value;
        }
      }
    }
    for (let i = from; i < to; i += 1) {
      const num = pool[i]!;
      if (num < reach.length && reach[num]! > 0) for (const e of explains.get(num)!) best[e.held] = 0;
    }
    return Math.sqrt(Math.min(1, coverage) * Math.min(1, explained / terms.own));
  }

  /** Whether a held skill earns credit for one of the slot's required skills (`reach` as in HeldTerms). */
  reachedBy(slot: number, reach: Float64Array): boolean {
    const pool = this.skillPool.values;
    for (let i = this.skillStart[slot]!; i < this.skillStart[slot + 1]!; i += 1) {
      const num = pool[i]!;
      if (num < reach.length && reach[num]! > 0) return true;
    }
    return false;
  }

  /**
   * The hard filters a candidate meets or not without the database (hard-filters.ts says
   * the same of a MatchCandidate): a destination list empty or naming the vacancy's Member
   * State, every language the vacancy asks for at its minimum, the vacancy's minimum EQF level.
   */
  filter(
    candidate: Pick<MatchCandidate, 'preferredDestinations' | 'languages' | 'highestEqfLevel'>,
  ): (slot: number) => boolean {
    const anywhere = candidate.preferredDestinations.length === 0;
    const accepted = new Uint8Array(this.memberStates.values.length);
    for (const d of candidate.preferredDestinations) {
      const state = this.memberStates.find(d);
      if (state !== undefined) accepted[state] = 1;
    }
    // By language number: the best CEFR rank spoken, 0 for none.
    const spoken = new Int8Array(this.languages.values.length);
    for (const l of candidate.languages) {
      const language = this.languages.find(l.language);
      if (language !== undefined) spoken[language] = Math.max(spoken[language]!, cefrRank(l.level));
    }
    const eqf = candidate.highestEqfLevel ?? NO_EQF;
    const { memberState, minEqf, langStart } = this;
    const langs = this.langPool;
    return (slot) => {
      if (!anywhere && accepted[memberState[slot]!] !== 1) return false;
      const min = minEqf[slot]!;
      if (min !== NO_EQF && (eqf === NO_EQF || eqf < min)) return false;
      for (let i = langStart[slot]!; i < langStart[slot + 1]!; i += 1) {
        const need = langs.values[i]!;
        if (spoken[need >> 3]! < (need & 7)) return false;
      }
      return true;
    };
  }

  /** The slot's vacancy as the scorer reads it. */
  vacancy(slot: number): MatchVacancy {
    const pool = this.skillPool.values;
    const from = this.skillStart[slot]!;
    const split = this.essentialEnd[slot]!;
    const to = this.skillStart[slot + 1]!;
    const languageRequirements: MatchVacancy['languageRequirements'] = [];
    for (let i = this.langStart[slot]!; i < this.langStart[slot + 1]!; i += 1) {
      const code = this.langPool.values[i]!;
      languageRequirements.push({
        language: this.languages.values[code >> 3]!,
        minLevel: CEFR_LEVELS[(code & 7) - 1]!,
      });
    }
    const minEqf = this.minEqf[slot]!;
    const minYears = this.minYears[slot]!;
    return {
      occupationNum: this.occupation[slot]!,
      iscoCode: this.iscoCodes.values[this.isco[slot]!]!,
      essentialSkillNums: Array.from(pool.subarray(from, split)),
      optionalSkillNums: Array.from(pool.subarray(split, to)),
      languageRequirements,
      minEqfLevel: minEqf === NO_EQF ? null : minEqf,
      minExperienceYears: Number.isNaN(minYears) ? null : minYears,
      memberState: this.memberStates.values[this.memberState[slot]!]!,
      programmeId: this.programmeOf(slot),
    };
  }

  /** Bytes held by the typed arrays (ids and maps come on top; see the pool's report). */
  get typedBytes(): number {
    let bytes =
      this.alive.byteLength +
      this.occupation.byteLength +
      this.isco.byteLength +
      this.memberState.byteLength +
      this.programme.byteLength +
      this.minEqf.byteLength +
      this.minYears.byteLength +
      this.skillStart.byteLength +
      this.essentialEnd.byteLength +
      this.langStart.byteLength +
      this.skillPool.bytes +
      this.langPool.bytes +
      this.shortCoded.bytes +
      this.unskilled.bytes;
    for (const postings of [this.bySkill, this.byOccupation, this.bySubMajor] as Map<unknown, IntList>[]) {
      for (const list of postings.values()) bytes += list.bytes;
    }
    return bytes;
  }

  /** Room for `slots` slots (and the end mark after the last). */
  private ensure(slots: number): void {
    if (slots + 1 <= this.alive.length) return;
    const size = Math.max(slots + 1, this.alive.length * 2);
    this.alive = grown(this.alive, size, (n) => new Uint8Array(n));
    this.occupation = grown(this.occupation, size, (n) => new Int32Array(n));
    this.isco = grown(this.isco, size, (n) => new Int32Array(n));
    this.memberState = grown(this.memberState, size, (n) => new Int32Array(n));
    this.programme = grown(this.programme, size, (n) => new Int32Array(n));
    this.minEqf = grown(this.minEqf, size, (n) => new Int8Array(n));
    this.minYears = grown(this.minYears, size, (n) => new Float64Array(n));
    this.skillStart = grown(this.skillStart, size, (n) => new Int32Array(n));
    this.essentialEnd = grown(this.essentialEnd, size, (n) => new Int32Array(n));
    this.langStart = grown(this.langStart, size, (n) => new Int32Array(n));
  }
}
