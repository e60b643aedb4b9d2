import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from 'src/auth/role';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { EmployerStatus } from 'src/employers/employer-status';
import { EmployersService } from 'src/employers/employers.service';
import {
  DecisionBasis,
  DecisionKind,
  GroundType,
  repeatOffenderStep,
  repeatOffenderWindowStart,
} from 'src/moderation/moderation-rules';
import { DecisionsRepository, Removal } from 'src/moderation/records/decisions.repository';
import { repeatOffenderStatement, repeatOffenderWarning } from 'src/moderation/statements';

/**
 * Organisations whose vacancies keep being removed (DSA Art. 23): a warning with the removal
 * before the last, then a suspension pending review with its own statement of reasons; a
 * removal reversed on appeal comes off the count and can lift the suspension again.
 */
@Injectable()
export class RepeatOffenders {
  constructor(
    private readonly decisions: DecisionsRepository,
    private readonly employers: EmployersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get threshold(): number {
    return this.config.moderation.repeatOffenderThreshold;
  }

  /** The standing removals so far, and the warning the next one would carry. Call with the employer row locked. */
  async beforeRemoval(
    employerId: string,
    manager: EntityManager,
  ): Promise<{ removals: Removal[]; warning: string | null }> {
    const removals = await this.decisions.removalsSince(employerId, repeatOffenderWindowStart(new Date()), manager);
    const count = removals.length + 1;
    const warning =
      repeatOffenderStep(count, this.threshold) === 'warn' ? repeatOffenderWarning(count, this.threshold) : null;
    return { removals, warning };
  }

  /** After a removal: suspends the organisation when its standing removals reached the limit. */
  async afterRemoval(employerId: string, manager: EntityManager): Promise<boolean> {
    const removals = await this.decisions.removalsSince(employerId, repeatOffenderWindowStart(new Date()), manager);
    if (repeatOffenderStep(removals.length, this.threshold) !== 'suspend') return false;
    const employer = await this.employers.lockStatus(employerId, manager);
    // Only an organisation that may still publish is suspended; one already suspended or removed stays as it is.
    if (employer?.status !== EmployerStatus.VERIFIED && employer?.status !== EmployerStatus.PENDING) return false;
    const reason = `Suspended pending review: ${removals.length} vacancies removed within 12 months`;
    await this.employers.changeStatus(null, employerId, EmployerStatus.SUSPENDED, reason, manager, {
      rule: DecisionBasis.REPEAT_OFFENDER,
      removals: removals.map((r) => r.decisionId),
    });
    // After the status change, which ends organisation-wide decisions in force, so this one stays in force.
    await this.decisions.insert(
      {
        vacancyId: null,
        employerId,
        kind: DecisionKind.EMPLOYER_SUSPENDED,
        basis: DecisionBasis.REPEAT_OFFENDER,
        groundType: GroundType.TERMS_OF_USE,
        automated: true,
        decidedById: null,
        ...repeatOffenderStatement(removals, this.threshold),
      },
      manager,
    );
    return true;
  }

  /** After a removal was reversed: lifts a repeat-offender suspension the standing removals no longer justify. */
  async afterReversal(actor: AuthUser, employerId: string, manager: EntityManager): Promise<boolean> {
    const employer = await this.employers.lockStatus(employerId, manager);
    const suspension = await this.decisions.inForceOfEmployer(employerId, manager);
    if (employer?.status !== EmployerStatus.SUSPENDED || suspension?.basis !== DecisionBasis.REPEAT_OFFENDER)
      return false;
    const removals = await this.decisions.removalsSince(employerId, repeatOffenderWindowStart(new Date()), manager);
    if (repeatOffenderStep(removals.length, this.threshold) === 'suspend') return false;
    await this.employers.changeStatus(
      actor,
      employerId,
      EmployerStatus.VERIFIED,
      `Suspension lifted: a removal was reversed on appeal, ${removals.length} removals stand`,
      manager,
      { rule: DecisionBasis.REPEAT_OFFENDER, suspensionId: suspension.id },
    );
    return true;
  }
}
