/**
 * Builds the operator console into dist/console (part of `npm run build`), writes a gzip
 * copy of every asset, and fails when the JavaScript of the first load exceeds the budget.
 * Builds GraphiQL (console/graphiql) into dist/graphiql beside it.
 * Skips the build when nothing it reads has changed since the last one, so every
 * `npm run` script that builds the service stays fast.
 *
 *   npm run console:build [-- --force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

/** First-load JavaScript, compressed (gzip, level 9): the console must stay usable on slow links. */
const BUDGET_BYTES = 300 * 1024;

const consoleDir = __dirname;
const root = dirname(consoleDir);
const out = join(root, 'dist', 'console');
const stampFile = join(out, '.build-stamp');
const reportFile = join(out, 'bundle-size.json');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

/** What the output depends on: the console's sources and the locked dependency versions. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(consoleDir), join(root, 'package-lock.json')].sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The entry chunk and everything it imports statically: what a browser loads before the first screen. */
function firstLoadFiles(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => visit(key));
  return [...files].filter((f) => f.endsWith('.js'));
}

interface BundleReport {
  budgetBytes: number;
  firstLoadJavaScriptBytes: number;
  firstLoadJavaScriptGzipBytes: number;
  files: { file: string; bytes: number; gzipBytes: number }[];
}

function compressAssets(): void {
  for (const file of filesUnder(join(out, 'assets'))) {
    if (/\.(js|css|svg)$/.test(file)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

function measure(): BundleReport {
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = firstLoadFiles(manifest).map((file) => {
    const content = readFileSync(join(out, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return {
    budgetBytes: BUDGET_BYTES,
    firstLoadJavaScriptBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    firstLoadJavaScriptGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    files,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  const force = process.argv.includes('--force');
  const hash = sourceHash();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && existsSync(reportFile)) return;

  // Vite runs in a process of its own: tsx's module hooks, which run this script, would get in its way.
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  // The console, then GraphiQL (dist/graphiql; no budget: developers load it, on localhost).
  for (const config of ['vite.config.mts', 'graphiql.vite.config.mts']) {
    execFileSync(process.execPath, [vite, 'build', '--config', join(consoleDir, config), '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  }
  compressAssets();
  const report = measure();
  mkdirSync(out, { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const line = `console: first load ${kb(report.firstLoadJavaScriptGzipBytes)} of JavaScript gzipped (${kb(report.firstLoadJavaScriptBytes)} raw); budget ${kb(BUDGET_BYTES)}`;
  if (report.firstLoadJavaScriptGzipBytes > BUDGET_BYTES) {
    rmSync(stampFile, { force: true });
    process.stderr.write(`${line}: OVER BUDGET\n`);
    process.exit(1);
  }
  writeFileSync(stampFile, hash);
  process.stdout.write(`${line}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`console build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
