import { createServer } from 'node:net';

/**
 * Whether the HTTP port can be bound, asked before the database is opened, migrated and
 * seeded, so a second copy of the service says so at once. Port 0 (any) is always free.
 */
export function portAvailable(port: number, host: string): Promise<boolean> {
  if (port === 0) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}
