import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CandidateDesiredOccupationEntity,
  CandidateExperienceEntity,
  CandidateLanguageEntity,
  CandidateQualificationEntity,
  CandidateSkillEntity,
} from 'src/candidates/candidate-parts.entity';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { ConsentEventEntity } from 'src/candidates/consent-event.entity';
import type { CefrLevel } from 'src/reference/cefr';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';

export type ProfileFields = Pick<
  CandidateProfileEntity,
  | 'fullName'
  | 'citizenship'
  | 'residenceCountry'
  | 'birthDate'
  | 'headline'
  | 'preferredDestinations'
  | 'availableFrom'
  | 'highestEqfLevel'
  | 'yearsOfExperience'
>;

export interface ProfileLists {
  desiredOccupationIds: string[];
  skillIds: string[];
  languages: { language: string; level: CefrLevel }[];
  qualifications: { title: string; eqfLevel: number }[];
  experience: { occupationId: string; years: number }[];
}

export interface ExperienceRow {
  profileId: string;
  occupation: OccupationEntity;
  years: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class CandidatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByOwner(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<CandidateProfileEntity | null> {
    return manager.findOne(CandidateProfileEntity, {
      where: { userId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findVisibleById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CandidateProfileEntity | null> {
    return manager.findOneBy(CandidateProfileEntity, { id, visible: true });
  }

  async findVisibleByIds(ids: readonly string[]): Promise<Map<string, CandidateProfileEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.findBy(CandidateProfileEntity, { id: In([...ids]), visible: true });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Like findVisibleById, holding a share lock until commit so consent cannot be withdrawn meanwhile. */
  lockVisibleById(id: string, manager: EntityManager): Promise<CandidateProfileEntity | null> {
    return manager.findOne(CandidateProfileEntity, {
      where: { id, visible: true },
      lock: { mode: 'pessimistic_read' },
    });
  }

  /** Deletes a profile; its lists, consent history and everything else hanging off it cascade. */
  async deleteById(id: string, manager: EntityManager): Promise<void> {
    await manager.delete(CandidateProfileEntity, { id });
  }

  consentEvents(profileId: string, manager: EntityManager = this.dataSource.manager): Promise<ConsentEventEntity[]> {
    return manager.find(ConsentEventEntity, { where: { profileId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /**
   * Hides and flags every profile not updated since `cutoff` and not flagged yet, in one
   * statement (updated_at is left as it was). Returns what each profile was before.
   * `manager` must be a transaction's.
   */
  async flagStale(
    cutoff: Date,
    now: Date,
    manager: EntityManager,
  ): Promise<{ id: string; userId: string; wasVisible: boolean; policyVersion: string | null }[]> {
    // A structured result: a plain query() answers an UPDATE ... RETURNING with [rows, count].
    const result = await manager.queryRunner!.query(
      `WITH stale AS (
         SELECT id, user_id, visible, consent_policy_version FROM candidate_profile
         WHERE updated_at < $1 AND retention_flagged_at IS NULL
         FOR UPDATE
       )
       UPDATE candidate_profile p
       SET visible = false, consent_given_at = NULL, consent_policy_version = NULL, retention_flagged_at = $2
       FROM stale WHERE p.id = stale.id
       RETURNING p.id, p.user_id, stale.visible AS was_visible, stale.consent_policy_version AS policy_version`,
      [cutoff, now],
      true,
    );
    const rows = result.records as {
      id: string;
      user_id: string;
      was_visible: boolean;
      policy_version: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      wasVisible: r.was_visible,
      policyVersion: r.policy_version,
    }));
  }

  async appendConsentEvents(
    events: Pick<ConsentEventEntity, 'profileId' | 'userId' | 'given' | 'policyVersion' | 'source'>[],
    manager: EntityManager,
  ): Promise<void> {
    if (events.length > 0) await manager.insert(ConsentEventEntity, events);
  }

  /** The ids among `ids` that name an existing occupation (anything not a UUID cannot). */
  async existingOccupationIds(ids: readonly string[], manager: EntityManager): Promise<Set<string>> {
    return this.existing(OccupationEntity, ids, manager);
  }

  async existingSkillIds(ids: readonly string[], manager: EntityManager): Promise<Set<string>> {
    return this.existing(SkillEntity, ids, manager);
  }

  private async existing(
    entity: typeof OccupationEntity | typeof SkillEntity,
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const candidates = ids.filter((id) => UUID.test(id));
    if (candidates.length === 0) return new Set();
    const rows = await manager
      .createQueryBuilder(entity, 'c')
      .select('c.id', 'id')
      .where('c.id IN (:...ids)', { ids: candidates })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /** Creates the owner's profile or overwrites its fields; visibility and consent are left as they are. */
  async upsert(userId: string, fields: ProfileFields, manager: EntityManager): Promise<string> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateProfileEntity)
      .values({ userId, ...fields })
      .orUpdate([...Object.keys(fields).map(snake), 'updated_at'], ['user_id'])
      .returning('id')
      .execute();
    return (result.raw as { id: string }[])[0]!.id;
  }

  /** Replaces every list of the profile with the given ones (ids already checked and distinct). */
  async replaceLists(profileId: string, lists: ProfileLists, manager: EntityManager): Promise<void> {
    for (const entity of [
      CandidateDesiredOccupationEntity,
      CandidateSkillEntity,
      CandidateLanguageEntity,
      CandidateQualificationEntity,
      CandidateExperienceEntity,
    ]) {
      await manager.delete(entity, { profileId });
    }
    const insert = async <T extends object>(entity: new () => T, rows: T[]) => {
      if (rows.length > 0) await manager.insert(entity, rows);
    };
    await insert(
      CandidateDesiredOccupationEntity,
      lists.desiredOccupationIds.map((occupationId, position) => ({ profileId, occupationId, position })),
    );
    await insert(
      CandidateSkillEntity,
      lists.skillIds.map((skillId, position) => ({ profileId, skillId, position })),
    );
    await insert(
      CandidateLanguageEntity,
      lists.languages.map((l, position) => ({ profileId, language: l.language, level: l.level, position })),
    );
    await insert(
      CandidateQualificationEntity,
      lists.qualifications.map((q, position) => ({ profileId, title: q.title, eqfLevel: q.eqfLevel, position })),
    );
    await insert(
      CandidateExperienceEntity,
      lists.experience.map((e, position) => ({ profileId, occupationId: e.occupationId, years: e.years, position })),
    );
  }

  async setVisibility(
    id: string,
    consent: Pick<CandidateProfileEntity, 'visible' | 'consentGivenAt' | 'consentPolicyVersion'> &
      Partial<Pick<CandidateProfileEntity, 'retentionFlaggedAt'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(CandidateProfileEntity, { id }, consent);
  }

  async appendConsentEvent(
    event: Pick<ConsentEventEntity, 'profileId' | 'userId' | 'given' | 'policyVersion'>,
    manager: EntityManager,
  ): Promise<ConsentEventEntity> {
    const row = { ...event, source: 'candidate' as const };
    const result = await manager.insert(ConsentEventEntity, row);
    const generated = result.generatedMaps[0] as Pick<ConsentEventEntity, 'id' | 'at'>;
    return { ...row, id: generated.id, at: generated.at };
  }

  // Batched reads for the per-request loaders: one query per list, for many profiles.

  async desiredOccupations(profileIds: readonly string[]): Promise<{ profileId: string; item: OccupationEntity }[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(CandidateDesiredOccupationEntity, 'd')
      .innerJoinAndSelect('d.occupation', 'o')
      .where('d.profile_id IN (:...profileIds)', { profileIds })
      .orderBy('d.position', 'ASC')
      .getMany();
    return rows.map((r) => ({ profileId: r.profileId, item: r.occupation! }));
  }

  async skills(profileIds: readonly string[]): Promise<{ profileId: string; item: SkillEntity }[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(CandidateSkillEntity, 's')
      .innerJoinAndSelect('s.skill', 'k')
      .where('s.profile_id IN (:...profileIds)', { profileIds })
      .orderBy('s.position', 'ASC')
      .getMany();
    return rows.map((r) => ({ profileId: r.profileId, item: r.skill! }));
  }

  languages(profileIds: readonly string[]): Promise<CandidateLanguageEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(CandidateLanguageEntity, 'l')
      .where('l.profile_id IN (:...profileIds)', { profileIds })
      .orderBy('l.position', 'ASC')
      .getMany();
  }

  qualifications(profileIds: readonly string[]): Promise<CandidateQualificationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(CandidateQualificationEntity, 'q')
      .where('q.profile_id IN (:...profileIds)', { profileIds })
      .orderBy('q.position', 'ASC')
      .getMany();
  }

  async experience(profileIds: readonly string[]): Promise<ExperienceRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(CandidateExperienceEntity, 'e')
      .innerJoinAndSelect('e.occupation', 'o')
      .where('e.profile_id IN (:...profileIds)', { profileIds })
      .orderBy('e.position', 'ASC')
      .getMany();
    return rows.map((r) => ({ profileId: r.profileId, occupation: r.occupation!, years: r.years }));
  }
}

function snake(property: string): string {
  return property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
