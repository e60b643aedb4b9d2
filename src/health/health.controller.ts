import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Pool } from 'pg';
import { HEALTH_DATABASE } from 'src/database/database.module';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { Public } from 'src/auth/auth.decorators';
import { HealthIndicator, HEALTH_INDICATORS } from 'src/health/health-indicator';
import { OutboxRepository } from 'src/search/outbox/outbox.repository';

export interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

async function timed(check: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** How far the search index is behind; reported, but a lagging outbox does not make the service unready. */
export type OutboxHealth = Awaited<ReturnType<OutboxRepository['stats']>> | { error: string };

/**
 * GET /health (readiness): 200 when every dependency answers in time, 503 otherwise, with each
 * one's latency and the search outbox's backlog and lag. The database (and the outbox) are asked
 * over a connection of their own, so a pool busy with requests still reports up. GET
 * /health/live (liveness) answers from the process alone.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HEALTH_DATABASE) private readonly database: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[],
    private readonly outbox: OutboxRepository,
  ) {}

  /** For an orchestrator's liveness probe: touches no dependency, so a slow database restarts nothing. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get()
  async check(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'ok' | 'error'; checks: Record<string, CheckResult>; outbox: OutboxHealth }> {
    const timeoutMs = this.config.health.timeoutMs;
    const named: [string, () => Promise<unknown>][] = [
      ['database', () => this.database.query('SELECT 1')],
      ...this.indicators.map((i): [string, () => Promise<unknown>] => [i.name, () => i.check()]),
    ];
    const [results, outbox] = await Promise.all([
      Promise.all(named.map(async ([name, check]) => [name, await timed(check, timeoutMs)] as const)),
      this.outboxHealth(timeoutMs),
    ]);
    const checks = Object.fromEntries(results);
    const healthy = results.every(([, result]) => result.status === 'up');
    res.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'error', checks, outbox };
  }

  private async outboxHealth(timeoutMs: number): Promise<OutboxHealth> {
    let stats: OutboxHealth | undefined;
    const result = await timed(async () => (stats = await this.outbox.stats(this.database)), timeoutMs);
    return stats ?? { error: result.error ?? 'no answer' };
  }
}
