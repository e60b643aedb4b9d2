import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LanguageRequirement } from 'src/reference/cefr';
import { VacancyStore, type StoredVacancy } from 'src/matching/vacancy-store';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';

/** Rows read per page while loading. */
const LOAD_PAGE = 20_000;
/** Removal records older than this are purged; a replica further behind than that reloads. */
const REMOVAL_HISTORY = '1 day';
const PURGE_EVERY_MS = 10 * 60_000;
/** A replica that has not looked for this long reloads: removal records it needs may be gone. */
const STALE_MS = 12 * 3600_000;

interface VacancyRow {
  id: string;
  occupation_num: number;
  isco_code: string;
  member_state: string;
  programme_id: string | null;
  essential: string;
  optional: string;
  language_requirements: LanguageRequirement[];
  min_eqf_level: number | null;
  min_experience_years: number | null;
}

const COLUMNS = `v.id, v.occupation_num, v.isco_code, v.member_state, v.programme_id,
  array_to_string(v.essential_skill_nums, ',') AS essential, array_to_string(v.optional_skill_nums, ',') AS optional,
  v.language_requirements, v.min_eqf_level, v.min_experience_years`;

function toStored(r: VacancyRow): StoredVacancy {
  return {
    id: r.id,
    occupationNum: r.occupation_num,
    iscoCode: r.isco_code,
    memberState: r.member_state,
    programmeId: r.programme_id,
    essentialSkillNums: r.essential ? r.essential.split(',').map(Number) : [],
    optionalSkillNums: r.optional ? r.optional.split(',').map(Number) : [],
    languageRequirements: r.language_requirements,
    minEqfLevel: r.min_eqf_level,
    minExperienceYears: r.min_experience_years,
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
 * A replica of the PostgreSQL vacancy index (search_vacancy) in this process, for exact
 * top-k matching of vacancies for a candidate (exact-vacancies.ts). Kept as CandidatePool
 * keeps the candidate index: loaded at boot; before each use it reads what changed since
 * its last look, by the transaction ids the index rows and removal records carry, in one
 * indexed query, so a match sees every index write committed before it started, on every
 * API instance. PostgreSQL stays the source of truth: matching still asks it whether each
 * vacancy about to be shown is published by a verified employer.
 */
@Injectable()
export class VacancyPool implements OnApplicationBootstrap {
  private readonly logger = new Logger('VacancyPool');
  private store = new VacancyStore();
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

  /** Whether matching ranks from this pool: the PostgreSQL engine fills search_vacancy. */
  get enabled(): boolean {
    return this.engine.kind === 'postgres';
  }

  onApplicationBootstrap(): void {
    if (this.enabled) void this.load().catch(() => undefined);
  }

  /** The store, up to date with every index write committed before this call. */
  async current(): Promise<VacancyStore> {
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
   * Takes vacancies the database no longer shows out of this replica at once. Only the slot
   * that was refused: a newer version the replica read meanwhile stays.
   */
  forget(refused: readonly { id: string; slot: number }[]): void {
    for (const { id, slot } of refused) if (this.store.slotOfId(id) === slot) this.store.remove(id);
  }

  /** Size and memory, for the benchmarks and the README. */
  report(): { vacancies: number; typedArrayBytes: number; loadMs: number } {
    return { vacancies: this.store.size, typedArrayBytes: this.store.typedBytes, loadMs: Math.round(this.loadMs) };
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
    const store = new VacancyStore();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const [snapshot] = (await runner.query(
        `SELECT pg_snapshot_xmax(s)::text AS xmax, (SELECT string_agg(x::text, ',') FROM pg_snapshot_xip(s) x) AS xip
         FROM pg_current_snapshot() s`,
      )) as { xmax: string; xip: string | null }[];
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = (await runner.query(
          `SELECT ${COLUMNS} FROM search_vacancy v WHERE v.id > $1 ORDER BY v.id LIMIT ${LOAD_PAGE}`,
          [after],
        )) as VacancyRow[];
        for (const row of rows) store.upsert(toStored(row));
        if (rows.length < LOAD_PAGE) break;
        after = rows.at(-1)!.id;
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
    this.logger.log(`Loaded ${store.size} vacancies in ${Math.round(this.loadMs)} ms`);
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
    const rows = await this.dataSource.query<(VacancyRow & { kind: 'u' | 'd' | 's'; xmax: string; xip: string })[]>(
      `SELECT 'u' AS kind, ${COLUMNS}, NULL AS xmax, NULL AS xip FROM search_vacancy v
         WHERE v.changed_xid >= $1::bigint OR v.changed_xid = ANY($2::bigint[])
       UNION ALL
       SELECT 'd', r.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM search_vacancy_removal r
         WHERE (r.removed_xid >= $1::bigint OR r.removed_xid = ANY($2::bigint[]))
           AND NOT EXISTS (SELECT 1 FROM search_vacancy v WHERE v.id = r.id)
       UNION ALL
       SELECT 's', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, pg_snapshot_xmax(s)::text,
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
        `DELETE FROM search_vacancy_removal WHERE removed_at < now() - interval '${REMOVAL_HISTORY}'`,
      );
    }
  }
}
