import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from 'src/auth/auth.decorators';
import { AuthUser, Role } from 'src/auth/role';
import { CandidateSummaryModel } from 'src/candidates/candidate.model';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { ValidationError } from 'src/common/errors';
import { Connection, ConnectionArgs, mapConnection, toConnection } from 'src/graphql/connection';
import { MatchingRepository } from 'src/matching/matching.repository';
import {
  CandidateMatchConnection,
  CandidateMatchModel,
  PartnershipMatchConnection,
  PartnershipMatchModel,
  VacancyMatchConnection,
  VacancyMatchModel,
} from 'src/matching/matching.model';
import { MatchingService, Ranked, RankedPage } from 'src/matching/matching.service';
import { Skill, toSkill } from 'src/taxonomy/taxonomy.model';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { VacancyModel } from 'src/vacancies/vacancy.model';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => ValidationError.field('vacancyId', 'must be an ID') });
const programmeUuid = new ParseUUIDPipe({
  exceptionFactory: () => ValidationError.field('programmeId', 'must be an ID'),
});

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly repository: MatchingRepository,
    private readonly candidates: CandidatesRepository,
    private readonly vacancies: VacanciesRepository,
  ) {}

  @Roles(Role.EMPLOYER, Role.ADMIN)
  @Query(() => CandidateMatchConnection, {
    description: 'Visible candidates for a vacancy, best first; its verified employer and admins only',
  })
  async matchingCandidates(
    @CurrentUser() user: AuthUser,
    @Args('vacancyId', { type: () => ID }, uuid) vacancyId: string,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<CandidateMatchModel>> {
    const page = await this.matching.candidatesFor(user, vacancyId, args.first, args.after);
    const profiles = await this.candidates.findVisibleByIds(page.rows.map((r) => r.item));
    const skills = await this.skillsOf(page.rows);
    const rows = page.rows.flatMap((r) => {
      const profile = profiles.get(r.item);
      return profile ? [{ ...this.explained(r, skills), candidate: CandidateSummaryModel.from(profile) }] : [];
    });
    return this.connection(rows, page, args.first);
  }

  @Roles(Role.CANDIDATE)
  @Query(() => VacancyMatchConnection, { description: 'Published vacancies for the signed-in candidate, best first' })
  async matchingVacancies(
    @CurrentUser() user: AuthUser,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<VacancyMatchModel>> {
    const page = await this.matching.vacanciesFor(user, args.first, args.after);
    const vacancies = await this.vacancies.findPublicByIds(page.rows.map((r) => r.item));
    const skills = await this.skillsOf(page.rows);
    const rows = page.rows.flatMap((r) => {
      const vacancy = vacancies.get(r.item);
      return vacancy ? [{ ...this.explained(r, skills), vacancy: VacancyModel.from(vacancy) }] : [];
    });
    return this.connection(rows, page, args.first);
  }

  @Roles(Role.PARTNERSHIP_ADMIN, Role.ADMIN)
  @Query(() => PartnershipMatchConnection, {
    description: 'The programme’s eligible candidates paired with its published vacancies, best first',
  })
  async partnershipMatches(
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }, programmeUuid) programmeId: string,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<PartnershipMatchModel>> {
    const page = await this.matching.partnershipPairs(user, programmeId, args.first, args.after);
    const [profiles, vacancies, skills] = await Promise.all([
      this.candidates.findVisibleByIds(page.rows.map((r) => r.item.candidateId)),
      this.vacancies.findPublicByIds(page.rows.map((r) => r.item.vacancyId)),
      this.skillsOf(page.rows),
    ]);
    const rows = page.rows.flatMap((r) => {
      const profile = profiles.get(r.item.candidateId);
      const vacancy = vacancies.get(r.item.vacancyId);
      if (!profile || !vacancy) return [];
      return [
        {
          ...this.explained(r, skills),
          candidate: CandidateSummaryModel.from(profile),
          vacancy: VacancyModel.from(vacancy),
        },
      ];
    });
    return this.connection(rows, page, args.first);
  }

  private async skillsOf(rows: Ranked<unknown>[]) {
    return this.repository.skillsByNums(
      rows.flatMap((r) => [...r.match.matchedSkillIds, ...r.match.missingEssentialSkillIds] as number[]),
    );
  }

  private explained(r: Ranked<unknown>, skills: Map<number, Parameters<typeof toSkill>[0]>) {
    const resolve = (nums: (string | number)[]): Skill[] =>
      nums.flatMap((n) => {
        const skill = skills.get(n as number);
        return skill ? [toSkill(skill)] : [];
      });
    return {
      score: r.match.score,
      breakdown: r.match.breakdown,
      matchedSkills: resolve(r.match.matchedSkillIds),
      missingEssentialSkills: resolve(r.match.missingEssentialSkillIds),
    };
  }

  private connection<T>(rows: T[], page: RankedPage<unknown>, first: number): Connection<T> {
    return mapConnection(
      toConnection(
        rows.map((node, i) => ({ node, position: page.offset + i + 1 })),
        first,
        page.total,
        ({ position }) => [position],
      ),
      (r) => r.node,
    );
  }
}
