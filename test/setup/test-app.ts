import 'reflect-metadata';
import { Writable } from 'node:stream';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from 'src/app.factory';
import { AppConfig, loadConfig } from 'src/config/config';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> & { code: string } }[];
  headers: Headers;
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /** The database URL, for a second instance on the same data. */
  databaseUrl: string;
  dataSource: DataSource;
  config: AppConfig;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Another instance over the same database (as behind a load balancer); it keeps the database. */
  sameDatabaseAs?: TestApp;
  /** Receives every JSON log line (set the level with `adjust`: tests default to silent). */
  logLines?: string[];
}

/** A log destination collecting pino's JSON lines. */
function collector(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
}

/**
 * The real AppModule on a real HTTP port, over a database of this test file's own.
 * `adjust` may change the configuration before boot.
 */
export async function startTestApp(
  adjust?: (config: AppConfig) => void,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const shared = options.sameDatabaseAs;
  const database: TestDatabase = shared
    ? { url: shared.databaseUrl, drop: () => Promise.resolve() }
    : await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DB_MIGRATE_ON_BOOT: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DB_POOL_SIZE: '5',
    OUTBOX_POLL_MS: '20',
  });
  adjust?.(config);
  const app = await createApp(config, options.logLines ? { logDestination: collector(options.logLines) } : {});
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('Test app has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    app,
    url,
    databaseUrl: database.url,
    config,
    dataSource: app.get(DataSource),
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GqlResult, 'status' | 'headers'>;
      return { ...body, status: response.status, headers: response.headers } as GqlResult<any>;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
