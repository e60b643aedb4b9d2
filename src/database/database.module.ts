import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { dataSourceOptions } from 'src/database/data-source-options';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';

const EMBEDDED = Symbol('EMBEDDED_POSTGRES');
/** One connection of its own for /health, so an exhausted pool cannot make the service look dead. */
export const HEALTH_DATABASE = Symbol('HEALTH_DATABASE');

/**
 * The system of record: the real server named by DATABASE_URL, or an embedded PGlite
 * started here when none is named. Either way the app talks to it through `pg`.
 */
@Global()
@Module({
  providers: [
    {
      provide: EMBEDDED,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<EmbeddedPostgres | null> => {
        if (config.database.url) return null;
        const logger = new Logger('Database');
        logger.log(`DATABASE_URL is not set: starting embedded PostgreSQL (PGlite) in ${config.database.embeddedDir}`);
        return EmbeddedPostgres.start({
          dataDir: config.database.embeddedDir,
          maxConnections: config.database.poolSize + 2,
        });
      },
    },
    {
      provide: DataSource,
      inject: [APP_CONFIG, EMBEDDED],
      useFactory: async (config: AppConfig, embedded: EmbeddedPostgres | null): Promise<DataSource> => {
        const url = config.database.url ?? embedded?.url;
        if (!url) throw new Error('No database URL');
        const dataSource = new DataSource(
          dataSourceOptions({
            url,
            poolSize: config.database.poolSize,
            statementTimeoutMs: config.database.statementTimeoutMs,
            acquireTimeoutMs: config.database.acquireTimeoutMs,
          }),
        );
        await dataSource.initialize();
        if (config.database.migrateOnBoot) {
          const applied = await dataSource.runMigrations({ transaction: 'each' });
          if (applied.length > 0) {
            new Logger('Database').log(
              `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
            );
          }
        }
        return dataSource;
      },
    },
    {
      provide: HEALTH_DATABASE,
      inject: [APP_CONFIG, EMBEDDED],
      useFactory: (config: AppConfig, embedded: EmbeddedPostgres | null): Pool => {
        const pool = new Pool({
          connectionString: config.database.url ?? embedded?.url,
          max: 1,
          idleTimeoutMillis: 0,
          connectionTimeoutMillis: config.health.timeoutMs,
          statement_timeout: config.health.timeoutMs,
          application_name: 'pathways-health',
        });
        // A dropped idle connection is reconnected at the next check; it must not crash the process.
        pool.on('error', () => undefined);
        return pool;
      },
    },
  ],
  exports: [DataSource, HEALTH_DATABASE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EMBEDDED) private readonly embedded: EmbeddedPostgres | null,
    @Inject(HEALTH_DATABASE) private readonly health: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.health.end();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}
