import { existsSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import express, { NextFunction, Request, Response, Router } from 'express';
import { readIndex } from 'src/console/console-files';

/**
 * The console speaks only to this origin's GraphQL API and loads nothing from elsewhere, so
 * the policy can be strict: no inline script, no third party, no framing.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  next();
}

/**
 * The build writes a gzip copy beside each asset (the first-load budget is counted
 * compressed); a browser that accepts gzip gets that copy.
 */
function precompressed(assets: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const file = normalize(join(assets, req.path));
    if (!accepts || !file.startsWith(assets + sep) || !/\.(js|css|svg)$/.test(file) || !existsSync(`${file}.gz`)) {
      next();
      return;
    }
    res.setHeader('vary', 'Accept-Encoding');
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.type(file.slice(file.lastIndexOf('.')));
    res.sendFile(`${file}.gz`);
  };
}

/**
 * Serves the operator console built into `directory` under /console: hashed assets cached
 * for good, index.html never (so a new build is picked up at once). Screens are hash
 * routes, so every other path under /console answers the same index.html.
 */
export function consoleRouter(directory: string): Router {
  const router = Router({ strict: true });
  router.use(securityHeaders);
  const assets = join(directory, 'assets');
  router.use('/assets', precompressed(assets));
  router.use('/assets', express.static(assets, { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.use(express.static(directory, { index: false, maxAge: 0, redirect: false }));
  router.get(/.*/, (req: Request, res: Response) => {
    if (!req.originalUrl.startsWith('/console/')) {
      res.redirect(301, '/console/');
      return;
    }
    const index = readIndex(directory);
    if (!index) {
      res.status(503).type('text/plain').send('The console has not been built: run npm run build, then restart.\n');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(index);
  });
  return router;
}
