import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { dataSourceOptions } from 'src/database/data-source-options';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';

const EMBEDDED = Symbol('EMBEDDED_POSTGRES');
/** Connections the embedded database's socket keeps for other processes (commands run meanwhile). */
const SHARED_CONNECTIONS = 24;

/** The embedded database this process started, or the socket of the process that holds it. */
type Embedded = Pick<EmbeddedPostgres, 'url' | 'stop'>;
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
      useFactory: async (config: AppConfig): Promise<Embedded | null> => {
        if (config.database.url) return null;
        const logger = new Logger('Database');
        const dir = config.database.embeddedDir;
        const running = EmbeddedPostgres.runningElsewhere(dir);
        if (running) {
          logger.log(`The embedded database in ${dir} is open in process ${running.pid}: connecting through it`);
          return { url: running.url, stop: () => Promise.resolve() };
        }
        logger.log(`DATABASE_URL is not set: starting embedded PostgreSQL (PGlite) in ${dir}`);
        return EmbeddedPostgres.start({
          dataDir: dir,
          // Room for this process's pools and for a few command-line tools connecting meanwhile.
          maxConnections: config.database.poolSize + 2 + SHARED_CONNECTIONS,
          sharedBuffers: config.database.embeddedSharedBuffers,
        });
      },
    },
    {
      provide: DataSource,
      inject: [APP_CONFIG, EMBEDDED],
      useFactory: async (config: AppConfig, embedded: Embedded | null): Promise<DataSource> => {
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
      useFactory: (config: AppConfig, embedded: Embedded | null): Pool => {
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
    @Inject(EMBEDDED) private readonly embedded: Embedded | null,
    @Inject(HEALTH_DATABASE) private readonly health: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.health.end();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}
