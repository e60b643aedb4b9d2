import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from 'src/app.factory';
import { bootSummary } from 'src/boot/boot-summary';
import { portAvailable } from 'src/boot/port';
import { AppConfig, loadConfig } from 'src/config/config';
import type { DestinationStream } from 'pino';

/** A reason not to start that one plain line explains (the port is taken). */
export class StartRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartRefused';
  }
}

/**
 * What `npm start` does: checks the port before the database is opened, migrated and
 * seeded (a second copy stops at once), builds the app, listens, and logs one summary.
 */
export async function start(
  env: Record<string, string | undefined>,
  options: { logDestination?: DestinationStream } = {},
): Promise<{ app: NestExpressApplication; config: AppConfig }> {
  const config = loadConfig(env);
  if (!(await portAvailable(config.http.port, config.http.host))) {
    throw new StartRefused(
      `Port ${config.http.port} on ${config.http.host} is already in use (is Pathways already running?): stop that process or set PORT.`,
    );
  }
  const app = await createApp(config, options);
  await app.listen(config.http.port, config.http.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const { message, warnings, ...fields } = bootSummary(config, port, Boolean(env.JWT_SECRET?.trim()));
  const logger = new Logger('Pathways');
  logger.log({ msg: message, ...fields });
  for (const warning of warnings) logger.warn(warning);
  return { app, config };
}
