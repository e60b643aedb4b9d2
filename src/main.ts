import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { start, StartRefused } from 'src/boot/start';
import { ConfigError } from 'src/config/config';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const { config } = await start(process.env);
  const shutdownTimeout = config.http.shutdownTimeoutMs;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      new Logger('Pathways').log(`${signal} received: closing HTTP, the database and the search worker`);
      // Nest closes HTTP, the pool and the embedded database; this only bounds how long it may take.
      setTimeout(() => process.exit(1), shutdownTimeout).unref();
    });
  }
}

main().catch((error: unknown) => {
  // A bad setting or a taken port is the operator's to fix: one plain line says which.
  if (error instanceof ConfigError || error instanceof StartRefused) {
    process.stderr.write(`${error.message}\n`);
  } else {
    new Logger('Pathways').error({ msg: 'Failed to start', err: error });
  }
  process.exit(1);
});
