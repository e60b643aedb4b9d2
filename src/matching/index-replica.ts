import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchEngine } from 'src/search/search-engine';

/** Rows read per page while loading. */
const LOAD_PAGE = 20_000;
/** Removal records older than this are purged; a replica further behind than that reloads. */
const REMOVAL_HISTORY = '1 day';
const PURGE_EVERY_MS = 10 * 60_000;
/** A replica that has not looked for this long reloads: removal records it needs may be gone. */
const STALE_MS = 12 * 3600_000;

/** What a replica keeps its rows in: by id, a slot each. */
export interface ReplicaStore<T> {
  readonly size: number;
  readonly typedBytes: number;
  /** Whether dead slots pile up enough to rebuild. */
  readonly wasteful: boolean;
  upsert(item: T): void;
  remove(id: string): void;
  slotOfId(id: string): number | undefined;
  /** A new store holding the live rows only. */
  compacted(): ReplicaStore<T>;
}

/** Which index a replica copies, and how its rows become what the store takes. */
export interface ReplicaSource<Row, T> {
  /** The index table (`search_candidate`), read under the alias `t`. */
  table: string;
  /** Its removal records (`search_candidate_removal`). */
  removals: string;
  /** The columns read, from `t`, the first of them `t.id`. */
  columns: string;
  /** How many columns `columns` names. */
  width: number;
  toStored: (row: Row) => T;
  /** What the log calls the rows (`candidates`). */
  noun: string;
}

/** Where a replica stands: transactions from `from` on, and those in `pending`, may hold changes it has not read. */
interface Position {
  from: string;
  pending: string[];
}

function position(xmax: string, xip: string | null): Position {
  return { from: xmax, pending: xip ? xip.split(',') : [] };
}

/**
 * A replica of a PostgreSQL search index in this process, for exact top-k matching.
 * Loaded at boot in one snapshot; before each use it reads what changed since its last look,
 * by the transaction ids the index rows (`changed_xid`) and removal records (`removed_xid`)
 * carry: one indexed query, so a match sees every index write committed before it started,
 * on every API instance, without coordinating. PostgreSQL stays the source of truth:
 * matching still asks it about whatever it is about to show.
 */
export abstract class IndexReplica<
  Row extends { id: string },
  T,
  S extends ReplicaStore<T>,
> implements OnApplicationBootstrap {
  private readonly logger: Logger;
  protected store: S;
  private at: Position | null = null;
  private loading: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private purgedAt = 0;
  private syncedAt = 0;
  private loadMs = 0;

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly preload: boolean,
    private readonly source: ReplicaSource<Row, T>,
    private readonly emptyStore: () => S,
    name: string,
  ) {
    this.logger = new Logger(name);
    this.store = emptyStore();
  }

  /** Whether matching ranks from this replica: the PostgreSQL engine fills the index tables. */
  get enabled(): boolean {
    return this.engine.kind === 'postgres';
  }

  /** Starts loading, unless the application was built for a command rather than to serve. */
  onApplicationBootstrap(): void {
    if (this.enabled && this.preload) void this.load().catch(() => undefined);
  }

  /** The store, up to date with every index write committed before this call. */
  async current(): Promise<S> {
    await this.load();
    if (Date.now() - this.syncedAt > STALE_MS && this.syncedAt > 0) await this.reload();
    await this.sync();
    return this.store;
  }

  /** Reads the whole index afresh (after a bulk load, or when too far behind). */
  async reload(): Promise<void> {
    await this.loading?.catch(() => undefined);
    this.loading = null;
    await this.load();
  }

  /**
   * Takes rows the database no longer shows out of this replica at once. Only the slot that
   * was refused: a newer version the replica read meanwhile stays.
   */
  forget(refused: readonly { id: string; slot: number }[]): void {
    for (const { id, slot } of refused) if (this.store.slotOfId(id) === slot) this.store.remove(id);
  }

  /** Size and memory, for the benchmarks and the README. */
  report(): { size: number; typedArrayBytes: number; loadMs: number } {
    return { size: this.store.size, typedArrayBytes: this.store.typedBytes, loadMs: Math.round(this.loadMs) };
  }

  /** Reads the whole index in one snapshot; the first caller starts it, the rest wait. */
  private load(): Promise<void> {
    this.loading ??= this.readAll().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  private async readAll(): Promise<void> {
    const started = performance.now();
    const { table, columns, toStored, noun } = this.source;
    const store = this.emptyStore();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const [snapshot] = (await runner.query(
        `SELECT pg_snapshot_xmax(s)::text AS xmax, (SELECT string_agg(x::text, ',') FROM pg_snapshot_xip(s) x) AS xip
         FROM pg_current_snapshot() s`,
      )) as { xmax: string; xip: string | null }[];
      // In the table's own order (a sequential scan, not a walk of the id index across the
      // heap), a page read ahead while the last one is added.
      await runner.query(`DECLARE replica_load NO SCROLL CURSOR FOR SELECT ${columns} FROM ${table} t`);
      const fetch = () => runner.query(`FETCH ${LOAD_PAGE} FROM replica_load`) as Promise<Row[]>;
      for (let page = fetch(); ;) {
        const rows = await page;
        if (rows.length === LOAD_PAGE) page = fetch();
        for (const row of rows) store.upsert(toStored(row));
        if (rows.length < LOAD_PAGE) break;
      }
      await runner.commitTransaction();
      this.store = store;
      this.at = position(snapshot!.xmax, snapshot!.xip);
      this.syncedAt = Date.now();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    this.loadMs = performance.now() - started;
    this.logger.log(`Loaded ${store.size} ${noun} in ${Math.round(this.loadMs)} ms`);
  }

  /**
   * Catches up. A call waits for a read that starts after it was made: one running read and
   * at most one queued behind it serve every caller.
   */
  private sync(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.readChanges().finally(() => {
        this.syncing = this.queued;
        this.queued = null;
      });
      return this.syncing;
    }
    this.queued ??= this.syncing.then(
      () => this.readChanges(),
      () => this.readChanges(),
    );
    return this.queued;
  }

  private async readChanges(): Promise<void> {
    const at = this.at!;
    const { table, removals, columns, width, toStored } = this.source;
    // The removal and position rows pad the columns they do not fill.
    const nulls = (n: number) => Array.from({ length: n }, () => 'NULL').join(', ');
    // One statement, so one snapshot: the changes and the position they bring the replica to.
    const rows = await this.dataSource.query<(Row & { kind: 'u' | 'd' | 's'; xmax: string; xip: string })[]>(
      `SELECT 'u' AS kind, ${columns}, NULL AS xmax, NULL AS xip FROM ${table} t
         WHERE t.changed_xid >= $1::bigint OR t.changed_xid = ANY($2::bigint[])
       UNION ALL
       SELECT 'd', r.id, ${nulls(width + 1)} FROM ${removals} r
         WHERE (r.removed_xid >= $1::bigint OR r.removed_xid = ANY($2::bigint[]))
           AND NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = r.id)
       UNION ALL
       SELECT 's', ${nulls(width)}, pg_snapshot_xmax(s)::text,
              (SELECT string_agg(x::text, ',') FROM pg_snapshot_xip(s) x)
         FROM pg_current_snapshot() s`,
      [at.from, at.pending],
    );
    for (const row of rows) {
      if (row.kind === 'u') this.store.upsert(toStored(row));
      else if (row.kind === 'd') this.store.remove(row.id);
      else this.at = position(row.xmax, row.xip);
    }
    this.syncedAt = Date.now();
    if (this.store.wasteful) this.store = this.store.compacted() as S;
    if (Date.now() - this.purgedAt > PURGE_EVERY_MS) {
      this.purgedAt = Date.now();
      await this.dataSource.query(`DELETE FROM ${removals} WHERE removed_at < now() - interval '${REMOVAL_HISTORY}'`);
    }
  }
}
