import { fork } from 'node:child_process';
import { join } from 'node:path';
import { percentile } from '../report';

/** What the latency client is asked to send: `bodies` in turn, by `clients` concurrent clients. */
export interface LatencyPass {
  url: string;
  clients: number;
  bodies: unknown[];
}

export interface LatencyFigures {
  clients: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  /** The first error answered, if any (its GraphQL code or HTTP status). */
  firstError?: string;
}

/** Sends the pass's requests, each client sending its next one as soon as the previous answer arrived. */
export async function sendPass(pass: LatencyPass): Promise<LatencyFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  await Promise.all(
    Array.from({ length: pass.clients }, async () => {
      while (next < pass.bodies.length) {
        const body = pass.bodies[next++];
        const started = performance.now();
        const response = await fetch(pass.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        latencies.push(performance.now() - started);
        if (!response.ok || answer.errors) {
          errors += 1;
          firstError ??= answer.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const ms = (p: number) => Number(percentile(latencies, p).toFixed(1));
  return {
    clients: pass.clients,
    requests: latencies.length,
    p50Ms: ms(50),
    p95Ms: ms(95),
    p99Ms: ms(99),
    errors,
    firstError,
  };
}

/**
 * Latency of one GraphQL operation over HTTP with `clients` concurrent clients, measured by
 * a client in a process of its own (latency-client.ts), so that producing requests and
 * reading answers does not share the server's event loop.
 */
export function measureLatency(
  url: string,
  clients: number,
  requestsPerClient: number,
  body: (n: number) => unknown,
): Promise<LatencyFigures> {
  const pass: LatencyPass = {
    url,
    clients,
    bodies: Array.from({ length: clients * requestsPerClient }, (_, n) => body(n)),
  };
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'latency-client.js'), { stdio: 'inherit' });
    child.once('message', (figures: LatencyFigures) => resolve(figures));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the latency client exited with ${code}`));
    });
    child.send(pass);
  });
}
