import { percentile } from '../report';

/**
 * Latency of one GraphQL operation over HTTP with `clients` concurrent clients, each
 * sending its next request as soon as the previous answer arrived.
 */
export async function measureLatency(
  url: string,
  clients: number,
  requestsPerClient: number,
  body: (n: number) => unknown,
): Promise<{ clients: number; requests: number; p50Ms: number; p95Ms: number; p99Ms: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < requestsPerClient; i += 1) {
        const n = next++;
        const started = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body(n)),
        });
        const answer = (await response.json()) as { errors?: unknown };
        latencies.push(performance.now() - started);
        if (!response.ok || answer.errors) errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const ms = (p: number) => Number(percentile(latencies, p).toFixed(1));
  return { clients, requests: latencies.length, p50Ms: ms(50), p95Ms: ms(95), p99Ms: ms(99), errors };
}
