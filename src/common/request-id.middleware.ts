import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from 'src/common/request-context';

const VALID_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Accepts a caller's X-Request-Id when it is sane, otherwise makes one; echoes it back. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  requestContext.run({ requestId }, next);
}
