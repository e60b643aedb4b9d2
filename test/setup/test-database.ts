import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';

/**
 * Each test file gets a database of its own, already migrated: a clone of the template
 * database on the server named by DATABASE_URL, or an embedded PGlite restored from the
 * migrated dump the global setup made.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export const TEMPLATE_ENV = 'PATHWAYS_TEST_TEMPLATE_DB';
export const DUMP_ENV = 'PATHWAYS_TEST_PGLITE_DUMP';
export const RUN_ENV = 'PATHWAYS_TEST_RUN';

/** Test databases of one jest run share this prefix, so its teardown drops only its own. */
export function testDatabasePrefix(): string {
  return `pathways_t${process.env[RUN_ENV] ?? ''}_`;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = process.env[TEMPLATE_ENV];
    if (!template) throw new Error('The jest global setup did not prepare a template database');
    const name = `${testDatabasePrefix()}${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    return {
      url: withDatabase(serverUrl, name),
      drop: async () => {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await client.end();
        }
      },
    };
  }

  const dumpPath = process.env[DUMP_ENV];
  if (!dumpPath) throw new Error('The jest global setup did not prepare an embedded database dump');
  const embedded = await EmbeddedPostgres.start({
    dataDir: 'memory://',
    loadDataDir: new Blob([readFileSync(dumpPath)]),
    maxConnections: 12,
  });
  return { url: embedded.url, drop: () => embedded.stop() };
}
