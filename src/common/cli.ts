import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from 'src/audit/audit.module';
import { AppLogger } from 'src/common/logger';
import { AppConfig, ConfigError, loadConfig } from 'src/config/config';
import { ConfigModule } from 'src/config/config.module';
import { DatabaseModule } from 'src/database/database.module';

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

/**
 * Runs a command with a Nest application context holding the database and the given feature
 * modules, then closes everything. Errors print one clear line and exit non-zero.
 */
export async function runCli(
  features: (Type | DynamicModule)[],
  command: (app: INestApplicationContext, config: AppConfig) => Promise<void>,
): Promise<void> {
  let app: INestApplicationContext | undefined;
  try {
    const config = loadConfig();
    const module: DynamicModule = {
      module: class CliModule {},
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuditModule, ...features],
    };
    app = await NestFactory.createApplicationContext(module, { logger: new AppLogger('warn') });
    await command(app, config);
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof CliUsageError ? error.message : describe(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  } finally {
    await app?.close();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const fields = (error as { details?: { fields?: { path: string; message: string }[] } }).details?.fields;
    return fields?.length
      ? `${error.message} (${fields.map((f) => `${f.path} ${f.message}`).join('; ')})`
      : error.message;
  }
  return String(error);
}
