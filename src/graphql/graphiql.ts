import express, { NextFunction, Request, Response, Router } from 'express';
import { GraphQLSchema, printSchema } from 'graphql';
import { builtDirectory, readIndex } from 'src/console/console-files';

/**
 * GraphiQL is built from the project's own packages (console/graphiql), so it loads with no
 * network. Its scripts come from this origin only; its editors set inline styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function wantsPage(req: Request): boolean {
  return req.method === 'GET' && req.path === '/' && /\btext\/html\b/.test(String(req.headers.accept ?? ''));
}

/** GET /graphql from a browser: the GraphiQL page (everything else goes on to the API). */
export function graphiqlPage(directory: string = builtDirectory('graphiql')) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    const index = readIndex(directory);
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-cache');
    if (!index) {
      res.status(503).type('text/plain').send('GraphiQL has not been built: run npm run build, then restart.\n');
      return;
    }
    res.type('html').send(index);
  };
}

/**
 * /graphiql/assets: GraphiQL's hashed scripts and styles, cached for good; /graphiql/schema.graphql:
 * the running schema, which the page reads instead of sending GraphiQL's introspection query
 * (15 fields deep, over the depth limit every query obeys).
 */
export function graphiqlAssets(schema: () => GraphQLSchema, directory: string = builtDirectory('graphiql')): Router {
  const router = Router();
  router.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  });
  router.get('/schema.graphql', (_req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-cache');
    res.type('text/plain').send(printSchema(schema()));
  });
  router.use(
    '/assets',
    express.static(`${directory}/assets`, { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  return router;
}
