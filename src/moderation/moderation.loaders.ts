import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKey, idOf, RequestLoaders } from 'src/graphql/request-loaders';
import { AppealEntity } from 'src/moderation/records/appeal.entity';
import { AppealsRepository } from 'src/moderation/records/appeals.repository';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';

export interface ModerationLoaderSet {
  decision: DataLoader<string, ModerationDecisionEntity | null>;
  /** By vacancy id: the restriction in force, if any. */
  inForce: DataLoader<string, ModerationDecisionEntity | null>;
  /** By vacancy id: its latest appeal, if any. */
  latestAppeal: DataLoader<string, AppealEntity | null>;
}

@Injectable()
export class ModerationLoaders extends RequestLoaders<ModerationLoaderSet> {
  constructor(
    private readonly decisions: DecisionsRepository,
    private readonly appeals: AppealsRepository,
  ) {
    super();
  }

  protected create(): ModerationLoaderSet {
    return {
      decision: new DataLoader(async (ids) => byKey(ids, await this.decisions.findByIds(ids), idOf)),
      inForce: new DataLoader(async (vacancyIds) => {
        // Newest first, and the first one kept: there is at most one, but the newest would win.
        const newest = new Map<string, ModerationDecisionEntity>();
        for (const d of await this.decisions.inForceOfVacancies(vacancyIds))
          if (!newest.has(d.vacancyId!)) newest.set(d.vacancyId!, d);
        return vacancyIds.map((id) => newest.get(id) ?? null);
      }),
      latestAppeal: new DataLoader(async (vacancyIds) =>
        byKey(vacancyIds, await this.appeals.latestOfVacancies(vacancyIds), (a) => a.vacancyId),
      ),
    };
  }
}
