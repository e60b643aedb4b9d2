import type * as OtelApi from '@opentelemetry/api';
import type { Attributes, Span, Tracer } from '@opentelemetry/api';
import type { TracerProvider } from '@opentelemetry/sdk-trace';
import type { NextFunction, Request, Response } from 'express';
import type { AfterQueryEvent, BeforeQueryEvent, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { ObservabilityConfig } from 'src/config/config';

type TracingConfig = NonNullable<ObservabilityConfig['tracing']>;

/** Operator endpoints polled every few seconds: tracing them would bury the requests that matter. */
const UNTRACED = /^\/(metrics|health)(\/|$)/;
const MAX_QUERY_TEXT = 2_000;

async function sampler(config: TracingConfig) {
  const sdk = await import('@opentelemetry/sdk-trace');
  const root = {
    always_on: () => new sdk.AlwaysOnSampler(),
    always_off: () => new sdk.AlwaysOffSampler(),
    traceidratio: () => new sdk.TraceIdRatioBasedSampler(config.samplerRatio),
  };
  switch (config.sampler) {
    case 'always_on':
    case 'always_off':
    case 'traceidratio':
      return root[config.sampler]();
    case 'parentbased_always_on':
      return new sdk.ParentBasedSampler({ root: root.always_on() });
    case 'parentbased_always_off':
      return new sdk.ParentBasedSampler({ root: root.always_off() });
    case 'parentbased_traceidratio':
      return new sdk.ParentBasedSampler({ root: root.traceidratio() });
  }
}

/**
 * OpenTelemetry tracing, started only when an OTLP endpoint is configured: then, and only
 * then, the SDK is loaded and registered. Spans are made here, by the application, rather than
 * by require hooks: Nest 12 loads express and graphql as ES modules, which those hooks do not
 * see. Each HTTP request gets a server span (named after the GraphQL operation by the GraphQL
 * plugin), and every database statement and search call made while it runs is its child.
 */
export class Tracing {
  private constructor(
    private readonly api: typeof OtelApi,
    private readonly provider: TracerProvider,
    private readonly tracer: Tracer,
  ) {}

  static async start(config: TracingConfig, serviceVersion: string): Promise<Tracing> {
    const api = await import('@opentelemetry/api');
    const { BatchSpanProcessor, TracerProvider } = await import('@opentelemetry/sdk-trace');
    const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks');
    const { W3CTraceContextPropagator } = await import('@opentelemetry/core');
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
    const { resourceFromAttributes } = await import('@opentelemetry/resources');

    // OTEL_EXPORTER_OTLP_HEADERS, timeouts and certificates are read from the environment by the exporter.
    const exporter = new OTLPTraceExporter({ url: config.tracesUrl });
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': config.serviceName, 'service.version': serviceVersion }),
      sampler: await sampler(config),
      spanProcessors: [new BatchSpanProcessor({ exporter })],
    });
    api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    api.trace.setGlobalTracerProvider(provider);
    return new Tracing(api, provider, provider.getTracer('pathways', serviceVersion));
  }

  /** Express middleware: a server span per request, continuing the caller's trace (W3C traceparent). */
  middleware(): (req: Request, res: Response, next: NextFunction) => void {
    const { api, tracer } = this;
    return (req, res, next) => {
      if (UNTRACED.test(req.path)) {
        next();
        return;
      }
      const parent = api.propagation.extract(api.ROOT_CONTEXT, req.headers);
      // Span names stay few: the route for /graphql (renamed after its operation), the method otherwise.
      const route = req.path === '/graphql' ? '/graphql' : undefined;
      const span = tracer.startSpan(
        route ? `${req.method} ${route}` : req.method,
        {
          kind: api.SpanKind.SERVER,
          attributes: {
            'http.request.method': req.method,
            'url.path': req.path,
            ...(route ? { 'http.route': route } : {}),
          },
        },
        parent,
      );
      // 'close' comes also when the client goes away before the answer, so no span is left open.
      res.once('close', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
        span.end();
      });
      api.context.with(api.trace.setSpan(parent, span), next);
    };
  }

  /** The span of the request being served, if any. */
  activeSpan(): Span | undefined {
    return this.api.trace.getActiveSpan();
  }

  /** Marks a span failed (a server fault, not a refused request). */
  fail(span: Span, message: string): void {
    span.setStatus({ code: this.api.SpanStatusCode.ERROR, message });
  }

  /** Runs `work` in a child span of the current request; outside a request it just runs it. */
  async span<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
    const { api } = this;
    const parent = api.context.active();
    if (!api.trace.getSpan(parent)) return work();
    const span = this.tracer.startSpan(name, { kind: api.SpanKind.CLIENT, attributes }, parent);
    try {
      return await api.context.with(api.trace.setSpan(parent, span), work);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      this.fail(span, error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      span.end();
    }
  }

  /**
   * A TypeORM subscriber giving every statement run inside a request a span with its SQL text
   * (placeholders, never the values: those hold names and emails). A query runner runs its
   * statements one at a time, in order, so a queue per runner pairs each start with its end.
   */
  querySubscriber(): EntitySubscriberInterface {
    const { api, tracer } = this;
    const open = new WeakMap<QueryRunner, Span[]>();
    return {
      beforeQuery(event: BeforeQueryEvent) {
        const parent = api.context.active();
        if (!api.trace.getSpan(parent) || !event.queryRunner) return;
        const text = event.query.trim();
        const operation = /^\w+/.exec(text)?.[0]?.toUpperCase() ?? 'QUERY';
        const span = tracer.startSpan(
          operation,
          {
            kind: api.SpanKind.CLIENT,
            attributes: {
              'db.system.name': 'postgresql',
              'db.operation.name': operation,
              'db.query.text': text.length > MAX_QUERY_TEXT ? `${text.slice(0, MAX_QUERY_TEXT)}…` : text,
            },
          },
          parent,
        );
        const queue = open.get(event.queryRunner) ?? [];
        queue.push(span);
        open.set(event.queryRunner, queue);
      },
      afterQuery(event: AfterQueryEvent) {
        if (!event.queryRunner) return;
        const span = open.get(event.queryRunner)?.shift();
        if (!span) return;
        if (!event.success) {
          const code = (event.error as { code?: unknown } | undefined)?.code;
          span.setStatus({ code: api.SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'failed' });
          if (typeof code === 'string') span.setAttribute('db.response.status_code', code);
        }
        span.end();
      },
    };
  }

  /** Sends what is still buffered and unregisters the SDK. */
  async shutdown(): Promise<void> {
    await this.provider.shutdown();
    this.api.trace.disable();
    this.api.context.disable();
    this.api.propagation.disable();
  }
}
