import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    private readonly lockFile: string | null,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const lockFile = options.dataDir.startsWith('memory://') ? null : takeLock(options.dataDir);
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
    keepExtendedQueriesWhole(server);
    await server.start();
    // After start() the OS-assigned port is known: "127.0.0.1:<port>".
    return new EmbeddedPostgres(db, server, `postgres://postgres@${server.getServerConn()}/postgres`, lockFile);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One process at a time may open a PGlite folder; a second would corrupt it. */
function takeLock(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = `${dataDir.replace(/\/+$/, '')}.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${pid}. Stop it first, or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return lockFile;
}

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Protocol messages after which another connection may take its turn. */
const SYNC = 0x53;
const QUERY = 0x51;
const TERMINATE = 0x58;

/**
 * pglite-socket 0.2 multiplexes connections one protocol message at a time and keeps a
 * connection's turn only inside an explicit transaction. An extended-protocol query (Parse,
 * Bind, Execute ... Sync) from another connection could then slip in between Bind and
 * Execute and replace the unnamed portal ("portal does not exist" under load). This keeps
 * each connection's turn until its Sync, simple Query or Terminate, as a server would, and
 * keeps the queue running after a failed message.
 */
function keepExtendedQueriesWhole(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let midQuery = false;
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (queue.lastHandlerId === handlerId) midQuery = false;
    clear(handlerId);
  };
  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = (midQuery || this.db.isInTransaction()) && this.lastHandlerId !== null;
        const index = sticky ? this.queue.findIndex((item) => item.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midQuery = false;
          item.reject(error);
          continue;
        }
        const type = item.message[0];
        // Startup, SSL and cancel requests start with a length, not a type byte.
        midQuery = type !== undefined && type !== 0 && type !== SYNC && type !== QUERY && type !== TERMINATE;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}
