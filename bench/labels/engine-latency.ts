import { percentile } from '../report';

/**
 * Time the engine itself takes per call (in this process, one call at a time, no HTTP or
 * GraphQL): the model's share of a request's latency. Wall and CPU time, since a loaded
 * machine stretches the first.
 */
export async function engineLatency(
  calls: number,
  call: (n: number) => Promise<unknown>,
): Promise<{ calls: number; p50Ms: number; p95Ms: number; cpuMsPerCall: number }> {
  for (let n = 0; n < Math.min(20, calls); n += 1) await call(n);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let n = 0; n < calls; n += 1) {
    const started = performance.now();
    await call(n);
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const ms = (p: number) => Number(percentile(times, p).toFixed(2));
  return {
    calls,
    p50Ms: ms(50),
    p95Ms: ms(95),
    cpuMsPerCall: Number(((used.user + used.system) / 1000 / calls).toFixed(2)),
  };
}
