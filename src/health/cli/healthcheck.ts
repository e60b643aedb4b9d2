/**
 * The container's health check (Dockerfile HEALTHCHECK, docker-compose): GET /health on this
 * machine's PORT; exit 0 when the service and its database answer 200, 1 otherwise. Plain
 * Node, no curl in the image.
 *
 *   node dist/src/health/cli/healthcheck.js
 */
const port = process.env.PORT ?? '3000';
const url = `http://127.0.0.1:${port}/health`;

fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
  async (response) => {
    if (response.ok) process.exit(0);
    console.error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
    process.exit(1);
  },
  (error: unknown) => {
    console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
