import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { PartnershipCredentialEntity, PartnershipProgrammeEntity } from 'src/partnerships/programme.entity';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';

export interface PartnershipLoaderSet {
  programme: DataLoader<string, PartnershipProgrammeEntity | null>;
  credentials: DataLoader<string, PartnershipCredentialEntity[]>;
}

/** Programmes by id and credentials by profile id, batched per GraphQL request. */
@Injectable()
export class PartnershipLoaders {
  private readonly perRequest = new WeakMap<object, PartnershipLoaderSet>();

  constructor(private readonly programmes: ProgrammesRepository) {}

  forRequest(request: object): PartnershipLoaderSet {
    let set = this.perRequest.get(request);
    if (!set) {
      set = this.create();
      this.perRequest.set(request, set);
    }
    return set;
  }

  private create(): PartnershipLoaderSet {
    return {
      programme: new DataLoader(async (ids) => {
        const found = new Map((await this.programmes.findByIds(ids)).map((p) => [p.id, p]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      credentials: new DataLoader(async (profileIds) => {
        const groups = new Map<string, PartnershipCredentialEntity[]>(profileIds.map((id) => [id, []]));
        for (const c of await this.programmes.credentialsOf(profileIds)) groups.get(c.profileId)?.push(c);
        return profileIds.map((id) => groups.get(id) ?? []);
      }),
    };
  }
}
