import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `npm run build` writes a browser app (dist/<name> under the package root), found from this file. */
export function builtDirectory(name: string, from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(from, name);
    dir = parent;
  }
  return join(dir, 'dist', name);
}

/** Where `npm run build` writes the console (dist/console under the package root). */
export function consoleDirectory(from: string = __dirname): string {
  return builtDirectory('console', from);
}

/** The built index.html, or null when the console has not been built. */
export function readIndex(directory: string): Buffer | null {
  const file = join(directory, 'index.html');
  return existsSync(file) ? readFileSync(file) : null;
}
