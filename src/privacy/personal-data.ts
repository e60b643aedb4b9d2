import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from 'src/auth/role';

/**
 * What one feature holds on a person, for the data export (GDPR access and portability) and
 * the erasure. Features register theirs with PersonalDataSources in `onModuleInit`, so a new
 * table of personal data (partnership credentials, say) joins both without touching privacy.
 */
export interface PersonalDataSource {
  /** The section of the export this source fills. */
  readonly key: string;
  /** Everything held on the user, as plain JSON values; undefined leaves the section out. */
  collect(user: AuthUser): Promise<unknown>;
  /**
   * Erases (or detaches) it inside the erasure's transaction, using only `manager`. Runs
   * before the profile, the organisation and the account are removed, so both still exist.
   */
  erase?(user: AuthUser, manager: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataSources {
  private readonly sources: PersonalDataSource[] = [];

  register(source: PersonalDataSource): void {
    if (this.sources.some((s) => s.key === source.key))
      throw new Error(`Personal data "${source.key}" is registered twice`);
    this.sources.push(source);
  }

  all(): readonly PersonalDataSource[] {
    return this.sources;
  }
}

@Global()
@Module({ providers: [PersonalDataSources], exports: [PersonalDataSources] })
export class PersonalDataModule {}
