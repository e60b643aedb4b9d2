import { createHash, timingSafeEqual } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Metrics } from 'src/observability/metrics';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics in the Prometheus text format. With a token, only `Authorization: Bearer
 * <token>` is answered (compared in constant time); without one (outside production) it is open.
 */
export function metricsEndpoint(metrics: Metrics, token: string | undefined) {
  const expected = token === undefined ? undefined : digest(token);
  const logger = new Logger('Metrics');
  return async (req: Request, res: Response): Promise<void> => {
    if (expected) {
      const given = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        res.status(401).set('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('Unauthorized\n');
        return;
      }
    }
    try {
      const { contentType, body } = await metrics.scrape();
      res.status(200).set('content-type', contentType).set('cache-control', 'no-store').send(body);
    } catch (error) {
      logger.error(error instanceof Error ? error : String(error), 'Metrics');
      res.status(500).type('text/plain').send('Metrics could not be collected\n');
    }
  };
}
