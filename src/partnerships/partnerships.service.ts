import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { AuthUser, Role } from 'src/auth/role';
import { UsersRepository } from 'src/auth/users.repository';
import { utcToday } from 'src/candidates/candidate-rules';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from 'src/common/errors';
import { EmployersRepository } from 'src/employers/employers.repository';
import { Connection, keysetCursor, toConnection } from 'src/graphql/connection';
import { EligibilityCandidatesRepository } from 'src/partnerships/eligibility-candidates.repository';
import {
  EligibilityCandidate,
  EligibilityCriteria,
  EligibilityResult,
  evaluateEligibility,
  NO_CRITERIA,
} from 'src/partnerships/eligibility';
import { PartnershipCredentialEntity, PartnershipProgrammeEntity } from 'src/partnerships/programme.entity';
import { EligibilityCriteriaInput, PartnershipProgrammeInput } from 'src/partnerships/programme.input';
import { ProgrammeFields, ProgrammesRepository } from 'src/partnerships/programmes.repository';
import { SearchOutbox } from 'src/search/outbox/search-outbox';

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The stored criteria of a validated input; omitted parts mean "no constraint". */
export function toCriteria(input: EligibilityCriteriaInput | null | undefined): EligibilityCriteria {
  if (!input) return NO_CRITERIA;
  return {
    citizenships: distinct(input.citizenships),
    residenceCountries: distinct(input.residenceCountries),
    minAge: input.minAge ?? null,
    maxAge: input.maxAge ?? null,
    languages: input.languages.map((l) => ({ language: l.language, minLevel: l.minLevel })),
    minEqfLevel: input.minEqfLevel ?? null,
    iscoCodes: distinct(input.iscoCodes),
    minExperienceYears: input.minExperienceYears ?? null,
    requiresTrainingCompletion: input.requiresTrainingCompletion,
  };
}

function toFields(input: PartnershipProgrammeInput): ProgrammeFields {
  return {
    name: input.name,
    partnerCountries: distinct(input.partnerCountries),
    memberStates: distinct(input.memberStates),
    criteria: toCriteria(input.criteria),
    active: input.active,
  };
}

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesRepository,
    private readonly facts: EligibilityCandidatesRepository,
    private readonly users: UsersRepository,
    private readonly candidates: CandidatesRepository,
    private readonly employers: EmployersRepository,
    private readonly audit: AuditService,
    private readonly search: SearchOutbox,
  ) {}

  async create(admin: AuthUser, input: PartnershipProgrammeInput): Promise<PartnershipProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (await this.programmes.findByName(input.name, manager)) throw this.nameTaken();
      const programme = await this.programmes.insert(toFields(input), manager);
      await this.audit.record(
        admin,
        { action: 'programme.created', targetType: 'partnership_programme', targetId: programme.id },
        manager,
      );
      return programme;
    });
  }

  async update(admin: AuthUser, id: string, input: PartnershipProgrammeInput): Promise<PartnershipProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.programmes.lockById(id, manager))) throw new NotFoundError('Partnership programme');
      const sameName = await this.programmes.findByName(input.name, manager);
      if (sameName && sameName.id !== id) throw this.nameTaken();
      const programme = await this.programmes.update(id, toFields(input), manager);
      await this.audit.record(
        admin,
        { action: 'programme.updated', targetType: 'partnership_programme', targetId: id },
        manager,
      );
      return programme;
    });
  }

  /**
   * Makes the user an administrator of the programme, and a PARTNERSHIP_ADMIN if not one
   * yet. Only an account with no other life on the platform may change role: an
   * administrator stays one, and a candidate with a profile or an employer with an
   * organisation keeps its role (its data would otherwise sit under the wrong rules).
   */
  async assignAdministrator(admin: AuthUser, programmeId: string, userId: string): Promise<PartnershipProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.programmes.findById(programmeId, manager);
      if (!programme) throw new NotFoundError('Partnership programme');
      const user = await this.users.findById(userId, manager);
      if (!user) throw new NotFoundError('User');
      if (user.role === Role.ADMIN) {
        throw ValidationError.field('userId', 'is an administrator, who cannot become a programme administrator');
      }
      if (user.role !== Role.PARTNERSHIP_ADMIN) {
        if (await this.candidates.findByOwner(user.id, manager)) {
          throw ValidationError.field('userId', 'has a candidate profile and cannot become a programme administrator');
        }
        if (await this.employers.findByOwner(user.id, manager)) {
          throw ValidationError.field(
            'userId',
            'has an employer organisation and cannot become a programme administrator',
          );
        }
        await this.users.setRole(user.id, Role.PARTNERSHIP_ADMIN, manager);
        await this.audit.record(
          admin,
          {
            action: 'user.role_changed',
            targetType: 'user',
            targetId: user.id,
            detail: { from: user.role, to: Role.PARTNERSHIP_ADMIN, programmeId },
          },
          manager,
        );
      }
      if (await this.programmes.addAdministrator(programmeId, user.id, manager)) {
        await this.audit.record(
          admin,
          {
            action: 'programme.administrator_assigned',
            targetType: 'partnership_programme',
            targetId: programmeId,
            detail: { userId: user.id },
          },
          manager,
        );
      }
      return programme;
    });
  }

  find(id: string): Promise<PartnershipProgrammeEntity | null> {
    return this.programmes.findById(id);
  }

  administeredBy(user: AuthUser): Promise<PartnershipProgrammeEntity[]> {
    return this.programmes.administeredBy(user.id);
  }

  async list(first: number, after: string | null | undefined): Promise<Connection<PartnershipProgrammeEntity>> {
    const { rows, total } = await this.programmes.page(first, keysetCursor(after, ['text', 'uuid']));
    return toConnection(rows, first, total, (p) => [p.name, p.id]);
  }

  /**
   * A candidate asks about itself (candidateId omitted or its own); a programme's
   * administrators and admins ask about visible candidates. A hidden or missing profile
   * answers NOT_FOUND alike, as `candidate(id)` does. Others' checks are audited.
   */
  async eligibility(
    user: AuthUser,
    programmeId: string,
    candidateId: string | null | undefined,
  ): Promise<{ programme: PartnershipProgrammeEntity; result: EligibilityResult }> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.programmes.findById(programmeId, manager);
      if (!programme) throw new NotFoundError('Partnership programme');
      let profileId: string;
      if (user.role === Role.CANDIDATE) {
        const own = await this.candidates.findByOwner(user.id, manager);
        if (!own) throw new NotFoundError('Candidate profile');
        if (candidateId && candidateId !== own.id) throw new ForbiddenError('Candidates may check only themselves');
        profileId = own.id;
      } else {
        if (user.role !== Role.PARTNERSHIP_ADMIN && user.role !== Role.ADMIN) throw new ForbiddenError();
        if (!candidateId) throw ValidationError.field('candidateId', 'is required');
        const administers = await this.programmes.isAdministrator(programmeId, user.id, manager);
        if (user.role === Role.PARTNERSHIP_ADMIN && !administers) {
          throw new ForbiddenError('Only this programme’s administrators may check its eligibility');
        }
        if (!(await this.candidates.findVisibleById(candidateId, manager))) throw new NotFoundError('Candidate');
        profileId = candidateId;
        await this.audit.record(
          user,
          {
            action: 'candidate.eligibility_checked',
            targetType: 'candidate_profile',
            targetId: profileId,
            detail: { programmeId },
          },
          manager,
        );
      }
      const candidate = (await this.facts.load([profileId], manager)).get(profileId)!;
      return { programme, result: evaluateEligibility(candidate, programme, utcToday()) };
    });
  }

  /** The eligibility facts of many profiles, for matching; missing profiles are left out. */
  eligibilityCandidates(profileIds: readonly string[]): Promise<Map<string, EligibilityCandidate>> {
    return this.facts.load(profileIds);
  }

  /** The facts of every visible profile, `limit` at a time in id order, for counts over all of them. */
  visibleEligibilityPage(
    afterId: string | null,
    limit: number,
  ): Promise<{ candidates: EligibilityCandidate[]; lastId: string | null }> {
    return this.facts.visiblePage(afterId, limit);
  }

  /**
   * docs/rules.md, rule 8: a credential comes only from the programme's own administrators. The
   * profile must exist but need not be visible: programmes credit the people they trained.
   */
  async award(
    user: AuthUser,
    programmeId: string,
    candidateId: string,
    trainingCompleted: boolean,
  ): Promise<PartnershipCredentialEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.programmes.findById(programmeId, manager))) throw new NotFoundError('Partnership programme');
      if (!(await this.programmes.isAdministrator(programmeId, user.id, manager))) {
        throw new ForbiddenError('Only this programme’s administrators may award its credentials');
      }
      if (!(await this.facts.exists(candidateId, manager))) throw new NotFoundError('Candidate');
      const credential = await this.programmes.upsertCredential(
        { programmeId, profileId: candidateId, trainingCompleted, awardedBy: user.id },
        manager,
      );
      await this.search.changed(manager, 'candidate', [candidateId]);
      await this.audit.record(
        user,
        {
          action: 'credential.awarded',
          targetType: 'candidate_profile',
          targetId: candidateId,
          detail: { programmeId, trainingCompleted },
        },
        manager,
      );
      return credential;
    });
  }

  private nameTaken(): ConflictError {
    return new ConflictError('A programme with this name already exists', [
      { path: 'input.name', message: 'is already taken' },
    ]);
  }
}
