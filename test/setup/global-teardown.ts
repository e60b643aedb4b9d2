import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { DUMP_ENV, TEMPLATE_ENV, testDatabasePrefix } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const dump = process.env[DUMP_ENV];
  if (dump) rmSync(dump, { force: true });
  const template = process.env[TEMPLATE_ENV];
  if (!serverUrl || !template) return;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // Test files drop their own databases; this catches any a crashed file left behind.
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${testDatabasePrefix()}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
