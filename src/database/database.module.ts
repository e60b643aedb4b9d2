import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { dataSourceOptions } from 'src/database/data-source-options';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';

const EMBEDDED = Symbol('EMBEDDED_POSTGRES');

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
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EMBEDDED) private readonly embedded: EmbeddedPostgres | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}
