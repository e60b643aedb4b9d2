import { Injectable } from '@nestjs/common';
import { AuthUser, Role } from 'src/auth/role';
import { utcToday } from 'src/candidates/candidate-rules';
import { ForbiddenError, NotFoundError } from 'src/common/errors';
import { MatchingService } from 'src/matching/matching.service';
import { evaluateEligibility } from 'src/partnerships/eligibility';
import { PartnershipsService } from 'src/partnerships/partnerships.service';
import { PartnershipProgrammeEntity } from 'src/partnerships/programme.entity';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';
import {
  criteriaChecked,
  CriterionTally,
  EligibilityTally,
  mostFrequent,
} from 'src/programme-statistics/eligibility-tally';
import { SkillEntity } from 'src/taxonomy/skill.entity';

/** Profiles whose facts are read and evaluated at once: bounds memory whatever the population. */
const BATCH = 5_000;
/** The best matches whose missing skills are counted: what an administrator would page through. */
const MATCH_SAMPLE = 100;
const TOP_MISSING = 10;

export interface ProgrammeStatistics {
  programme: PartnershipProgrammeEntity;
  visibleCandidates: number;
  eligibleCandidates: number;
  criteria: CriterionTally[];
  matchesConsidered: number;
  missingSkills: { skill: SkillEntity; matches: number }[];
  computedAt: Date;
}

/**
 * A programme at a glance, for its administrators and admins: the same pure eligibility
 * rules over every visible candidate, and the missing skills of its best matches.
 */
@Injectable()
export class ProgrammeStatisticsService {
  constructor(
    private readonly programmes: ProgrammesRepository,
    private readonly partnerships: PartnershipsService,
    private readonly matching: MatchingService,
  ) {}

  async of(user: AuthUser, programmeId: string): Promise<ProgrammeStatistics> {
    const programme = await this.programmes.findById(programmeId);
    if (!programme) throw new NotFoundError('Partnership programme');
    if (user.role !== Role.ADMIN && !(await this.programmes.isAdministrator(programmeId, user.id))) {
      throw new ForbiddenError('Only this programme’s administrators see its statistics');
    }
    const tally = await this.tally(programme);
    const matches = await this.matching.partnershipPairs(user, programmeId, MATCH_SAMPLE, null);
    const missing = mostFrequent(
      matches.edges.map((e) => e.node.missingEssentialSkills),
      (skill) => skill.id,
      TOP_MISSING,
    );
    return {
      programme,
      visibleCandidates: tally.candidates,
      eligibleCandidates: tally.eligible,
      criteria: tally.criteria(),
      matchesConsidered: matches.edges.length,
      missingSkills: missing.map(({ item, count }) => ({ skill: item, matches: count })),
      computedAt: new Date(),
    };
  }

  private async tally(programme: PartnershipProgrammeEntity): Promise<EligibilityTally> {
    const tally = new EligibilityTally(criteriaChecked(programme));
    const today = utcToday();
    // The next page is read while this one is evaluated.
    let next = this.partnerships.visibleEligibilityPage(null, BATCH);
    for (;;) {
      const page = await next;
      const more = page.candidates.length === BATCH;
      if (more) next = this.partnerships.visibleEligibilityPage(page.lastId, BATCH);
      for (const candidate of page.candidates) tally.add(evaluateEligibility(candidate, programme, today));
      if (!more) break;
    }
    return tally;
  }
}
