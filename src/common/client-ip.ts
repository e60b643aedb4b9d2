import { isIP } from 'node:net';
import type { Request } from 'express';

/**
 * The client's address as Express reports it (X-Forwarded-For through TRUST_PROXY_HOPS
 * trusted proxies), or the socket's when a forwarded value is not an address at all: it is
 * stored in the audit log and used as a limit key, so it must be an address.
 */
export function clientIp(req: Pick<Request, 'ip' | 'socket'>): string {
  const forwarded = req.ip;
  if (forwarded && isIP(forwarded)) return forwarded;
  return req.socket.remoteAddress ?? 'unknown';
}
