import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CursorKey } from 'src/graphql/connection';
import {
  PartnershipCredentialEntity,
  PartnershipProgrammeEntity,
  ProgrammeAdministratorEntity,
} from 'src/partnerships/programme.entity';

export type ProgrammeFields = Pick<
  PartnershipProgrammeEntity,
  'name' | 'partnerCountries' | 'memberStates' | 'criteria' | 'active'
>;

/** Programmes, their administrators and the credentials they award. */
@Injectable()
export class ProgrammesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PartnershipProgrammeEntity | null> {
    return manager.findOneBy(PartnershipProgrammeEntity, { id });
  }

  findByName(
    name: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PartnershipProgrammeEntity | null> {
    return manager
      .createQueryBuilder(PartnershipProgrammeEntity, 'p')
      .where('lower(p.name) = lower(:name)', { name })
      .getOne();
  }

  findByIds(ids: readonly string[]): Promise<PartnershipProgrammeEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(PartnershipProgrammeEntity, 'p')
      .where('p.id IN (:...ids)', { ids })
      .getMany();
  }

  /** The programmes this user administers, by name. */
  administeredBy(userId: string): Promise<PartnershipProgrammeEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(PartnershipProgrammeEntity, 'p')
      .innerJoin(ProgrammeAdministratorEntity, 'a', 'a.programmeId = p.id AND a.userId = :userId', { userId })
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  lockById(id: string, manager: EntityManager): Promise<PartnershipProgrammeEntity | null> {
    return manager.findOne(PartnershipProgrammeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(fields: ProgrammeFields, manager: EntityManager): Promise<PartnershipProgrammeEntity> {
    const result = await manager.insert(PartnershipProgrammeEntity, fields);
    const id = (result.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(PartnershipProgrammeEntity, { id });
  }

  async update(id: string, fields: ProgrammeFields, manager: EntityManager): Promise<PartnershipProgrammeEntity> {
    await manager.update(PartnershipProgrammeEntity, { id }, fields);
    return manager.findOneByOrFail(PartnershipProgrammeEntity, { id });
  }

  /** One page in (name, id) order, fetching one extra row to tell whether more follow. */
  async page(first: number, after: CursorKey | null): Promise<{ rows: PartnershipProgrammeEntity[]; total: number }> {
    const query = this.dataSource.manager.createQueryBuilder(PartnershipProgrammeEntity, 'p');
    const total = await query.getCount();
    if (after) {
      const [name, id] = after;
      query.where('(p.name, p.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(first + 1)
      .getMany();
    return { rows, total };
  }

  async isAdministrator(
    programmeId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager.existsBy(ProgrammeAdministratorEntity, { programmeId, userId });
  }

  /** Adds the administrator unless already there; true when added. */
  async addAdministrator(programmeId: string, userId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ProgrammeAdministratorEntity)
      .values({ programmeId, userId })
      .orIgnore()
      .returning('programme_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Awards the credential, or updates the one the profile already holds from this programme. */
  async upsertCredential(
    credential: Pick<PartnershipCredentialEntity, 'programmeId' | 'profileId' | 'trainingCompleted' | 'awardedBy'>,
    manager: EntityManager,
  ): Promise<PartnershipCredentialEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PartnershipCredentialEntity)
      .values({ ...credential, awardedAt: () => 'now()' })
      .orUpdate(['training_completed', 'awarded_at', 'awarded_by'], ['programme_id', 'profile_id'])
      .execute();
    return manager.findOneByOrFail(PartnershipCredentialEntity, {
      programmeId: credential.programmeId,
      profileId: credential.profileId,
    });
  }

  /** The credentials of many profiles, oldest award first. */
  credentialsOf(
    profileIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PartnershipCredentialEntity[]> {
    if (profileIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PartnershipCredentialEntity, 'c')
      .where('c.profile_id IN (:...profileIds)', { profileIds })
      .orderBy('c.awarded_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }
}
