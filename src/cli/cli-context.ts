import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppLogger } from 'src/common/logger';
import { AppConfig, ConfigError, loadConfig } from 'src/config/config';
import { ConfigModule } from 'src/config/config.module';
import { DatabaseModule } from 'src/database/database.module';
import { SearchModule } from 'src/search/search.module';

/**
 * Runs a command-line task inside a Nest context holding the database, the search engine
 * and the given feature modules (no HTTP server).
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
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, SearchModule, ...features] })
  class CliModule {}
  const context = await NestFactory.createApplicationContext(CliModule, {
    logger: new AppLogger(process.env.LOG_LEVEL ? config.log.level : 'warn'),
  });
  let code = 0;
  try {
    code = (await task(context, config)) ?? 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  } finally {
    await context.close();
  }
  process.exit(code);
}
