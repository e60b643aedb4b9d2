import { Injectable } from '@nestjs/common';
import { utcToday } from 'src/candidates/candidate-rules';
import { ProgrammeEligibility } from 'src/matching/programme-eligibility';
import { evaluateEligibility } from 'src/partnerships/eligibility';
import { PartnershipsService } from 'src/partnerships/partnerships.service';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';

/** Matching's view of programme criteria: the pure evaluation over facts read in bulk. */
@Injectable()
export class ProgrammeEligibilityService implements ProgrammeEligibility {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly programmes: ProgrammesRepository,
  ) {}

  async eligibleAmong(programmeId: string, profileIds: readonly string[]): Promise<Set<string>> {
    const programme = await this.programmes.findById(programmeId);
    if (!programme || !programme.active || profileIds.length === 0) return new Set();
    const facts = await this.partnerships.eligibilityCandidates(profileIds);
    const today = utcToday();
    const eligible = new Set<string>();
    for (const [id, candidate] of facts) {
      if (evaluateEligibility(candidate, programme, today).eligible) eligible.add(id);
    }
    return eligible;
  }

  async programmesFor(profileId: string, programmeIds: readonly string[]): Promise<Set<string>> {
    const [programmes, facts] = await Promise.all([
      this.programmes.findByIds(programmeIds),
      this.partnerships.eligibilityCandidates([profileId]),
    ]);
    const candidate = facts.get(profileId);
    if (!candidate) return new Set();
    const today = utcToday();
    return new Set(
      programmes.filter((p) => p.active && evaluateEligibility(candidate, p, today).eligible).map((p) => p.id),
    );
  }

  async access(programmeId: string, userId: string): Promise<{ exists: boolean; administers: boolean }> {
    if (!(await this.programmes.findById(programmeId))) return { exists: false, administers: false };
    return { exists: true, administers: await this.programmes.isAdministrator(programmeId, userId) };
  }
}
