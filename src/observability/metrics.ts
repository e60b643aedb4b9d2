import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ErrorCode } from 'src/common/errors';
import type { OperationLabel } from 'src/observability/operation-label';

/** Every code a GraphQL error can carry (docs/api.md), so the outcome label has a fixed set of values. */
const ERROR_CODES: Record<ErrorCode, true> = {
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  BAD_USER_INPUT: true,
  NOT_FOUND: true,
  CONFLICT: true,
  RATE_LIMITED: true,
  INTERNAL: true,
};

/** `OK`, one of the documented error codes, or `OTHER`: never a free-form string. */
export function outcomeLabel(code: unknown): string {
  if (code === undefined || code === null) return 'OK';
  return typeof code === 'string' && code in ERROR_CODES ? code : 'OTHER';
}

export interface PoolStats {
  size: number;
  open: number;
  idle: number;
  waiting: number;
}

export interface OutboxStats {
  ready: number;
  leased: number;
  failing: number;
  /** Age of the oldest row that is due and not yet applied; 0 when there is none. */
  lagSeconds: number;
}

/** Audit actions that are also counted, and where: the audit log already names every outcome. */
const LOGIN_OUTCOMES: Record<string, string> = {
  login: 'ok',
  'login.failed': 'refused',
  'login.rate_limited': 'rate_limited',
};

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus metrics of one application instance, in a registry of its own (several
 * instances share a test process). When metrics are off every method returns at once.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly graphql: Histogram<'type' | 'operation' | 'outcome'>;
  private readonly searchDuration: Histogram<'adapter' | 'operation'>;
  private readonly searchErrors: Counter<'adapter' | 'operation'>;
  private readonly outboxProcessed: Counter<'topic' | 'result'>;
  private readonly logins: Counter<'outcome'>;
  private readonly registrations: Counter<'role'>;
  private readonly screeningFlags: Counter<'code'>;
  private pool: (() => PoolStats | undefined) | undefined;
  private outbox: (() => Promise<OutboxStats>) | undefined;

  constructor(readonly enabled: boolean) {
    const registers = [this.registry];
    this.graphql = new Histogram({
      name: 'pathways_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation type, root field (from the schema) and outcome (OK or the error code)',
      labelNames: ['type', 'operation', 'outcome'],
      buckets: SECONDS_BUCKETS,
      registers,
    });
    this.searchDuration = new Histogram({
      name: 'pathways_search_request_duration_seconds',
      help: 'Calls to the search engine by adapter and method',
      labelNames: ['adapter', 'operation'],
      buckets: SECONDS_BUCKETS,
      registers,
    });
    this.searchErrors = new Counter({
      name: 'pathways_search_errors_total',
      help: 'Search engine calls that failed, by adapter and method',
      labelNames: ['adapter', 'operation'],
      registers,
    });
    this.outboxProcessed = new Counter({
      name: 'pathways_outbox_rows_processed_total',
      help: 'Search outbox rows handled by this instance: applied, or failed and retried later',
      labelNames: ['topic', 'result'],
      registers,
    });
    this.logins = new Counter({
      name: 'pathways_logins_total',
      help: 'Login attempts by outcome: ok, refused (wrong email or password) or rate_limited',
      labelNames: ['outcome'],
      registers,
    });
    this.registrations = new Counter({
      name: 'pathways_registrations_total',
      help: 'Self-service sign-ups by role',
      labelNames: ['role'],
      registers,
    });
    this.screeningFlags = new Counter({
      name: 'pathways_screening_flags_total',
      help: 'Fair-recruitment screening flags raised on vacancies sent for publication, by flag code',
      labelNames: ['code'],
      registers,
    });
    // Known series start at zero, so rate() sees the first increment.
    for (const outcome of Object.values(LOGIN_OUTCOMES)) this.logins.labels(outcome).inc(0);
    this.poolGauges(registers);
    this.outboxGauges(registers);
    if (enabled) collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
  }

  /** One GraphQL request, timed from its start until the response was ready. */
  graphqlRequest(label: OperationLabel, outcome: string, seconds: number): void {
    if (!this.enabled) return;
    this.graphql.labels(label.type, label.operation, outcome).observe(seconds);
  }

  searchCall(adapter: string, operation: string, seconds: number, failed: boolean): void {
    if (!this.enabled) return;
    this.searchDuration.labels(adapter, operation).observe(seconds);
    if (failed) this.searchErrors.labels(adapter, operation).inc();
  }

  outboxRows(topic: string, result: 'applied' | 'failed', rows: number): void {
    if (!this.enabled) return;
    this.outboxProcessed.labels(topic, result).inc(rows);
  }

  /** Counts the audited events that are also metrics (logins and sign-ups); others are ignored. */
  audited(action: string, actorRole: string | null): void {
    if (!this.enabled) return;
    const outcome = LOGIN_OUTCOMES[action];
    if (outcome) this.logins.labels(outcome).inc();
    else if (action === 'user.registered') this.registrations.labels(actorRole ?? 'unknown').inc();
  }

  screeningFlagsRaised(codes: readonly string[]): void {
    if (!this.enabled) return;
    for (const code of codes) this.screeningFlags.labels(code).inc();
  }

  /** Where pool figures come from; read at each scrape. */
  watchPool(read: () => PoolStats | undefined): void {
    this.pool = read;
  }

  /** Where outbox figures come from; one query at each scrape. */
  watchOutbox(read: () => Promise<OutboxStats>): void {
    this.outbox = read;
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private poolGauges(registers: Registry[]): void {
    const read = () => this.pool?.();
    const gauge = (name: string, help: string, value: (stats: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const stats = read();
          if (stats) this.set(value(stats));
        },
      });
    gauge('pathways_db_pool_size', 'Connections the database pool may open', (s) => s.size);
    gauge(
      'pathways_db_pool_in_use',
      'Pool connections checked out by a query or transaction now',
      (s) => s.open - s.idle,
    );
    gauge('pathways_db_pool_idle', 'Open pool connections waiting for work', (s) => s.idle);
    gauge('pathways_db_pool_waiting', 'Queries waiting for a pool connection to come free', (s) => s.waiting);
  }

  private outboxGauges(registers: Registry[]): void {
    // One query feeds both gauges: a scrape collects them concurrently, the first call runs it.
    let pending: Promise<OutboxStats | undefined> | undefined;
    const read = (): Promise<OutboxStats | undefined> => {
      pending ??= (this.outbox?.() ?? Promise.resolve(undefined))
        .catch(() => undefined)
        .finally(() => (pending = undefined));
      return pending;
    };
    new Gauge({
      name: 'pathways_outbox_rows',
      help: 'Search outbox rows not yet applied: ready (waiting for a worker), leased (being applied), failing (last attempt failed, retried with backoff)',
      labelNames: ['state'],
      registers,
      async collect() {
        const stats = await read();
        this.reset();
        if (!stats) return;
        this.labels('ready').set(stats.ready);
        this.labels('leased').set(stats.leased);
        this.labels('failing').set(stats.failing);
      },
    });
    new Gauge({
      name: 'pathways_outbox_lag_seconds',
      help: 'Age of the oldest search outbox row that is due and not yet applied (0 when none): how far the search index is behind',
      registers,
      async collect() {
        const stats = await read();
        if (stats) this.set(stats.lagSeconds);
      },
    });
  }
}
