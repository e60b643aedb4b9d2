import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DynamicModule,
  Global,
  Inject,
  Logger,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationShutdown,
  OnModuleInit,
  RequestMethod,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { HEALTH_DATABASE } from 'src/database/database.module';
import { GraphQLTelemetryPlugin } from 'src/observability/graphql-telemetry.plugin';
import { metricsEndpoint } from 'src/observability/metrics.endpoint';
import { Metrics } from 'src/observability/metrics';
import { TRACING } from 'src/observability/observability.tokens';
import { Tracing } from 'src/observability/tracing';
import { OutboxRepository } from 'src/search/outbox/outbox.repository';

function serviceVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Rejects when `promise` has not settled within `ms`, so a scrape never waits on a busy pool for long. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Metrics (GET /metrics) and traces (OTLP), global so features can count at their few points.
 * With metrics off and no OTLP endpoint, it registers no route, no plugin and no middleware.
 */
@Global()
@Module({})
export class ObservabilityModule implements NestModule, OnModuleInit, OnApplicationShutdown {
  static forRoot(config: AppConfig): DynamicModule {
    const { metrics, tracing } = config.observability;
    return {
      module: ObservabilityModule,
      providers: [
        { provide: Metrics, useFactory: () => new Metrics(metrics.enabled) },
        {
          provide: TRACING,
          useFactory: async (): Promise<Tracing | null> => {
            if (!tracing) return null;
            new Logger('Tracing').log(`Exporting traces to ${tracing.tracesUrl}`);
            return Tracing.start(tracing, serviceVersion());
          },
        },
        ...(metrics.enabled || tracing ? [GraphQLTelemetryPlugin] : []),
      ],
      exports: [Metrics, TRACING],
    };
  }

  constructor(
    private readonly metrics: Metrics,
    @Inject(TRACING) private readonly tracing: Tracing | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    @Inject(HEALTH_DATABASE) private readonly healthDatabase: Pool,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    // Before every route, so the request's span is current while GraphQL and the database work.
    if (this.tracing) consumer.apply(this.tracing.middleware()).forRoutes({ path: '*path', method: RequestMethod.ALL });
    if (this.metrics.enabled) {
      consumer
        .apply(metricsEndpoint(this.metrics, this.config.observability.metrics.token))
        .forRoutes({ path: 'metrics', method: RequestMethod.GET });
    }
  }

  onModuleInit(): void {
    if (this.config.nodeEnv === 'production' && !this.config.observability.metrics.token) {
      new Logger('Metrics').log('METRICS_TOKEN is not set: /metrics is not served in production');
    }
    if (this.metrics.enabled) {
      const pool = (this.dataSource.driver as PostgresDriver).master as
        { totalCount: number; idleCount: number; waitingCount: number; options: { max: number } } | undefined;
      this.metrics.watchPool(() =>
        pool
          ? { size: pool.options.max, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }
          : undefined,
      );
      // Over the health connection, so a scrape still sees the outbox when requests hold the whole pool.
      this.metrics.watchOutbox(() => within(this.outbox.stats(this.healthDatabase), this.config.health.timeoutMs));
    }
    if (this.tracing) this.dataSource.subscribers.push(this.tracing.querySubscriber());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.tracing?.shutdown();
  }
}
