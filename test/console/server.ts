import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

export interface RunningServer {
  url: string;
  adminPassword: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * The service exactly as `npm start` runs it (the built dist/, console included), on a
 * port of its own over a fresh database, seeding itself at first boot as on a new machine.
 * With DATABASE_URL the database is a clone of the migrated template; without it the
 * service starts its own embedded PostgreSQL in memory.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const main = join(ROOT, 'dist', 'src', 'main.js');
  if (!existsSync(join(ROOT, 'dist', 'console', 'index.html')) || !existsSync(main)) {
    throw new Error('Build first: npm run build (npm run test:console does)');
  }
  const database: TestDatabase | null = process.env.DATABASE_URL ? await createTestDatabase() : null;
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_PATH: join(ROOT, 'dist'),
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      OUTBOX_POLL_MS: '50',
      REGISTRATION_MAX_PER_IP: '500',
      ...(database ? { DATABASE_URL: database.url } : { EMBEDDED_DB_DIR: 'memory://' }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<{ url: string; adminPassword: string }>((resolve, reject) => {
    let password: string | null = null;
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output.slice(-3000)}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      password ??= /with password (\S+)/.exec(output)?.[1] ?? null;
      const port = /Pathways is up: http:\/\/[^/]+:(\d+)\/graphql/.exec(output)?.[1];
      if (port && password) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, adminPassword: password });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
  let address: { url: string; adminPassword: string };
  try {
    address = await started;
  } catch (error) {
    child.kill('SIGKILL');
    await database?.drop();
    throw error;
  }
  return {
    ...address,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      await database?.drop();
    },
  };
}
