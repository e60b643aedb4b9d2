import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { SearchOutbox } from 'src/search/outbox/search-outbox';
import { AuthUser, Role } from 'src/auth/role';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import {
  candidateEligibilityProblem,
  CONSENT_POLICY_VERSION,
  distinct,
  highestEqfLevel,
  totalExperienceYears,
  utcToday,
} from 'src/candidates/candidate-rules';
import { CandidateProfileInput } from 'src/candidates/candidate.input';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { FieldProblem, NotFoundError, RuleViolation } from 'src/common/errors';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { EmployersService } from 'src/employers/employers.service';

const RULE_MESSAGES = {
  EU_CITIZEN: 'The Talent Pool is for people who are not nationals of an EU Member State',
  RESIDES_IN_EU: 'The Talent Pool is for people who live outside the EU',
  UNDER_AGE: 'Candidates must be adults',
} as const;

@Injectable()
export class CandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
    private readonly search: SearchOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates or replaces the caller's profile, all of it or nothing. */
  async save(owner: AuthUser, input: CandidateProfileInput): Promise<CandidateProfileEntity> {
    const minAge = this.config.candidates.minAge;
    const problem = candidateEligibilityProblem(input, utcToday(), minAge);
    if (problem) {
      const message =
        problem.reason === 'UNDER_AGE'
          ? `${RULE_MESSAGES.UNDER_AGE} (${minAge} or over)`
          : RULE_MESSAGES[problem.reason];
      throw new RuleViolation(problem.reason, message, 'BAD_USER_INPUT', [{ path: `input.${problem.path}`, message }]);
    }

    return this.dataSource.transaction(async (manager) => {
      await this.requireKnownConcepts(input, manager);
      const profileId = await this.candidates.upsert(
        owner.id,
        {
          fullName: input.fullName,
          citizenship: input.citizenship,
          residenceCountry: input.residenceCountry,
          birthDate: input.birthDate,
          headline: input.headline ?? null,
          preferredDestinations: distinct(input.preferredDestinations),
          availableFrom: input.availableFrom ?? null,
          highestEqfLevel: highestEqfLevel(input.qualifications),
          yearsOfExperience: totalExperienceYears(input.experience),
        },
        manager,
      );
      await this.candidates.replaceLists(
        profileId,
        {
          desiredOccupationIds: distinct(input.desiredOccupationIds),
          skillIds: distinct(input.skillIds),
          languages: input.languages,
          qualifications: input.qualifications,
          experience: input.experience,
        },
        manager,
      );
      await this.search.changed(manager, 'candidate', [profileId]);
      await this.audit.record(
        owner,
        { action: 'candidate.saved', targetType: 'candidate_profile', targetId: profileId },
        manager,
      );
      return (await this.candidates.findByOwner(owner.id, manager))!;
    });
  }

  mine(owner: AuthUser): Promise<CandidateProfileEntity | null> {
    return this.candidates.findByOwner(owner.id);
  }

  /** Gives consent (under the current policy) or withdraws it; either takes effect at once. */
  async setVisibility(owner: AuthUser, visible: boolean): Promise<CandidateProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.findByOwner(owner.id, manager, true);
      if (!profile) throw new NotFoundError('Candidate profile');
      const consent = visible
        ? {
            visible,
            consentGivenAt: new Date(),
            consentPolicyVersion: CONSENT_POLICY_VERSION,
            retentionFlaggedAt: null,
          }
        : { visible, consentGivenAt: null, consentPolicyVersion: null };
      await this.candidates.setVisibility(profile.id, consent, manager);
      // Withdrawal takes the candidate out of the index within moments; matching re-checks consent at once.
      await this.search.changed(manager, 'candidate', [profile.id]);
      const event = await this.candidates.appendConsentEvent(
        {
          profileId: profile.id,
          userId: owner.id,
          given: visible,
          policyVersion: visible ? CONSENT_POLICY_VERSION : profile.consentPolicyVersion,
        },
        manager,
      );
      await this.audit.record(
        owner,
        {
          action: visible ? 'candidate.consent_given' : 'candidate.consent_withdrawn',
          targetType: 'candidate_profile',
          targetId: profile.id,
          detail: { policyVersion: event.policyVersion },
        },
        manager,
      );
      return (await this.candidates.findByOwner(owner.id, manager))!;
    });
  }

  /**
   * The pseudonymised view of a visible candidate, or null when there is none to show (a
   * hidden profile looks exactly like a missing one). Every view is audited.
   */
  async view(viewer: AuthUser, id: string): Promise<CandidateProfileEntity | null> {
    if (viewer.role === Role.EMPLOYER) await this.employers.permitted(viewer, 'see candidates');
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.findVisibleById(id, manager);
      if (!profile) return null;
      await this.audit.record(
        viewer,
        { action: 'candidate.viewed', targetType: 'candidate_profile', targetId: profile.id },
        manager,
      );
      return profile;
    });
  }

  /** Every occupation and skill id must exist; each bad one is named by its input path. */
  private async requireKnownConcepts(input: CandidateProfileInput, manager: EntityManager): Promise<void> {
    const occupationIds = distinct([...input.desiredOccupationIds, ...input.experience.map((e) => e.occupationId)]);
    const occupations = await this.candidates.existingOccupationIds(occupationIds, manager);
    const skills = await this.candidates.existingSkillIds(distinct(input.skillIds), manager);
    const unknown: FieldProblem[] = [
      ...input.desiredOccupationIds.flatMap((id, i) =>
        occupations.has(id) ? [] : [{ path: `input.desiredOccupationIds.${i}`, message: 'is not an ESCO occupation' }],
      ),
      ...input.skillIds.flatMap((id, i) =>
        skills.has(id) ? [] : [{ path: `input.skillIds.${i}`, message: 'is not an ESCO skill' }],
      ),
      ...input.experience.flatMap((e, i) =>
        occupations.has(e.occupationId)
          ? []
          : [{ path: `input.experience.${i}.occupationId`, message: 'is not an ESCO occupation' }],
      ),
    ];
    if (unknown.length > 0) {
      throw new RuleViolation(
        'UNKNOWN_CONCEPT',
        `Unknown occupation or skill: ${unknown.map((u) => u.path).join(', ')}`,
        'BAD_USER_INPUT',
        unknown,
      );
    }
  }
}
