/** Parses `--name value` pairs; unknown or valueless flags are errors. */
export function parseFlags(argv: string[], allowed: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    const value = argv[i + 1];
    if (!name || !allowed.includes(name) || value === undefined || value.startsWith('--')) {
      throw new CliUsageError(`Unexpected argument "${arg}". Flags: ${allowed.map((a) => `--${a} VALUE`).join(' ')}`);
    }
    flags[name] = value;
    i += 1;
  }
  return flags;
}

export class CliUsageError extends Error {}
