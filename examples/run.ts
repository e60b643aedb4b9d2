/**
 * npm run examples -- [--url http://localhost:3000] [--admin-email E --admin-password P] [--quiet]
 *
 * Walks the README "Try it" tour against a running server and exits non-zero on the first
 * error. Employers are verified by an administrator: give one (or PATHWAYS_ADMIN_EMAIL and
 * PATHWAYS_ADMIN_PASSWORD), or the tour creates one with `npm run user:create`, which reaches
 * the server's own database (the embedded one too) from this machine.
 */
import { createAdministrator, httpSender, newRunState, runTour, tourSteps } from './tour';

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function show(data: unknown, maxLines: number): string {
  const lines = JSON.stringify(data, null, 2).split('\n');
  if (lines.length <= maxLines) return lines.join('\n');
  return [...lines.slice(0, maxLines), `  ... (${lines.length - maxLines} more lines)`].join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const url = flag(args, 'url') ?? 'http://localhost:3000';
  const quiet = args.includes('--quiet');
  const state = newRunState();

  const send = httpSender(url);
  try {
    await send('{ about { name } }', {});
  } catch {
    process.stderr.write(`Nothing answers at ${url}: start the server first (npm start), or pass --url.\n`);
    return 1;
  }

  const adminEmail = flag(args, 'admin-email') ?? process.env.PATHWAYS_ADMIN_EMAIL;
  const adminPassword = flag(args, 'admin-password') ?? process.env.PATHWAYS_ADMIN_PASSWORD;
  if (adminEmail && adminPassword) {
    Object.assign(state, { adminEmail, adminPassword });
  } else {
    process.stdout.write(`Creating the administrator ${String(state.adminEmail)} with npm run user:create\n`);
    createAdministrator(String(state.adminEmail), String(state.adminPassword));
  }

  const steps = tourSteps();
  await runTour(steps, send, state, {
    onStep: ({ step, data }) => {
      process.stdout.write(`\n✔ ${step.file}: ${step.title}\n`);
      if (!quiet) process.stdout.write(`${show(data, 40)}\n`);
    },
  });
  process.stdout.write(`\nThe tour passed: ${steps.length} requests against ${url}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`\n✘ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
