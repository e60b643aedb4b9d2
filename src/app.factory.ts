import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { AppModule } from 'src/app.module';
import { TokenService } from 'src/auth/token.service';
import { AppLogger } from 'src/common/logger';
import { requestIdMiddleware } from 'src/common/request-id.middleware';
import { consoleDirectory } from 'src/console/console-files';
import { consoleRouter } from 'src/console/console.middleware';
import { AppConfig } from 'src/config/config';
import { graphiqlAssets, graphiqlPage } from 'src/graphql/graphiql';
import { graphqlRequestGuard } from 'src/graphql/request-guard';
import type { DestinationStream } from 'pino';

const httpLogger = new Logger('HTTP');

function accessLog(req: Request, res: Response, next: NextFunction): void {
  const started = performance.now();
  res.on('finish', () => {
    httpLogger.log({
      method: req.method,
      // The whole path: under a mount (app.use('/graphql', ...)) req.path would be "/".
      path: req.originalUrl.split('?')[0]?.slice(0, 200),
      status: res.statusCode,
      durationMs: Math.round(performance.now() - started),
    });
  });
  next();
}

/** Body-parser failures answered in the GraphQL error shape instead of an HTML page. */
function bodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const status = (error as { status?: number; type?: string }).status;
  const type = (error as { type?: string }).type;
  if (!status || !type) {
    next(error);
    return;
  }
  const message =
    type === 'entity.too.large'
      ? 'Request body is too large'
      : type === 'entity.parse.failed'
        ? 'Request body is not valid JSON'
        : 'Request body could not be read';
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

/**
 * Builds the HTTP application: the same for `npm start`, the tests and the benchmarks.
 * `logDestination` (tests) receives the JSON log lines instead of stdout.
 */
export async function createApp(
  config: AppConfig,
  options: { logDestination?: DestinationStream } = {},
): Promise<NestExpressApplication> {
  const logger = new AppLogger(config.log.level, options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // Behind a load balancer the client address is in X-Forwarded-For; believe only the configured hops.
  app.set('trust proxy', config.http.trustProxyHops);
  app.use(requestIdMiddleware);
  app.use(accessLog);
  app.use(express.json({ limit: config.http.bodyLimit }));
  app.use(bodyErrors);
  if (config.graphql.landingPage) {
    app.use('/graphql', graphiqlPage());
    app.use(
      '/graphiql',
      graphiqlAssets(() => app.get(GraphQLSchemaHost).schema),
    );
  }
  app.use('/graphql', graphqlRequestGuard(config, app.get(TokenService)));
  app.use('/console', consoleRouter(consoleDirectory()));
  app.enableShutdownHooks();
  return app;
}
