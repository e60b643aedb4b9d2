import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from 'src/database/data-source-options';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';
import { DUMP_ENV, RUN_ENV, TEMPLATE_ENV, withDatabase } from './test-database';

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 2, statementTimeoutMs: 600_000 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Migrates once; every test file then clones the result (see test-database.ts). */
export default async function globalSetup(): Promise<void> {
  process.env[RUN_ENV] = String(process.pid);
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `pathways_tpl_${process.pid}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${template}`);
    } finally {
      await admin.end();
    }
    await migrate(withDatabase(serverUrl, template));
    process.env[TEMPLATE_ENV] = template;
    return;
  }

  const embedded = await EmbeddedPostgres.start({ dataDir: 'memory://', maxConnections: 4 });
  try {
    await migrate(embedded.url);
    const dump = await embedded.db.dumpDataDir('none');
    const path = join(tmpdir(), `pathways-test-${process.pid}.tar`);
    writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
    process.env[DUMP_ENV] = path;
  } finally {
    await embedded.stop();
  }
}
