import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser, Role } from 'src/auth/role';
import { CandidateDocumentsRepository } from 'src/candidates/candidate-documents.repository';
import { ForbiddenError, NotFoundError } from 'src/common/errors';
import { EmployersService } from 'src/employers/employers.service';
import { Connection, offsetFromCursor, rankedConnection } from 'src/graphql/connection';
import { CandidateMatch, MatchExplainer, PartnershipMatch, VacancyMatch } from 'src/matching/match-explainer';
import { MatchRanker } from 'src/matching/match-ranker';
import { PROGRAMME_ELIGIBILITY, ProgrammeEligibility } from 'src/matching/programme-eligibility';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

/**
 * Who may see which matches, what is audited, and the pages the API returns. Ranking is
 * MatchRanker's (retrieval, then the pure scorer); explaining is MatchExplainer's.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly ranker: MatchRanker,
    private readonly explainer: MatchExplainer,
    private readonly vacancies: VacanciesRepository,
    private readonly candidates: CandidateDocumentsRepository,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
    @Optional() @Inject(PROGRAMME_ELIGIBILITY) private readonly programmes: ProgrammeEligibility | null,
  ) {}

  /** Candidates for a vacancy, for its verified employer or an admin; every page an employer sees is audited. */
  async candidatesFor(
    user: AuthUser,
    vacancyId: string,
    first: number,
    after?: string | null,
    withTotal = true,
  ): Promise<Connection<CandidateMatch>> {
    const replica = this.ranker.replica();
    const vacancy = await this.vacancies.factsById(vacancyId);
    if (!vacancy) throw new NotFoundError('Vacancy');
    if (user.role === Role.EMPLOYER) {
      const employer = await this.employers.mine(user);
      if (!employer || employer.id !== vacancy.employerId) throw new NotFoundError('Vacancy');
      this.employers.require(employer, 'see candidates');
    } else if (user.role !== Role.ADMIN) {
      throw new ForbiddenError();
    }
    const page = await this.ranker.candidatesFor(
      vacancy,
      { offset: offsetFromCursor(after), first, withTotal },
      replica,
    );
    if (user.role === Role.EMPLOYER && page.rows.length > 0) {
      await this.audit.record(user, {
        action: 'candidate.matched',
        targetType: 'vacancy',
        targetId: vacancyId,
        detail: { candidateIds: page.rows.map((r) => r.item) },
      });
    }
    return rankedConnection(
      await this.explainer.ofCandidates(page.rows, page.profiles),
      first,
      page.offset,
      page.total,
    );
  }

  /** Published vacancies for the signed-in candidate, visible to employers or not. */
  async vacanciesFor(
    user: AuthUser,
    first: number,
    after?: string | null,
    withTotal = true,
  ): Promise<Connection<VacancyMatch>> {
    const replica = this.ranker.vacancyReplica();
    const document = await this.candidates.ofOwner(user.id);
    if (!document) throw new NotFoundError('Candidate profile');
    const page = await this.ranker.vacanciesFor(
      document,
      { offset: offsetFromCursor(after), first, withTotal },
      replica,
    );
    return rankedConnection(await this.explainer.ofVacancies(page.rows), first, page.offset, page.total);
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
    withTotal = true,
  ): Promise<Connection<PartnershipMatch>> {
    const access = this.programmes ? await this.programmes.access(programmeId, user.id) : null;
    if (!access?.exists) throw new NotFoundError('Programme');
    if (user.role !== Role.ADMIN && !access.administers) {
      throw new ForbiddenError('Only this programme’s administrators see its matches');
    }
    const page = await this.ranker.programmePairs(programmeId, { offset: offsetFromCursor(after), first, withTotal });
    return rankedConnection(await this.explainer.ofPairs(page.rows), first, page.offset, page.total);
  }
}
