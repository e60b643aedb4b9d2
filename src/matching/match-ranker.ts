import { Inject, Injectable, Optional } from '@nestjs/common';
import { CandidateDocumentsRepository } from 'src/candidates/candidate-documents.repository';
import type { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { NotFoundError } from 'src/common/errors';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { normaliseWeights } from 'src/config/match-weights';
import { toMatchCandidate, toMatchVacancy } from 'src/matching/document-facts';
import { OCCUPATION_PROXIMITY, occupationCloseness } from 'src/matching/occupation';
import { PROGRAMME_ELIGIBILITY, ProgrammeEligibility } from 'src/matching/programme-eligibility';
import { comparePairs, MatchPair, Ranked, RankedPage, rankPage } from 'src/matching/ranking';
import { prepareVacancy, type PreparedVacancy } from 'src/matching/scoring';
import { CandidatePool } from 'src/matching/candidate-pool';
import type { CandidateStore } from 'src/matching/candidate-store';
import { exactTop, matchingSlots, type TopMatch } from 'src/matching/exact-top';
import { exactVacancies, matchingVacancySlots } from 'src/matching/exact-vacancies';
import { coverageShare } from 'src/matching/skill-evidence';
import { SkillGraph } from 'src/matching/skill-graph';
import { SkillGraphProvider } from 'src/matching/skill-graph.provider';
import type { MatchCandidate } from 'src/matching/types';
import { VacancyPool } from 'src/matching/vacancy-pool';
import type { VacancyStore } from 'src/matching/vacancy-store';
import { candidateLanguageCodes, requirementCodes } from 'src/search/language-codes';
import { CandidateDocument, CandidateRetrieval, SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { VacanciesRepository, VacancyFacts } from 'src/vacancies/vacancies.repository';

/** How many of a vacancy's most specific essential skills always bring their holders into the pool. */
const DISTINCTIVE_SKILLS = 5;
/**
 * Programme vacancies whose tops are drawn before the database is asked about their
 * candidates: few at first, so accepted pairs soon set a floor for the rest, then doubling.
 */
const FIRST_PAIR_BATCH = 2;
/** The most programme vacancies whose candidates partnershipMatches pairs. */
const PROGRAMME_VACANCIES = 200;
/**
 * A top is drawn this much larger than the share of candidates the database accepted so far
 * says is needed (so one more round is rarely needed), and at most MAX_OVERDRAW times the
 * page (so a programme accepting almost nobody does not draw the whole store).
 */
const OVERDRAW_MARGIN = 1.25;
const MAX_OVERDRAW = 20;

export interface Page {
  offset: number;
  first: number;
  /** Whether to count every match (totalCount); counting is work a client that does not ask should not pay for. */
  withTotal?: boolean;
}

/**
 * What the database said of those about to be shown, by id: a candidate still visible and
 * eligible where a programme asks; a vacancy still published; a programme the candidate is eligible for.
 */
type Verdicts = Map<string, boolean>;

/**
 * A page of candidates, with the profiles of those the database was just asked about
 * (visible ones), which the explanation can use instead of reading them again.
 */
export type CandidatePage = RankedPage<string> & { profiles?: ReadonlyMap<string, CandidateProfileEntity> };

/**
 * The replica's store brought up to date from now on, or null when matching does not rank
 * from it; a failure is left to whoever awaits it.
 */
function upToDate<S>(replica: { enabled: boolean; current(): Promise<S> }): Promise<S> | null {
  if (!replica.enabled) return null;
  const current = replica.current();
  current.catch(() => undefined);
  return current;
}

/**
 * How many to draw so that `want` of them are likely accepted, judging by the share the
 * database accepted so far: `want` while it has refused nobody.
 */
function drawFor(want: number, verdicts: Verdicts): number {
  let accepted = 0;
  for (const verdict of verdicts.values()) if (verdict) accepted += 1;
  if (accepted === verdicts.size) return want;
  const share = accepted / verdicts.size;
  return Math.min(want * MAX_OVERDRAW, Math.ceil((want / Math.max(share, 1 / MAX_OVERDRAW)) * OVERDRAW_MARGIN));
}

/**
 * Two stages: the search engine retrieves a bounded set through hard filters and skill or
 * occupation overlap; the pure scorer re-ranks it (rankPage). The database has the last
 * word on consent and publication. No access checks here: MatchingService makes them.
 */
@Injectable()
export class MatchRanker {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly candidates: CandidateDocumentsRepository,
    private readonly profiles: CandidatesRepository,
    private readonly graphs: SkillGraphProvider,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pool: CandidatePool,
    private readonly vacancyPool: VacancyPool,
    @Optional() @Inject(PROGRAMME_ELIGIBILITY) private readonly eligibility: ProgrammeEligibility | null,
  ) {}

  /** The ranked candidates of the vacancy with this id, whatever its status. */
  async rankCandidates(vacancyId: string, page: Page): Promise<RankedPage<string>> {
    const replica = this.replica();
    const facts = await this.vacancies.factsById(vacancyId);
    if (!facts) throw new NotFoundError('Vacancy');
    return this.candidatesFor(facts, page, replica);
  }

  /**
   * The candidate replica brought up to date from now on (null without one): a caller
   * starts it beside its own reads and hands it to candidatesFor, saving a round trip.
   */
  replica(): Promise<CandidateStore> | null {
    return upToDate(this.pool);
  }

  /** The ranked candidates of a vacancy: visible, passing its hard filters, best first. */
  async candidatesFor(
    facts: VacancyFacts,
    page: Page,
    replica: Promise<CandidateStore> | null = this.replica(),
  ): Promise<CandidatePage> {
    const vacancy = toMatchVacancy(facts);
    const graph = await this.graphs.graph();
    const prepared = prepareVacancy(vacancy, graph);
    if (replica) return this.exactCandidatesFor(prepared, page, await replica);
    const required = new Set(prepared.skills.required);
    const { documents, total } = await this.engine.retrieveCandidates({
      memberState: vacancy.memberState,
      requiredLanguageCodes: requirementCodes(vacancy.languageRequirements),
      minEqf: vacancy.minEqfLevel,
      essentialSkillNums: vacancy.essentialSkillNums,
      optionalSkillNums: vacancy.optionalSkillNums,
      relatedSkillNums: [...prepared.skills.evidence.keys()].filter((num) => !required.has(num)),
      occupationNum: vacancy.occupationNum,
      iscoUnit: Number(vacancy.iscoCode),
      nearOccupationNums: [...prepared.occupation.neighbours.keys()],
      distinctiveSkillNums: this.distinctive(vacancy.essentialSkillNums, graph),
      limit: this.retrievalLimit(page),
      countCap: this.config.matching.countCap,
      poolOrder: this.poolOrder(prepared),
    });
    const ids = documents.map((d) => d.id);
    const programmeId = vacancy.programmeId;
    const [visible, eligible] = await Promise.all([
      this.candidates.stillVisible(ids),
      programmeId ? this.eligibleAmong(programmeId, ids) : Promise.resolve(null),
    ]);
    const contenders = documents
      .filter((d) => visible.has(d.id))
      .map((d) => ({
        item: d.id,
        id: d.id,
        vacancy: prepared,
        candidate: toMatchCandidate(d),
        eligibleForProgramme: eligible?.has(d.id),
      }));
    return rankPage(contenders, { retrieved: documents.length, total }, this.config.matching.weights, page);
  }

  /** The vacancy replica brought up to date from now on (null without one); see replica(). */
  vacancyReplica(): Promise<VacancyStore> | null {
    return upToDate(this.vacancyPool);
  }

  /** The ranked published vacancies for a candidate, under the same rules seen from their side. */
  async vacanciesFor(
    document: CandidateDocument,
    page: Page,
    replica: Promise<VacancyStore> | null = this.vacancyReplica(),
  ): Promise<RankedPage<string>> {
    const candidate = toMatchCandidate(document);
    const graph = await this.graphs.graph();
    if (replica) return this.exactVacanciesFor(document.id, candidate, graph, page, await replica);
    const occupations = [...document.desired, ...document.experience];
    const { documents, total } = await this.engine.retrieveVacancies({
      destinations: document.destinations,
      languageCodes: candidateLanguageCodes(document.languages),
      highestEqf: document.highestEqf,
      skillNums: document.skillNums,
      relatedSkillNums: [...new Set(document.skillNums.flatMap((num) => graph.links(num).map((l) => l.num)))],
      iscoUnits: [...new Set(occupations.map((o) => Number(o.iscoCode)))],
      occupationNums: [...new Set(occupations.flatMap((o) => [o.num, ...graph.occupationNeighbours(o.num).keys()]))],
      distinctiveSkillNums: this.distinctive(document.skillNums, graph),
      limit: this.retrievalLimit(page),
      countCap: page.withTotal === false ? null : this.config.matching.countCap,
    });
    const programmes = [...new Set(documents.map((d) => d.programmeId).filter((p): p is string => p !== null))];
    const [published, eligibleProgrammes] = await Promise.all([
      this.vacancies.findPublicByIds(documents.map((d) => d.id)),
      programmes.length > 0 && this.eligibility
        ? this.eligibility.programmesFor(document.id, programmes)
        : Promise.resolve(new Set<string>()),
    ]);
    const contenders = documents
      .filter((d) => published.has(d.id))
      .map((d) => ({
        item: d.id,
        id: d.id,
        vacancy: prepareVacancy(toMatchVacancy(d), graph),
        candidate,
        eligibleForProgramme: d.programmeId ? eligibleProgrammes.has(d.programmeId) : undefined,
      }));
    return rankPage(contenders, { retrieved: documents.length, total }, this.config.matching.weights, page);
  }

  /**
   * The exact top of the scorer over the in-memory replica of the vacancy index: the best
   * `offset + first + 1` vacancies whose hard filters the candidate passes; then the
   * database's word on each one about to be shown (still published by a verified employer,
   * the candidate eligible for its programme). Whatever it refuses is passed over and the
   * top drawn again, so the page is the exact top of what it accepts.
   */
  private async exactVacanciesFor(
    candidateId: string,
    candidate: MatchCandidate,
    graph: SkillGraph,
    page: Page,
    store: VacancyStore,
  ): Promise<RankedPage<string>> {
    const weights = this.config.matching.weights;
    const want = page.offset + page.first + 1;
    const exclude = new Set<number>();
    const published: Verdicts = new Map();
    const programmes: Verdicts = new Map();
    const refusedProgrammes = new Set<string>();
    let top: TopMatch[];
    do {
      ({ top } = exactVacancies(store, candidate, graph, { k: want, weights, exclude, refusedProgrammes }));
    } while (
      await this.refuseVacancies(store, top, candidateId, { published, programmes, exclude, refusedProgrammes })
    );
    let total = 0;
    if (page.withTotal !== false) {
      const slots = matchingVacancySlots(store, candidate, graph, this.config.matching.countCap);
      const among = [...new Set(slots.map((slot) => store.programmeOf(slot)).filter((p): p is string => p !== null))];
      await this.judgeProgrammes(candidateId, among, programmes);
      total = slots.filter((slot) => {
        const programmeId = store.programmeOf(slot);
        return programmeId === null || programmes.get(programmeId) === true;
      }).length;
      total = Math.max(total, top.length);
    }
    return { rows: top.slice(page.offset).map((t) => ({ item: t.id, match: t.match })), offset: page.offset, total };
  }

  /**
   * Asks the database about the vacancies of `tops` it has not been asked about: still
   * published by a verified employer, and whether the candidate is eligible for their
   * programmes. The unpublished are added to `exclude` (and forgotten by the replica), the
   * programmes refused to `refusedProgrammes`; true when any of `tops` was refused.
   */
  private async refuseVacancies(
    store: VacancyStore,
    tops: readonly TopMatch[],
    candidateId: string,
    state: { published: Verdicts; programmes: Verdicts; exclude: Set<number>; refusedProgrammes: Set<string> },
  ): Promise<boolean> {
    const { published, programmes, exclude, refusedProgrammes } = state;
    const unknown = tops.filter((t) => !published.has(t.id));
    const among = [...new Set(tops.map((t) => store.programmeOf(t.slot)).filter((p): p is string => p !== null))];
    const [shown] = await Promise.all([
      unknown.length > 0 ? this.vacancies.findPublicByIds(unknown.map((t) => t.id)) : Promise.resolve(new Map()),
      this.judgeProgrammes(candidateId, among, programmes),
    ]);
    for (const t of unknown) published.set(t.id, shown.has(t.id));
    this.vacancyPool.forget(unknown.filter((t) => !shown.has(t.id)));
    let refused = false;
    for (const t of tops) {
      const programmeId = store.programmeOf(t.slot);
      if (programmeId !== null && programmes.get(programmeId) !== true) {
        refusedProgrammes.add(programmeId);
        refused = true;
      } else if (!published.get(t.id)) {
        exclude.add(t.slot);
        refused = true;
      }
    }
    return refused;
  }

  /** Records in `programmes` whether the candidate is eligible for each of `programmeIds` not judged yet. */
  private async judgeProgrammes(candidateId: string, programmeIds: string[], programmes: Verdicts): Promise<void> {
    const unknown = programmeIds.filter((p) => !programmes.has(p));
    if (unknown.length === 0) return;
    // Without the partnerships feature nobody can be shown eligible: programme vacancies then match no one.
    const eligible = this.eligibility ? await this.eligibility.programmesFor(candidateId, unknown) : new Set<string>();
    for (const p of unknown) programmes.set(p, eligible.has(p));
  }

  /**
   * The exact top of the scorer over the in-memory replica of the candidate index: the
   * best `offset + first + 1` candidates passing the hard filters; then the database's word
   * on each one about to be shown (consent, programme eligibility). Whoever it refuses is
   * passed over and the top drawn again, so the page is the exact top of those it accepts.
   */
  private async exactCandidatesFor(
    prepared: PreparedVacancy,
    page: Page,
    store: CandidateStore,
  ): Promise<CandidatePage> {
    const weights = this.config.matching.weights;
    const want = page.offset + page.first + 1;
    const programmeId = prepared.vacancy.programmeId;
    const exclude = new Set<number>();
    const verdicts: Verdicts = new Map();
    const profiles = new Map<string, CandidateProfileEntity>();
    let top: TopMatch[] = [];
    for (let done = false; !done;) {
      const k = drawFor(want, verdicts);
      const drawn = exactTop(store, prepared, { k, weights, exclude }).top;
      await this.refuse(drawn, programmeId, verdicts, exclude, profiles);
      top = drawn.filter((t) => verdicts.get(t.id));
      // Enough accepted, or nobody else to draw.
      done = top.length >= want || drawn.length < k;
    }
    top = top.slice(0, want);
    let total = 0;
    if (page.withTotal !== false) {
      const slots = matchingSlots(store, prepared, this.config.matching.countCap);
      // Ids only where the database must be asked: counting needs none.
      total = programmeId
        ? (
            await this.eligibleAmong(
              programmeId,
              slots.map((slot) => store.idOf(slot)),
            )
          ).size
        : slots.length;
      total = Math.max(total, top.length);
    }
    return {
      rows: top.slice(page.offset).map((t) => ({ item: t.id, match: t.match })),
      offset: page.offset,
      total,
      profiles,
    };
  }

  /**
   * Asks the database about the candidates of `tops` it has not been asked about: still
   * visible, and eligible for the programme when there is one. Those refused are added to
   * `exclude` (and the invisible forgotten by the replica). With `profiles`, the visible
   * ones' profiles are read and kept there.
   */
  private async refuse(
    tops: readonly TopMatch[],
    programmeId: string | null,
    verdicts: Verdicts,
    exclude: Set<number>,
    profiles?: Map<string, CandidateProfileEntity>,
  ): Promise<void> {
    const unknown = [...new Set(tops.filter((t) => !verdicts.has(t.id)).map((t) => t.id))];
    if (unknown.length > 0) {
      const [visible, eligible] = await Promise.all([
        profiles
          ? this.profiles.findVisibleByIds(unknown).then((found) => {
              for (const [id, profile] of found) profiles.set(id, profile);
              return found;
            })
          : this.candidates.stillVisible(unknown),
        programmeId ? this.eligibleAmong(programmeId, unknown) : Promise.resolve(null),
      ]);
      for (const id of unknown) verdicts.set(id, visible.has(id) && (eligible === null || eligible.has(id)));
      const asked = new Set(unknown);
      this.pool.forget(tops.filter((t) => asked.has(t.id) && !visible.has(t.id)));
    }
    for (const t of tops) if (!verdicts.get(t.id)) exclude.add(t.slot);
  }

  /** The programme's eligible candidates paired with its published vacancies, best pairs first. */
  async programmePairs(programmeId: string, page: Page): Promise<RankedPage<MatchPair>> {
    const replica = this.replica();
    const { hits } = await this.engine.searchVacancies(
      null,
      { programmeId },
      { offset: 0, limit: PROGRAMME_VACANCIES },
    );
    if (replica)
      return this.exactPairs(
        hits.map((h) => h.id),
        page,
        await replica,
      );
    const pairs: Ranked<MatchPair>[] = [];
    let total = 0;
    for (const { id: vacancyId } of hits) {
      // The global top pairs are each within their own vacancy's top candidates.
      const ranked = await this.rankCandidates(vacancyId, { offset: 0, first: page.offset + page.first + 1 });
      total += ranked.total;
      for (const row of ranked.rows) pairs.push({ item: { candidateId: row.item, vacancyId }, match: row.match });
    }
    pairs.sort(comparePairs);
    return { rows: pairs.slice(page.offset, page.offset + page.first + 1), offset: page.offset, total };
  }

  /**
   * The best pairs of the programme's vacancies, exactly, a batch of vacancies at a time
   * (FIRST_PAIR_BATCH, then doubling):
   * each vacancy's top is drawn only as far as it can beat the best accepted pairs so far
   * (the k-th best pair's score is its floor); the database is asked in one go about every
   * candidate of the batch's tops, and a vacancy whose top held one it refused is drawn
   * again without them.
   */
  private async exactPairs(vacancyIds: string[], page: Page, store: CandidateStore): Promise<RankedPage<MatchPair>> {
    const want = page.offset + page.first + 1;
    const graph = await this.graphs.graph();
    const facts = await this.vacancies.factsByIds(vacancyIds);
    const prepared = facts.map((f) => ({ id: f.id, vacancy: prepareVacancy(toMatchVacancy(f), graph) }));
    const weights = this.config.matching.weights;
    const exclude = new Set<number>();
    const verdicts: Verdicts = new Map();
    // All of a programme's vacancies ask the same question of the database: the programme's.
    const programmeId = prepared[0]?.vacancy.vacancy.programmeId ?? null;
    const pairs: Ranked<MatchPair>[] = [];
    for (let i = 0, size = FIRST_PAIR_BATCH; i < prepared.length; i += size, size *= 2) {
      // The floor comes from pairs the database accepted: a score the final k-th pair reaches.
      const floor = pairs.length >= want ? pairs[want - 1]!.match.score : undefined;
      const batch = prepared.slice(i, i + size).map((p) => ({ ...p, top: [] as TopMatch[] }));
      let pending = batch;
      while (pending.length > 0) {
        const k = drawFor(want, verdicts);
        const drawn = pending.map((entry) => exactTop(store, entry.vacancy, { k, weights, exclude, floor }).top);
        await this.refuse(drawn.flat(), programmeId, verdicts, exclude);
        pending = pending.filter((entry, j) => {
          entry.top = drawn[j]!.filter((t) => verdicts.get(t.id)).slice(0, want);
          // Enough accepted, or nobody else above the floor to draw.
          return entry.top.length < want && drawn[j]!.length >= k;
        });
      }
      for (const { id: vacancyId, top } of batch) {
        for (const t of top) pairs.push({ item: { candidateId: t.id, vacancyId }, match: t.match });
      }
      pairs.sort(comparePairs);
      pairs.length = Math.min(pairs.length, want);
    }
    let total = 0;
    if (page.withTotal !== false) {
      for (const { vacancy } of prepared) {
        const slots = matchingSlots(store, vacancy, this.config.matching.countCap);
        total += programmeId
          ? (
              await this.eligibleAmong(
                programmeId,
                slots.map((slot) => store.idOf(slot)),
              )
            ).size
          : slots.length;
      }
    }
    return {
      rows: pairs.slice(page.offset).map(({ item, match }) => ({ item, match })),
      offset: page.offset,
      total: Math.max(total, pairs.length),
    };
  }

  private retrievalLimit(page: Page): number {
    return Math.max(this.config.matching.retrievalLimit, page.offset + page.first + 1);
  }

  /**
   * The most the skill and occupation parts of the score can be, for engines that order
   * their pool: each skill's gain is the coverage full credit through it adds (skillBound),
   * each occupation's credit its closeness to the vacancy's.
   */
  private poolOrder(prepared: PreparedVacancy): CandidateRetrieval['poolOrder'] {
    const w = normaliseWeights(this.config.matching.weights, prepared.vacancy.programmeId !== null);
    const skillGains = new Map<number, number>();
    for (const [num, e] of prepared.skills.evidence) {
      skillGains.set(num, e.credit * coverageShare(prepared.skills, e.target, w.essentialSkills, w.optionalSkills));
    }
    const occupationCredits = new Map<number, number>([[prepared.occupation.num, OCCUPATION_PROXIMITY.sameOccupation]]);
    for (const num of prepared.occupation.neighbours.keys()) {
      // The neighbour's own ISCO code is not at hand here; its tree credit shows in sameUnitGroup.
      occupationCredits.set(num, occupationCloseness(prepared.occupation, num, ''));
    }
    return {
      skills: w.essentialSkills + w.optionalSkills,
      skillGains,
      occupation: w.occupation,
      occupationCredits,
      sameUnitGroup: OCCUPATION_PROXIMITY.unitGroup,
    };
  }

  /** The skills with the highest specificity: the most telling ones. */
  private distinctive(skills: readonly number[], graph: SkillGraph): number[] {
    return [...new Set(skills)]
      .sort((a, b) => graph.specificity(b) - graph.specificity(a) || a - b)
      .slice(0, DISTINCTIVE_SKILLS);
  }

  private eligibleAmong(programmeId: string, ids: string[]): Promise<Set<string>> {
    // Without the partnerships feature nobody can be shown eligible: a programme vacancy then matches no one.
    return this.eligibility ? this.eligibility.eligibleAmong(programmeId, ids) : Promise.resolve(new Set());
  }
}
