import { OperationDefinitionNode, parse } from 'graphql';
import { GraphQLTelemetryPlugin } from 'src/observability/graphql-telemetry.plugin';
import { Metrics } from 'src/observability/metrics';
import { instrumentSearchEngine } from 'src/observability/search-telemetry';
import type { SearchEngine } from 'src/search/search-engine';

type Listener = {
  didResolveOperation(context: unknown): Promise<void>;
  willSendResponse(context: unknown): Promise<void>;
};

/**
 * CPU microseconds that metrics add to one request, measured in-process over many requests so
 * that a busy machine blurs it far less than a throughput comparison: the GraphQL plugin's work
 * (label, histogram) and one timed search call, less the same search call on a bare engine.
 */
export async function metricsMicrosPerRequest(query: string, iterations = 200_000): Promise<number> {
  const metrics = new Metrics(true);
  const plugin = new GraphQLTelemetryPlugin(metrics, null);
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const answer = { documents: [], total: 0 };
  const bare = { kind: 'postgres', retrieveCandidates: () => Promise.resolve(answer) } as unknown as SearchEngine;
  const timed = instrumentSearchEngine(bare, metrics, null);
  const response = { response: { body: { kind: 'single', singleResult: { data: {} } } } };

  const cpuMicros = async (request: () => Promise<void>): Promise<number> => {
    for (let i = 0; i < iterations / 10; i++) await request(); // warm-up
    const before = process.cpuUsage();
    for (let i = 0; i < iterations; i++) await request();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / iterations;
  };
  const withMetrics = await cpuMicros(async () => {
    const listener = (await plugin.requestDidStart()) as unknown as Listener;
    await listener.didResolveOperation({ document, operation });
    await timed.retrieveCandidates({} as never);
    await listener.willSendResponse(response);
  });
  const without = await cpuMicros(async () => {
    await bare.retrieveCandidates({} as never);
  });
  return Math.max(0, withMetrics - without);
}
