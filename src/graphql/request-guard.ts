import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { TokenService } from 'src/auth/token.service';
import { clientIp } from 'src/common/client-ip';
import { requestContext } from 'src/common/request-context';
import { AppConfig } from 'src/config/config';
import { WindowCounter } from 'src/limits/window-counter';

/** The caller sent a token this service signed and that has not expired (the guard checks the account). */
function signedIn(req: Request, tokens: TokenService): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1] !== undefined && tokens.verify(match[1]) !== null;
}

/**
 * Runs before every GraphQL request: starts its time budget and counts anonymous requests
 * per client address (ANONYMOUS_MAX_PER_IP per ANONYMOUS_WINDOW_SECONDS). The count is kept
 * in this process, so with several instances behind a balancer each allows that many.
 * Signed-in callers are limited by what their role may do, not here.
 */
export function graphqlRequestGuard(config: AppConfig, tokens: TokenService): RequestHandler {
  const anonymous = new WindowCounter(config.anonymous.maxPerIp, config.anonymous.windowSeconds * 1000);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!signedIn(req, tokens)) {
      const verdict = anonymous.hit(clientIp(req));
      if (!verdict.allowed) {
        res.setHeader('retry-after', String(verdict.retryAfterSeconds));
        res.status(429).json({
          errors: [
            {
              message: `Too many requests from your address; try again in ${verdict.retryAfterSeconds} seconds, or sign in`,
              extensions: { code: 'RATE_LIMITED', limit: 'anonymous', retryAfterSeconds: verdict.retryAfterSeconds },
            },
          ],
        });
        return;
      }
    }
    // Entered after the body was read: stream callbacks do not carry the context the request began in.
    const requestId = String(res.getHeader('x-request-id') ?? '');
    requestContext.run({ requestId, deadline: Date.now() + config.graphql.requestTimeoutMs }, next);
  };
}
