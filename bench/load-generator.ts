import autocannon from 'autocannon';

/** What the benchmark asks of one pass; sent over the IPC channel of a forked process. */
export interface LoadPass {
  url: string;
  token: string;
  query: string;
  /** Variables of each request in turn (one request's variables may be `{}`). */
  variables: Record<string, unknown>[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
}

/**
 * The load generator, in a process of its own so that producing requests does not share the
 * server's event loop (`bench/load.bench.ts` forks it once per pass).
 */
async function generate(pass: LoadPass): Promise<LoadResult> {
  let turn = 0;
  const result = await autocannon({
    url: pass.url,
    connections: pass.connections,
    duration: pass.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${pass.token}` },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: pass.query, variables: pass.variables[turn++ % pass.variables.length] }),
        }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

process.once('message', (pass: LoadPass) => {
  generate(pass).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
