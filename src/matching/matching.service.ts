import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser, Role } from 'src/auth/role';
import { CandidateSearchHandler } from 'src/candidates/candidate-search.handler';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { ForbiddenError, NotFoundError, RuleViolation } from 'src/common/errors';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { EmployerStatus } from 'src/employers/employer.entity';
import { EmployersRepository } from 'src/employers/employers.repository';
import { offsetFromCursor } from 'src/graphql/connection';
import { MatchingRepository } from 'src/matching/matching.repository';
import { PROGRAMME_ELIGIBILITY, ProgrammeEligibility } from 'src/matching/programme-eligibility';
import { compareMatches, passesHardFilters, prepareVacancy, scorePrepared } from 'src/matching/scoring';
import { MatchCandidate, MatchScore, MatchVacancy } from 'src/matching/types';
import type { LanguageLevel } from 'src/partnerships/cefr';
import { candidateLanguageCodes, requirementCode } from 'src/search/language-codes';
import { CandidateDocument, SEARCH_ENGINE, SearchEngine, VacancyDocument } from 'src/search/search-engine';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

/** How many of a vacancy's rarest essential skills always bring their holders into the pool. */
const DISTINCTIVE_SKILLS = 5;

export interface Ranked<T> {
  item: T;
  match: MatchScore;
}

export interface RankedPage<T> {
  rows: Ranked<T>[];
  offset: number;
  total: number;
}

export function toMatchCandidate(d: CandidateDocument): MatchCandidate {
  return {
    desiredOccupations: d.desired.map((o) => ({ id: o.num, iscoCode: o.iscoCode })),
    experience: d.experience.map((e) => ({ occupationId: e.num, iscoCode: e.iscoCode, years: e.years })),
    skillIds: d.skillNums,
    languages: d.languages as LanguageLevel[],
    highestEqfLevel: d.highestEqf,
    preferredDestinations: d.destinations,
    credentials: d.credentials,
  };
}

export function toMatchVacancy(d: VacancyDocument): MatchVacancy {
  return {
    occupationId: d.occupationNum,
    iscoCode: d.iscoCode,
    essentialSkillIds: d.essentialSkillNums,
    optionalSkillIds: d.optionalSkillNums,
    languageRequirements: d.languageRequirements as MatchVacancy['languageRequirements'],
    minEqfLevel: d.minEqfLevel,
    minExperienceYears: d.minExperienceYears,
    memberState: d.memberState,
    programmeId: d.programmeId,
  };
}

/**
 * Two stages: the search engine retrieves a bounded set through hard filters and skill or
 * occupation overlap; the pure scorer (src/matching/scoring) re-ranks it and explains each
 * score. The database has the last word on consent and publication.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly employers: EmployersRepository,
    private readonly candidates: CandidatesRepository,
    private readonly candidateDocuments: CandidateSearchHandler,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesRepository,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(PROGRAMME_ELIGIBILITY) private readonly eligibility: ProgrammeEligibility | null,
  ) {}

  /** Candidates for a vacancy, for its verified employer or an admin. */
  async candidatesFor(
    user: AuthUser,
    vacancyId: string,
    first: number,
    after?: string | null,
  ): Promise<RankedPage<string>> {
    const vacancy = await this.vacancies.findById(vacancyId);
    if (!vacancy) throw new NotFoundError('Vacancy');
    if (user.role === Role.EMPLOYER) {
      const employer = await this.employers.findByOwner(user.id);
      if (!employer || employer.id !== vacancy.employerId) throw new NotFoundError('Vacancy');
      if (employer.status !== EmployerStatus.VERIFIED) {
        throw new RuleViolation('EMPLOYER_NOT_VERIFIED', 'Only a verified employer sees candidates', 'FORBIDDEN');
      }
    } else if (user.role !== Role.ADMIN) {
      throw new ForbiddenError();
    }
    const page = await this.rankCandidates(vacancyId, first, offsetFromCursor(after));
    if (user.role === Role.EMPLOYER && page.rows.length > 0) {
      await this.audit.record(user, {
        action: 'candidate.matched',
        targetType: 'vacancy',
        targetId: vacancyId,
        detail: { candidateIds: page.rows.map((r) => r.item) },
      });
    }
    return page;
  }

  /** The ranked candidates of one vacancy (no access check: callers do that). */
  async rankCandidates(vacancyId: string, first: number, offset: number): Promise<RankedPage<string>> {
    const vacancy = await this.repository.matchVacancy(vacancyId);
    if (!vacancy) throw new NotFoundError('Vacancy');
    const prepared = prepareVacancy(vacancy);
    const rarity = await this.repository.occupationsPerSkill();
    const essential = vacancy.essentialSkillIds as number[];
    const distinctive = [...essential]
      .sort((a, b) => (rarity.get(a) ?? 0) - (rarity.get(b) ?? 0) || a - b)
      .slice(0, DISTINCTIVE_SKILLS);
    const { documents, total } = await this.engine.retrieveCandidates({
      memberState: vacancy.memberState,
      requiredLanguageCodes: vacancy.languageRequirements
        .map((r) => requirementCode(r.language, r.minLevel))
        .filter((c): c is number => c !== undefined),
      minEqf: vacancy.minEqfLevel,
      essentialSkillNums: vacancy.essentialSkillIds as number[],
      optionalSkillNums: vacancy.optionalSkillIds as number[],
      occupationNum: vacancy.occupationId as number,
      iscoUnit: Number(vacancy.iscoCode),
      distinctiveSkillNums: distinctive,
      limit: Math.max(this.config.matching.retrievalLimit, offset + first + 1),
      countCap: this.config.matching.countCap,
    });
    const ids = documents.map((d) => d.id);
    const [visible, eligible] = await Promise.all([
      this.repository.stillVisible(ids),
      vacancy.programmeId ? this.eligibleAmong(vacancy.programmeId, ids) : Promise.resolve(null),
    ]);
    const ranked: (Ranked<string> & { id: string; score: number })[] = [];
    for (const document of documents) {
      const candidate = toMatchCandidate(document);
      const eligibleForProgramme = eligible ? eligible.has(document.id) : undefined;
      if (!visible.has(document.id) || !passesHardFilters(vacancy, { ...candidate, eligibleForProgramme })) continue;
      const match = scorePrepared(prepared, candidate, this.config.matching.weights);
      ranked.push({ item: document.id, match, id: document.id, score: match.score });
    }
    ranked.sort(compareMatches);
    const dropped = documents.length - ranked.length;
    return { rows: ranked.slice(offset, offset + first + 1), offset, total: Math.max(total - dropped, ranked.length) };
  }

  /** Vacancies for the signed-in candidate, under the same rules seen from their side. */
  async vacanciesFor(user: AuthUser, first: number, after?: string | null): Promise<RankedPage<string>> {
    const profile = await this.candidates.findByOwner(user.id);
    if (!profile) throw new NotFoundError('Candidate profile');
    const [document] = await this.candidateDocuments.documents([profile.id], null, 1, true);
    if (!document) throw new NotFoundError('Candidate profile');
    const candidate = toMatchCandidate(document);
    const offset = offsetFromCursor(after);
    const occupations = [...document.desired, ...document.experience];
    const { documents, total } = await this.engine.retrieveVacancies({
      destinations: document.destinations,
      languageCodes: candidateLanguageCodes(document.languages),
      highestEqf: document.highestEqf,
      skillNums: document.skillNums,
      iscoUnits: [...new Set(occupations.map((o) => Number(o.iscoCode)))],
      limit: Math.max(this.config.matching.retrievalLimit, offset + first + 1),
    });
    const programmes = [...new Set(documents.map((d) => d.programmeId).filter((p): p is string => p !== null))];
    const [published, eligibleProgrammes] = await Promise.all([
      this.vacancies.findPublicByIds(documents.map((d) => d.id)),
      programmes.length > 0 && this.eligibility
        ? this.eligibility.programmesFor(profile.id, programmes)
        : Promise.resolve(new Set<string>()),
    ]);
    const ranked: (Ranked<string> & { id: string; score: number })[] = [];
    for (const document of documents) {
      const vacancy = toMatchVacancy(document);
      const eligibleForProgramme = vacancy.programmeId ? eligibleProgrammes.has(vacancy.programmeId) : undefined;
      if (!published.has(document.id) || !passesHardFilters(vacancy, { ...candidate, eligibleForProgramme })) continue;
      const match = scorePrepared(prepareVacancy(vacancy), candidate, this.config.matching.weights);
      ranked.push({ item: document.id, match, id: document.id, score: match.score });
    }
    ranked.sort(compareMatches);
    const dropped = documents.length - ranked.length;
    return { rows: ranked.slice(offset, offset + first + 1), offset, total: Math.max(total - dropped, ranked.length) };
  }

  /**
   * The programme's eligible candidates paired with its published vacancies, best pairs
   * first (score, then candidate id, then vacancy id): the programme's administrators and admins.
   */
  async partnershipPairs(
    user: AuthUser,
    programmeId: string,
    first: number,
    after?: string | null,
  ): Promise<RankedPage<{ candidateId: string; vacancyId: string }>> {
    const programme = await this.programmes.findById(programmeId);
    if (!programme) throw new NotFoundError('Programme');
    if (user.role !== Role.ADMIN && !(await this.programmes.isAdministrator(programmeId, user.id))) {
      throw new ForbiddenError('Only this programme’s administrators see its matches');
    }
    const offset = offsetFromCursor(after);
    const { hits } = await this.engine.searchVacancies(null, { programmeId }, { offset: 0, limit: 200 });
    const pairs: Ranked<{ candidateId: string; vacancyId: string }>[] = [];
    let total = 0;
    for (const { id: vacancyId } of hits) {
      // The global top pairs are each within their own vacancy's top candidates.
      const page = await this.rankCandidates(vacancyId, offset + first + 1, 0);
      total += page.total;
      for (const row of page.rows) pairs.push({ item: { candidateId: row.item, vacancyId }, match: row.match });
    }
    pairs.sort(
      (a, b) =>
        b.match.score - a.match.score ||
        (a.item.candidateId < b.item.candidateId ? -1 : a.item.candidateId > b.item.candidateId ? 1 : 0) ||
        (a.item.vacancyId < b.item.vacancyId ? -1 : a.item.vacancyId > b.item.vacancyId ? 1 : 0),
    );
    return { rows: pairs.slice(offset, offset + first + 1), offset, total };
  }

  private eligibleAmong(programmeId: string, ids: string[]): Promise<Set<string>> {
    // Without the partnerships feature nobody can be shown eligible: a programme vacancy then matches no one.
    return this.eligibility ? this.eligibility.eligibleAmong(programmeId, ids) : Promise.resolve(new Set());
  }
}
