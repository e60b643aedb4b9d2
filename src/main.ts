import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { createApp } from 'src/app.factory';
import { ConfigError, loadConfig } from 'src/config/config';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const app = await createApp(config);
  const shutdownTimeout = config.http.shutdownTimeoutMs;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      new Logger('Pathways').log(`${signal} received: closing HTTP, the database and the search worker`);
      // Nest closes HTTP, the pool and the embedded database; this only bounds how long it may take.
      setTimeout(() => process.exit(1), shutdownTimeout).unref();
    });
  }
  await app.listen(config.http.port, config.http.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  new Logger('Pathways').log(`GraphQL API listening on http://localhost:${port}/graphql`);
  new Logger('Pathways').log(`Operator console on http://localhost:${port}/console`);
}

main().catch((error: unknown) => {
  new Logger('Pathways').error(error instanceof Error ? error : String(error), 'Failed to start');
  process.exit(1);
});
