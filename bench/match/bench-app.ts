import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from 'src/app.factory';
import { AppConfig, loadConfig } from 'src/config/config';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';
import { importEsco } from '../bench-support';
import { run, writeResult } from '../report';

export interface BenchApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  engineLabel: string;
  close(): Promise<void>;
}

/**
 * The real application on a throwaway database: a new database on the server named by
 * DATABASE_URL, or an in-memory embedded PostgreSQL. The outbox worker is off: benchmarks
 * write the index themselves, or drain the outbox when that is what they measure.
 */
export async function startBenchApp(overrides: Record<string, string> = {}): Promise<BenchApp> {
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let drop: () => Promise<void>;
  if (serverUrl) {
    const name = `pathways_bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    drop = async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    const embedded = await EmbeddedPostgres.start({ dataDir: 'memory://', maxConnections: 12 });
    url = embedded.url;
    drop = () => embedded.stop();
  }
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    OUTBOX_WORKER: 'false',
    DB_STATEMENT_TIMEOUT_MS: '3600000',
    ...overrides,
  });
  const app = await createApp(config);
  await app.init();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    engineLabel: serverUrl ? `PostgreSQL server (${new URL(serverUrl).host})` : 'embedded PGlite',
    async close() {
      await app.close();
      await drop();
    },
  };
}

/**
 * Runs a benchmark on the application (startBenchApp with `overrides`): `measure` returns
 * the report, which is written to bench/results/<name>.json and printed. The application
 * and its database go away whatever happens.
 */
export function benchmark(
  name: string,
  measure: (bench: BenchApp) => Promise<object>,
  overrides: Record<string, string> = {},
): void {
  run(async () => {
    const bench = await startBenchApp(overrides);
    try {
      const report = await measure(bench);
      writeResult(name, report);
      console.log(JSON.stringify(report, null, 2));
    } finally {
      await bench.close();
    }
  });
}

export function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

/** The full English ESCO v1.1.1 set, through the real importer. */
export async function importEscoInto(app: NestExpressApplication): Promise<void> {
  await importEsco(app.get(DataSource));
}
