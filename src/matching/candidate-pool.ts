import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CandidateStore, type StoredCandidate } from 'src/matching/candidate-store';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import type { CandidateIndexProfile } from 'src/search/postgres/search-candidate.entity';

/** Rows read per page while loading. */
const LOAD_PAGE = 20_000;
/** Removal records older than this are purged; a replica further behind than that reloads. */
const REMOVAL_HISTORY = '1 day';
const PURGE_EVERY_MS = 10 * 60_000;
/** A replica that has not looked for this long reloads: removal records it needs may be gone. */
const STALE_MS = 12 * 3600_000;

interface CandidateRow {
  id: string;
  dest: string;
  highest_eqf: number | null;
  skills: string;
  profile: CandidateIndexProfile;
}

const COLUMNS = `c.id, array_to_string(c.destinations, ',') AS dest, c.highest_eqf,
  array_to_string(c.skill_nums, ',') AS skills, c.profile`;

function toStored(r: CandidateRow): StoredCandidate {
  return {
    id: r.id,
    preferredDestinations: r.dest ? r.dest.split(',') : [],
    highestEqfLevel: r.highest_eqf,
    skillNums: r.skills ? r.skills.split(',').map(Number) : [],
    desiredOccupations: r.profile.desired.map((d) => ({ num: d.o, iscoCode: d.i })),
    experience: r.profile.experience.map((e) => ({ num: e.o, iscoCode: e.i, years: e.y })),
    languages: r.profile.languages.map((l) => ({ language: l.l, level: l.v })),
    credentials: r.profile.credentials.map((c) => ({ programmeId: c.p, trainingCompleted: c.c })),
  };
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
 * A replica of the PostgreSQL candidate index (search_candidate) in this process, for exact
 * top-k matching (exact-top.ts). Loaded at boot; before each use it reads what changed
 * since its last look, by the transaction ids the index rows and removal records carry:
 * one indexed query, so a match sees every index write committed before it started, on
 * every API instance. PostgreSQL stays the source of truth; matching still asks it about
 * consent and programme eligibility for whoever it is about to show.
 */
@Injectable()
export class CandidatePool implements OnApplicationBootstrap {
  private readonly logger = new Logger('CandidatePool');
  private store = new CandidateStore();
  private at: Position | null = null;
  private loading: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private purgedAt = 0;
  private syncedAt = 0;
  private loadMs = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  /** Whether matching ranks from this pool: the PostgreSQL engine fills search_candidate. */
  get enabled(): boolean {
    return this.engine.kind === 'postgres';
  }

  onApplicationBootstrap(): void {
    if (this.enabled) void this.load().catch(() => undefined);
  }

  /** The store, up to date with every index write committed before this call. */
  async current(): Promise<CandidateStore> {
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

  /** Takes candidates the database no longer shows out of this replica at once. */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.store.remove(id);
  }

  /** Size and memory, for the benchmarks and the README. */
  report(): { candidates: number; typedArrayBytes: number; loadMs: number } {
    return { candidates: this.store.size, typedArrayBytes: this.store.typedBytes, loadMs: Math.round(this.loadMs) };
  }

  /** Reads the whole index in pages of one snapshot; the first caller starts it, the rest wait. */
  private load(): Promise<void> {
    this.loading ??= this.readAll().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  private async readAll(): Promise<void> {
    const started = performance.now();
    const store = new CandidateStore();
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
      await runner.query(`DECLARE replica_load NO SCROLL CURSOR FOR SELECT ${COLUMNS} FROM search_candidate c`);
      const fetch = () => runner.query(`FETCH ${LOAD_PAGE} FROM replica_load`) as Promise<CandidateRow[]>;
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
    this.logger.log(`Loaded ${store.size} candidates in ${Math.round(this.loadMs)} ms`);
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
    // One statement, so one snapshot: the changes and the position they bring the replica to.
    const rows = await this.dataSource.query<(CandidateRow & { kind: 'u' | 'd' | 's'; xmax: string; xip: string })[]>(
      `SELECT 'u' AS kind, ${COLUMNS}, NULL AS xmax, NULL AS xip FROM search_candidate c
         WHERE c.changed_xid >= $1::bigint OR c.changed_xid = ANY($2::bigint[])
       UNION ALL
       SELECT 'd', r.id, NULL, NULL, NULL, NULL, NULL, NULL FROM search_candidate_removal r
         WHERE (r.removed_xid >= $1::bigint OR r.removed_xid = ANY($2::bigint[]))
           AND NOT EXISTS (SELECT 1 FROM search_candidate c WHERE c.id = r.id)
       UNION ALL
       SELECT 's', NULL, NULL, NULL, NULL, NULL, pg_snapshot_xmax(s)::text,
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
    if (this.store.wasteful) this.store = this.store.compacted();
    if (Date.now() - this.purgedAt > PURGE_EVERY_MS) {
      this.purgedAt = Date.now();
      await this.dataSource.query(
        `DELETE FROM search_candidate_removal WHERE removed_at < now() - interval '${REMOVAL_HISTORY}'`,
      );
    }
  }
}
