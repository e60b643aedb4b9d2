import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Role } from 'src/auth/role';
import { PersonalDataSource, PersonalDataSources } from 'src/privacy/personal-data';

/**
 * Partnership credentials in a candidate's data export. Erasure needs nothing here: the
 * credentials go with the profile (ON DELETE CASCADE).
 */
@Injectable()
export class PartnershipsPersonalData implements PersonalDataSource, OnModuleInit {
  readonly key = 'partnershipCredentials';

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: PersonalDataSources,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(user: AuthUser): Promise<unknown> {
    if (user.role !== Role.CANDIDATE) return undefined;
    return this.dataSource.query(
      `SELECT p.name AS programme, c.programme_id AS "programmeId", c.training_completed AS "trainingCompleted",
              c.awarded_at AS "awardedAt"
       FROM partnership_credential c
       JOIN candidate_profile cp ON cp.id = c.profile_id
       JOIN partnership_programme p ON p.id = c.programme_id
       WHERE cp.user_id = $1
       ORDER BY c.awarded_at`,
      [user.id],
    );
  }
}
