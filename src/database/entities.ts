/**
 * Every TypeORM entity of the system of record. The app, the migration commands and the
 * tests all build their data source from this one list.
 */
import { AuditEntryEntity } from 'src/audit/audit-entry.entity';
import { UserEntity } from 'src/auth/user.entity';

export const ENTITIES: Function[] = [UserEntity, AuditEntryEntity];
