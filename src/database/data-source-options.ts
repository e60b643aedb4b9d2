import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from 'migrations';
import { ENTITIES } from 'src/database/entities';
import { SnakeNamingStrategy } from 'src/database/snake-naming.strategy';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  applicationName?: string;
}

/** The one place data source options are built: app, CLI and tests share it. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Migrations install the extensions; the embedded server cannot create them on demand.
    installExtensions: false,
    logging: ['error'],
    extra: {
      max: settings.poolSize,
      statement_timeout: settings.statementTimeoutMs,
      application_name: settings.applicationName ?? 'pathways',
      connectionTimeoutMillis: 10_000,
    },
  };
}
