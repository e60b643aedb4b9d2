import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from 'migrations';
import { ENTITIES } from 'src/database/entities';
import { requestAwarePg } from 'src/database/request-aware-pool';
import { SnakeNamingStrategy } from 'src/database/snake-naming.strategy';
import { SafeTypeOrmLogger } from 'src/database/typeorm-logger';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  applicationName?: string;
  /** How long a checkout inside a request may wait for a free connection (see request-aware-pool). */
  acquireTimeoutMs?: number;
}

/** Work outside requests (the outbox worker, commands, migrations) waits this long for a connection. */
const BACKGROUND_ACQUIRE_TIMEOUT_MS = 10_000;

/** The one place data source options are built: app, CLI and tests share it. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    driver: requestAwarePg(settings.acquireTimeoutMs ?? BACKGROUND_ACQUIRE_TIMEOUT_MS),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Migrations install the extensions; the embedded server cannot create them on demand.
    installExtensions: false,
    // Failed statements only, by their text: never their parameters (see SafeTypeOrmLogger).
    logging: ['error'],
    logger: new SafeTypeOrmLogger(),
    extra: {
      max: settings.poolSize,
      statement_timeout: settings.statementTimeoutMs,
      application_name: settings.applicationName ?? 'pathways',
      connectionTimeoutMillis: BACKGROUND_ACQUIRE_TIMEOUT_MS,
    },
  };
}
