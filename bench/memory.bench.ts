import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createAdministrator, httpSender, newRunState, runTour, tourSteps } from '../examples/tour';
import { round } from './match/bench-app';
import { run, writeResult } from './report';

/**
 * `npm run bench:memory`: the resident memory of the service as `npm start` runs it (the
 * built dist/, development settings): the peak of a first boot (migrations, demo seed), then,
 * restarted on that data, at idle, after one walk of the README tour and after five more, on the embedded database (PGlite runs
 * inside the process, so its memory counts) and on the PostgreSQL server of DATABASE_URL
 * (whose own processes are not counted). This process walks the tour: the server is a child
 * process of its own.
 */
const ROOT = process.cwd();
const IDLE_MS = 5_000;

interface Sample {
  rssMiB: number;
  peakMiB: number;
}

function memoryOf(pid: number): Sample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMiB: round(kb('VmRSS') / 1024, 1), peakMiB: round(kb('VmHWM') / 1024, 1) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startService(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_PATH: join(ROOT, 'dist'),
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      REGISTRATION_MAX_PER_IP: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No boot in 120 s:\n${output.slice(-2000)}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /Pathways is up: (http:\/\/[^/]+)\/graphql/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The service exited with ${code}:\n${output.slice(-2000)}`)));
  });
  // Keep only the tail of what it says next, to explain a failure.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
  child.stdout.removeAllListeners('data').on('data', keep);
  child.stderr.removeAllListeners('data').on('data', keep);
  return { child, url, output: () => output };
}

async function stopService(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, pause(15_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function measure(name: string, env: Record<string, string>): Promise<object> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // The first boot migrates and seeds; the figures are of the service restarted on that data.
  const first = await startService(env);
  const firstBoot = memoryOf(first.child.pid!);
  await stopService(first.child);
  log(`${name}: first boot (migrations, seed) peak ${firstBoot.peakMiB} MiB`);
  const { child, url, output } = await startService(env);
  try {
    await pause(IDLE_MS);
    const idle = memoryOf(child.pid!);
    log(`${name}: idle ${idle.rssMiB} MiB`);
    const steps = tourSteps();
    const send = httpSender(url);
    const tour = async () => {
      const state = newRunState();
      createAdministrator(String(state.adminEmail), String(state.adminPassword), { PATH: process.env.PATH, ...env });
      await runTour(steps, send, state);
    };
    await tour();
    await pause(2_000);
    const afterTour = memoryOf(child.pid!);
    log(`${name}: after the tour ${afterTour.rssMiB} MiB`);
    for (let i = 0; i < 5; i += 1) await tour();
    await pause(2_000);
    const afterSix = memoryOf(child.pid!);
    log(`${name}: after six tours ${afterSix.rssMiB} MiB (peak ${afterSix.peakMiB} MiB)`);
    return { database: name, firstBootPeakMiB: firstBoot.peakMiB, idle, afterTour, afterSixTours: afterSix };
  } catch (error) {
    log(`The service said, last:\n${output()}`);
    throw error;
  } finally {
    await stopService(child);
  }
}

run(async () => {
  const results: object[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pathways-memory-'));
  try {
    // Baseline: PostgreSQL's own default shared_buffers, which the embedded database had before.
    results.push(
      await measure('embedded (PGlite), shared_buffers 128MB', {
        EMBEDDED_DB_DIR: join(dir, 'baseline'),
        EMBEDDED_DB_SHARED_BUFFERS: '128MB',
      }),
    );
    results.push(await measure('embedded (PGlite)', { EMBEDDED_DB_DIR: join(dir, 'pglite') }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = process.env.DATABASE_URL;
  if (server) {
    const name = `pathways_memory_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    try {
      results.push(await measure('PostgreSQL server', { DATABASE_URL: url.toString() }));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    process.stderr.write('DATABASE_URL is not set: measured on the embedded database only\n');
  }
  const result = { node: process.version, loadAverage: round(loadavg()[0]!), idleMs: IDLE_MS, results };
  console.log(JSON.stringify(result, null, 2));
  writeResult('memory', result);
});
