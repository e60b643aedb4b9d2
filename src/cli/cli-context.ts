import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApp } from 'src/app.factory';
import { AppLogger } from 'src/common/logger';
import { AppConfig, ConfigError, loadConfig } from 'src/config/config';
import { ConfigModule } from 'src/config/config.module';
import { DatabaseModule } from 'src/database/database.module';
import { LimitsModule } from 'src/limits/limits.module';
import { ObservabilityModule } from 'src/observability/observability.module';
import { SearchModule } from 'src/search/search.module';

/**
 * Runs a command-line task inside a Nest context holding the database, the shared attempt
 * counters (accounts need them), the search engine and the given feature modules (no HTTP server).
 */
export async function runCli(
  features: Type[],
  task: (context: INestApplicationContext, config: AppConfig) => Promise<number | void>,
): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  // A command serves no metrics and, outside any request, would make no spans.
  const quiet = { ...config, observability: { metrics: { enabled: false } } };
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      ObservabilityModule.forRoot(quiet),
      DatabaseModule,
      LimitsModule,
      SearchModule,
      ...features,
    ],
  })
  class CliModule {}
  let context: INestApplicationContext;
  try {
    context = await NestFactory.createApplicationContext(CliModule, {
      logger: cliLogger(config),
      abortOnError: false,
    });
  } catch (error) {
    fail(error);
  }
  let code = 0;
  try {
    code = (await task(context, config)) ?? 0;
  } catch (error) {
    process.stderr.write(`${message(error)}\n`);
    code = 1;
  } finally {
    await context.close();
  }
  process.exit(code);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A command that cannot start says why in one plain line (LOG_LEVEL=debug shows the rest). */
function fail(error: unknown): never {
  process.stderr.write(`${message(error)}\n`);
  process.exit(1);
}

/**
 * Warnings and errors only, unless LOG_LEVEL asks for more; a failure to start is printed
 * once, plainly, by the command itself rather than as Nest's JSON stack line.
 */
function cliLogger(config: AppConfig): AppLogger {
  const verbose = process.env.LOG_LEVEL !== undefined;
  const logger = new AppLogger(verbose ? config.log.level : 'warn');
  if (verbose) return logger;
  const error = logger.error.bind(logger);
  logger.error = (text: unknown, ...rest: unknown[]) => {
    if (rest[rest.length - 1] !== 'ExceptionHandler') error(text, ...rest);
  };
  return logger;
}

/**
 * Runs a command-line task inside the whole application (every feature module, no HTTP
 * listener, the outbox worker's background loop off): for tasks that span features.
 */
export async function runAppCommand(task: (context: INestApplicationContext) => Promise<number | void>): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let code = 0;
  let app: INestApplicationContext | undefined;
  try {
    const config = loadConfig();
    config.search.outbox.worker = false;
    config.matching.preloadReplicas = false;
    const nest = await createApp({ ...config, log: { level: process.env.LOG_LEVEL ? config.log.level : 'warn' } });
    await nest.init();
    app = nest;
    code = (await task(nest)) ?? 0;
  } catch (error) {
    process.stderr.write(`${message(error)}\n`);
    code = 1;
  } finally {
    await app?.close();
  }
  process.exit(code);
}
