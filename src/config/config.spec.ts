import { ConfigError, loadConfig } from 'src/config/config';

describe('loadConfig', () => {
  it('gives working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.embeddedDir).toBe('.data/pglite');
    expect(config.search.engine).toBe('postgres');
    expect(config.auth.jwtSecret).toHaveLength(64);
    expect(config.privacy.retentionMonths).toBe(24);
  });

  it('keeps RETENTION_MONTHS to whole months between 1 and 240', () => {
    expect(loadConfig({ RETENTION_MONTHS: '36' }).privacy.retentionMonths).toBe(36);
    expect(() => loadConfig({ RETENTION_MONTHS: '0' })).toThrow(
      /RETENTION_MONTHS must be an integer between 1 and 240/,
    );
  });

  it('names every bad variable at once', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/db',
        SEARCH_ENGINE: 'elastic',
        DB_MIGRATE_ON_BOOT: 'maybe',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT must be an integer/);
      expect(problems).toMatch(/DATABASE_URL must be a postgres: or postgresql:\/\/ URL/);
      expect(problems).toMatch(/SEARCH_ENGINE must be one of postgres, meilisearch/);
      expect(problems).toMatch(/DB_MIGRATE_ON_BOOT must be true or false/);
      expect((error as ConfigError).problems).toHaveLength(4);
    }
  });

  it('refuses production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).auth.jwtSecret).toBe('x'.repeat(40));
  });

  it('reads the request, sign-up and hashing limits, and seeds demo data outside production only', () => {
    const defaults = loadConfig({});
    expect(defaults.graphql).toMatchObject({
      maxAliases: 20,
      maxRootFields: 10,
      maxMutations: 5,
      requestTimeoutMs: 10_000,
    });
    expect(defaults.auth).toMatchObject({ registrationMaxPerIp: 20, registrationWindowSeconds: 3600, hashQueue: 50 });
    expect(defaults.auth.hashConcurrency).toBeGreaterThanOrEqual(1);
    expect(defaults.seed.demoOnEmpty).toBe(true);
    const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(production.seed.demoOnEmpty).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO_ON_EMPTY: 'true' }).seed.demoOnEmpty,
    ).toBe(true);
    expect(() => loadConfig({ REGISTRATION_MAX_PER_IP: '0' })).toThrow(/REGISTRATION_MAX_PER_IP must be an integer/);
  });

  it('requires MEILI_URL when Meilisearch is chosen', () => {
    expect(() => loadConfig({ SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_URL is required/);
  });
});

describe('CANDIDATE_MIN_AGE', () => {
  it('defaults to 18 and accepts another age of majority', () => {
    expect(loadConfig({}).candidates.minAge).toBe(18);
    expect(loadConfig({ CANDIDATE_MIN_AGE: '19' }).candidates.minAge).toBe(19);
  });

  it('refuses an age that is no age of majority', () => {
    expect(() => loadConfig({ CANDIDATE_MIN_AGE: '12' })).toThrow(
      /CANDIDATE_MIN_AGE must be an integer between 16 and 21/,
    );
  });
});

describe('observability', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };

  it('collects metrics by default, and in production only with METRICS_TOKEN', () => {
    expect(loadConfig({}).observability.metrics).toEqual({ enabled: true, token: undefined });
    expect(loadConfig({ METRICS_ENABLED: 'false' }).observability.metrics.enabled).toBe(false);
    expect(loadConfig(production).observability.metrics.enabled).toBe(false);
    const token = 'a'.repeat(16);
    expect(loadConfig({ ...production, METRICS_TOKEN: token }).observability.metrics).toEqual({ enabled: true, token });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters');
  });

  it('leaves tracing off unless an OTLP endpoint is set', () => {
    expect(loadConfig({}).observability.tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).observability.tracing).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'pathways',
      sampler: 'parentbased_always_on',
      samplerRatio: 1,
    });
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otlp.example.org/custom',
        OTEL_SERVICE_NAME: 'pathways-eu',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.1',
      }).observability.tracing,
    ).toEqual({
      tracesUrl: 'https://otlp.example.org/custom',
      serviceName: 'pathways-eu',
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.1,
    });
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).observability
        .tracing,
    ).toBeUndefined();
  });

  it('refuses what it cannot honour', () => {
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317' })).toThrow('OTEL_EXPORTER_OTLP_ENDPOINT');
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow('OTEL_EXPORTER_OTLP_PROTOCOL');
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow('OTEL_TRACES_SAMPLER_ARG');
  });
});
