import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { intarray } from '@electric-sql/pglite/contrib/intarray';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The extensions the migrations create; PGlite must load them before CREATE EXTENSION works. */
export const EMBEDDED_EXTENSIONS = { intarray, pg_trgm, pgcrypto, unaccent };

export interface EmbeddedPostgresOptions {
  /** A folder for the data (kept across restarts), or `memory://`. */
  dataDir: string;
  /** A dump made by `dumpDataDir`, to start from instead of an empty cluster. */
  loadDataDir?: Blob;
  maxConnections: number;
  port?: number;
}

/**
 * PostgreSQL in WebAssembly, served on a loopback port so the ordinary `pg` driver and the
 * same SQL run unchanged. Its socket multiplexer queues other connections while one holds a
 * transaction, so transactions stay whole.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
    const db = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: EMBEDDED_EXTENSIONS,
    });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: Math.max(2, options.maxConnections),
    });
    await server.start();
    // After start() the OS-assigned port is known: "127.0.0.1:<port>".
    return new EmbeddedPostgres(db, server, `postgres://postgres@${server.getServerConn()}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}
