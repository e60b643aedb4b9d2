import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { DEFAULT_WEIGHTS, MatchWeights, validateWeights, WEIGHT_KEYS } from 'src/config/match-weights';

export type NodeEnv = 'development' | 'production' | 'test';
export type SearchEngineKind = 'postgres' | 'meilisearch';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type TraceSampler =
  | 'always_on'
  | 'always_off'
  | 'traceidratio'
  | 'parentbased_always_on'
  | 'parentbased_always_off'
  | 'parentbased_traceidratio';

/** The one typed configuration object, built from the environment once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  http: {
    host: string;
    port: number;
    bodyLimit: string;
    shutdownTimeoutMs: number;
    /** Proxies in front of the service whose X-Forwarded-For to believe (0: none), for per-IP limits and logs. */
    trustProxyHops: number;
  };
  database: {
    /** A real PostgreSQL server; when absent the embedded PGlite is started. */
    url?: string;
    embeddedDir: string;
    /** shared_buffers of the embedded database, which lives in this process's memory. */
    embeddedSharedBuffers: string;
    poolSize: number;
    migrateOnBoot: boolean;
    statementTimeoutMs: number;
    /** How long a request waits for a pooled connection before it is answered RATE_LIMITED. */
    acquireTimeoutMs: number;
  };
  graphql: {
    maxDepth: number;
    maxCost: number;
    /** Aliased fields per operation (fragments counted each time they are spread). */
    maxAliases: number;
    /** Distinct root fields of a query operation. */
    maxRootFields: number;
    /** Distinct root fields of a mutation operation. */
    maxMutations: number;
    /** Time budget of one request; work left when it runs out is answered RATE_LIMITED. */
    requestTimeoutMs: number;
    landingPage: boolean;
  };
  /** Anonymous GraphQL requests per client address, counted in this process (per instance). */
  anonymous: { maxPerIp: number; windowSeconds: number };
  auth: {
    jwtSecret: string;
    jwtExpiresInSeconds: number;
    loginMaxAttempts: number;
    loginWindowSeconds: number;
    registrationMaxPerIp: number;
    registrationWindowSeconds: number;
    /** Password hashes (32 MiB of scrypt each) computed at once by this process; more wait in line. */
    hashConcurrency: number;
    /** Hashes allowed to wait for a slot; beyond that a login or registration is answered RATE_LIMITED. */
    hashQueue: number;
  };
  /** Whether an empty database loads the demo data at boot (never an account in production). */
  seed: { demoOnEmpty: boolean };
  search: {
    engine: SearchEngineKind;
    meiliUrl?: string;
    meiliMasterKey?: string;
    indexPrefix: string;
    outbox: { worker: boolean; pollMs: number; batchSize: number; leaseMs: number; retryBaseMs: number };
  };
  /** The age of majority candidates must have reached (docs/rules.md, rule 1: 18 unless configured). */
  candidates: { minAge: number };
  matching: {
    weights: MatchWeights;
    /** How many candidates (or vacancies) retrieval hands the scorer for one query. */
    retrievalLimit: number;
    /** Match counts stop here (totalCount then means "at least"), so counting never scans everyone. */
    countCap: number;
    /**
     * Whether the in-process index replicas load when the application starts (the server);
     * commands that build the application for one task leave them to load on first use.
     */
    preloadReplicas: boolean;
  };
  /** Profiles not updated for this many months are hidden and flagged (`npm run privacy:retention`). */
  privacy: { retentionMonths: number };
  moderation: {
    /** Distinct notifiers whose pending notices hide a published vacancy until it is reviewed. */
    noticeHideThreshold: number;
    /** Removals within twelve months that suspend an organisation pending review. */
    repeatOffenderThreshold: number;
    /** Notices per client address, and per account, in the window (trusted flaggers are not counted). */
    noticeMaxPerClient: number;
    noticeWindowSeconds: number;
  };
  health: { timeoutMs: number };
  log: { level: LogLevel };
  observability: ObservabilityConfig;
}

/** What an operator watches: Prometheus metrics and OpenTelemetry traces. */
export interface ObservabilityConfig {
  metrics: {
    /** Collect metrics at all (METRICS_ENABLED, and in production only with a token). */
    enabled: boolean;
    /** Bearer token GET /metrics requires; unset outside production means open. */
    token?: string;
  };
  /** Absent unless an OTLP endpoint is configured: then nothing of the tracing SDK is even loaded. */
  tracing?: {
    /** Where spans are POSTed (OTLP/HTTP protobuf), `/v1/traces` included. */
    tracesUrl: string;
    serviceName: string;
    sampler: TraceSampler;
    samplerRatio: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Collects every problem instead of stopping at the first, so one boot shows them all. */
class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be an integer between ${min} and ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  url(name: string, protocols: string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
      return value;
    } catch {
      this.problems.push(`${name} must be a ${protocols.join(' or ')}// URL`);
      return undefined;
    }
  }

  require(condition: boolean, problem: string): void {
    if (!condition) this.problems.push(problem);
  }
}

/** METRICS_* and the standard OTEL_* variables (those the exporter reads itself are documented only). */
function observability(r: EnvReader, nodeEnv: NodeEnv): ObservabilityConfig {
  const token = r.raw('METRICS_TOKEN');
  if (token !== undefined) r.require(token.length >= 16, 'METRICS_TOKEN must be at least 16 characters');
  // In production an open /metrics would tell anyone the traffic and the failures: no token, no metrics.
  const enabled = r.bool('METRICS_ENABLED', true) && (nodeEnv !== 'production' || token !== undefined);

  const base = r.url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']);
  const specific = r.url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:']);
  const protocol = r.oneOf('OTEL_EXPORTER_OTLP_PROTOCOL', ['http/protobuf'], 'http/protobuf');
  const sampler = r.oneOf<TraceSampler>(
    'OTEL_TRACES_SAMPLER',
    [
      'always_on',
      'always_off',
      'traceidratio',
      'parentbased_always_on',
      'parentbased_always_off',
      'parentbased_traceidratio',
    ],
    'parentbased_always_on',
  );
  const ratioText = r.raw('OTEL_TRACES_SAMPLER_ARG');
  const samplerRatio = ratioText === undefined ? 1 : Number(ratioText);
  r.require(
    Number.isFinite(samplerRatio) && samplerRatio >= 0 && samplerRatio <= 1,
    `OTEL_TRACES_SAMPLER_ARG must be a number between 0 and 1 (got "${ratioText}")`,
  );
  // The signal-specific endpoint is used as given; the general one gets the traces path (OTLP spec).
  const tracesUrl = specific ?? (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  const disabled = r.bool('OTEL_SDK_DISABLED', false);
  return {
    metrics: { enabled, token },
    tracing:
      tracesUrl && !disabled && protocol === 'http/protobuf'
        ? { tracesUrl, serviceName: r.string('OTEL_SERVICE_NAME', 'pathways'), sampler, samplerRatio }
        : undefined,
  };
}

const BYTE_SIZE = /^\d+(b|kb|mb)$/i;

/** MATCH_WEIGHT_ESSENTIAL_SKILLS and the like; each defaults to DEFAULT_WEIGHTS. */
function matchWeights(r: EnvReader): MatchWeights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const key of WEIGHT_KEYS) {
    const name = `MATCH_WEIGHT_${key.replace(/([A-Z])/g, '_$1').toUpperCase()}`;
    const value = r.raw(name);
    if (value === undefined) continue;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) r.require(false, `${name} must be a number (got "${value}")`);
    else weights[key] = parsed;
  }
  for (const problem of validateWeights(weights)) r.require(false, `Match weights: ${problem}`);
  return weights;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const r = new EnvReader(env);
  const nodeEnv = r.oneOf<NodeEnv>('NODE_ENV', ['development', 'production', 'test'], 'development');

  const bodyLimit = r.string('HTTP_BODY_LIMIT', '100kb');
  r.require(BYTE_SIZE.test(bodyLimit), `HTTP_BODY_LIMIT must look like 100kb or 1mb (got "${bodyLimit}")`);

  const embeddedSharedBuffers = r.string('EMBEDDED_DB_SHARED_BUFFERS', '32MB');
  r.require(
    /^\d+(kB|MB|GB)$/.test(embeddedSharedBuffers),
    `EMBEDDED_DB_SHARED_BUFFERS must look like 32MB or 512kB (got "${embeddedSharedBuffers}")`,
  );

  const jwtSecret = r.raw('JWT_SECRET');
  if (nodeEnv === 'production') {
    r.require(jwtSecret !== undefined, 'JWT_SECRET is required when NODE_ENV=production');
  }
  if (jwtSecret !== undefined) {
    r.require(jwtSecret.length >= 32, 'JWT_SECRET must be at least 32 characters');
  }

  const engine = r.oneOf<SearchEngineKind>('SEARCH_ENGINE', ['postgres', 'meilisearch'], 'postgres');
  const meiliUrl = r.url('MEILI_URL', ['http:', 'https:']);
  if (engine === 'meilisearch') {
    r.require(meiliUrl !== undefined, 'MEILI_URL is required when SEARCH_ENGINE=meilisearch');
  }

  const config: AppConfig = {
    nodeEnv,
    http: {
      host: r.string('HOST', '0.0.0.0'),
      port: r.int('PORT', 3000, 0, 65535),
      bodyLimit,
      shutdownTimeoutMs: r.int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 300_000),
      trustProxyHops: r.int('TRUST_PROXY_HOPS', 0, 0, 10),
    },
    database: {
      url: r.url('DATABASE_URL', ['postgres:', 'postgresql:']),
      embeddedDir: r.string('EMBEDDED_DB_DIR', '.data/pglite'),
      embeddedSharedBuffers,
      poolSize: r.int('DB_POOL_SIZE', 10, 1, 200),
      migrateOnBoot: r.bool('DB_MIGRATE_ON_BOOT', true),
      statementTimeoutMs: r.int('DB_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
      acquireTimeoutMs: r.int('DB_ACQUIRE_TIMEOUT_MS', 2_000, 10, 60_000),
    },
    graphql: {
      maxDepth: r.int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxCost: r.int('GRAPHQL_MAX_COST', 5_000, 10, 1_000_000),
      maxAliases: r.int('GRAPHQL_MAX_ALIASES', 20, 0, 10_000),
      maxRootFields: r.int('GRAPHQL_MAX_ROOT_FIELDS', 10, 1, 1_000),
      maxMutations: r.int('GRAPHQL_MAX_MUTATIONS', 5, 1, 1_000),
      requestTimeoutMs: r.int('GRAPHQL_REQUEST_TIMEOUT_MS', 10_000, 100, 600_000),
      landingPage: r.bool('GRAPHQL_LANDING_PAGE', nodeEnv === 'development'),
    },
    anonymous: {
      maxPerIp: r.int('ANONYMOUS_MAX_PER_IP', 300, 1, 1_000_000),
      windowSeconds: r.int('ANONYMOUS_WINDOW_SECONDS', 60, 1, 86_400),
    },
    auth: {
      // Outside production a per-boot secret keeps a forgotten variable from becoming a known key.
      jwtSecret: jwtSecret ?? randomBytes(32).toString('hex'),
      jwtExpiresInSeconds: r.int('JWT_EXPIRES_IN_SECONDS', 3600, 60, 30 * 24 * 3600),
      loginMaxAttempts: r.int('LOGIN_MAX_ATTEMPTS', 5, 1, 1000),
      loginWindowSeconds: r.int('LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
      registrationMaxPerIp: r.int('REGISTRATION_MAX_PER_IP', 20, 1, 1_000_000),
      registrationWindowSeconds: r.int('REGISTRATION_WINDOW_SECONDS', 3_600, 1, 7 * 86_400),
      // Half the cores (at least one) leaves the rest for everything else the service does.
      hashConcurrency: r.int('PASSWORD_HASH_CONCURRENCY', Math.max(1, Math.floor(availableParallelism() / 2)), 1, 64),
      hashQueue: r.int('PASSWORD_HASH_QUEUE', 50, 0, 10_000),
    },
    seed: { demoOnEmpty: r.bool('SEED_DEMO_ON_EMPTY', nodeEnv !== 'production') },
    search: {
      engine,
      meiliUrl,
      meiliMasterKey: r.raw('MEILI_MASTER_KEY'),
      indexPrefix: r.string('SEARCH_INDEX_PREFIX', 'pathways'),
      outbox: {
        worker: r.bool('OUTBOX_WORKER', true),
        pollMs: r.int('OUTBOX_POLL_MS', 250, 10, 60_000),
        batchSize: r.int('OUTBOX_BATCH_SIZE', 500, 1, 10_000),
        leaseMs: r.int('OUTBOX_LEASE_MS', 30_000, 100, 600_000),
        retryBaseMs: r.int('OUTBOX_RETRY_BASE_MS', 500, 10, 60_000),
      },
    },
    candidates: { minAge: r.int('CANDIDATE_MIN_AGE', 18, 16, 21) },
    matching: {
      weights: matchWeights(r),
      retrievalLimit: r.int('MATCH_RETRIEVAL_LIMIT', 200, 50, 20_000),
      countCap: r.int('MATCH_COUNT_CAP', 1_000, 100, 1_000_000),
      preloadReplicas: true,
    },
    privacy: { retentionMonths: r.int('RETENTION_MONTHS', 24, 1, 240) },
    moderation: {
      noticeHideThreshold: r.int('NOTICE_HIDE_THRESHOLD', 3, 1, 1_000),
      repeatOffenderThreshold: r.int('REPEAT_OFFENDER_THRESHOLD', 3, 1, 1_000),
      noticeMaxPerClient: r.int('NOTICE_MAX_PER_CLIENT', 10, 1, 1_000_000),
      noticeWindowSeconds: r.int('NOTICE_WINDOW_SECONDS', 3_600, 1, 7 * 86_400),
    },
    health: { timeoutMs: r.int('HEALTH_TIMEOUT_MS', 2_000, 50, 60_000) },
    log: {
      level: r.oneOf<LogLevel>(
        'LOG_LEVEL',
        ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
        nodeEnv === 'test' ? 'warn' : 'info',
      ),
    },
    observability: observability(r, nodeEnv),
  };

  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}
