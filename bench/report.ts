import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a benchmark's figures to bench/results/<name>.json, where README's tables come from. */
export function writeResult(name: string, result: unknown): void {
  mkdirSync(join(process.cwd(), 'bench/results'), { recursive: true });
  writeFileSync(join(process.cwd(), 'bench/results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** Runs a benchmark's main function; a failure is printed and the process exits non-zero. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
