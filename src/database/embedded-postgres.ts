import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { intarray } from '@electric-sql/pglite/contrib/intarray';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The extensions the migrations create; PGlite must load them before CREATE EXTENSION works. */
export const EMBEDDED_EXTENSIONS = { intarray, pg_trgm, pgcrypto, unaccent };

/**
 * PGlite runs inside this process, so its buffers are this process's memory. PostgreSQL's
 * default 128MB of shared buffers cost well over 100 MB of resident memory; the files are in
 * the operating system's cache anyway (README "Memory").
 */
export const EMBEDDED_SHARED_BUFFERS = '32MB';

export interface EmbeddedPostgresOptions {
  /** A folder for the data (kept across restarts), or `memory://`. */
  dataDir: string;
  /** A dump made by `dumpDataDir`, to start from instead of an empty cluster. */
  loadDataDir?: Blob;
  maxConnections: number;
  port?: number;
  /** PostgreSQL's shared_buffers, such as 32MB (EMBEDDED_DB_SHARED_BUFFERS). */
  sharedBuffers?: string;
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
      postgresqlconf: [`shared_buffers=${options.sharedBuffers ?? EMBEDDED_SHARED_BUFFERS}`],
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
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    // The lock names the socket too, so commands run meanwhile connect through this process.
    if (lockFile) writeFileSync(lockFile, JSON.stringify({ pid: process.pid, url }));
    return new EmbeddedPostgres(db, server, url, lockFile);
  }

  /**
   * The socket of another live process holding the folder, when there is one: only one
   * process may open a PGlite folder, so others (the command-line tools while the server
   * runs) connect through it. Null when the folder is free.
   */
  static runningElsewhere(dataDir: string): { pid: number; url: string } | null {
    if (dataDir.startsWith('memory://')) return null;
    const holder = readLock(lockPath(dataDir));
    if (!holder || holder.pid === process.pid || !isRunning(holder.pid)) return null;
    if (!holder.url) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder.pid}, which is still starting or too old to share it. Try again in a moment, or stop it.`,
      );
    }
    return { pid: holder.pid, url: holder.url };
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

function lockPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}.lock`;
}

/** `{"pid":..,"url":..}` once the socket listens; a bare pid while starting (and from older versions). */
function readLock(lockFile: string): { pid: number; url?: string } | null {
  if (!existsSync(lockFile)) return null;
  const text = readFileSync(lockFile, 'utf8').trim();
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; url?: unknown };
    if (typeof parsed === 'number') return { pid: parsed };
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, url: typeof parsed.url === 'string' ? parsed.url : undefined };
  } catch {
    return null;
  }
}

/** One process at a time may open a PGlite folder; a second would corrupt it. */
function takeLock(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = lockPath(dataDir);
  const holder = readLock(lockFile);
  if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder.pid}. Stop it first, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  writeFileSync(lockFile, JSON.stringify({ pid: process.pid }));
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
