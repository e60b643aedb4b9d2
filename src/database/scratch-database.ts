import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';

/**
 * Runs `work` against a brand-new, fully migrated database: a throwaway database on the
 * server named by `serverUrl`, or an in-memory embedded one when there is none.
 */
export async function withScratchDatabase<T>(
  serverUrl: string | undefined,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const name = `pathways_scratch_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const embedded = await EmbeddedPostgres.start({ dataDir: 'memory://', maxConnections: 4 });
    url = embedded.url;
    cleanup = () => embedded.stop();
  }
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 2, statementTimeoutMs: 600_000 }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await cleanup();
  }
}

/** The statements that would bring a migrated database in line with the entities. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query).reverse(),
  };
}
