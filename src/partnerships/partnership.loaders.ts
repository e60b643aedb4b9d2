import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKey, groupedBy, idOf, RequestLoaders } from 'src/graphql/request-loaders';
import { PartnershipCredentialEntity, PartnershipProgrammeEntity } from 'src/partnerships/programme.entity';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';

export interface PartnershipLoaderSet {
  programme: DataLoader<string, PartnershipProgrammeEntity | null>;
  credentials: DataLoader<string, PartnershipCredentialEntity[]>;
}

/** Programmes by id and credentials by profile id, batched per GraphQL request. */
@Injectable()
export class PartnershipLoaders extends RequestLoaders<PartnershipLoaderSet> {
  constructor(private readonly programmes: ProgrammesRepository) {
    super();
  }

  protected create(): PartnershipLoaderSet {
    return {
      programme: new DataLoader(async (ids) => byKey(ids, await this.programmes.findByIds(ids), idOf)),
      credentials: new DataLoader(async (profileIds) =>
        groupedBy(
          profileIds,
          await this.programmes.credentialsOf(profileIds),
          (c) => c.profileId,
          (c) => c,
        ),
      ),
    };
  }
}
