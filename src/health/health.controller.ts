import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Pool } from 'pg';
import { HEALTH_DATABASE } from 'src/database/database.module';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { Public } from 'src/auth/auth.decorators';
import { HealthIndicator, HEALTH_INDICATORS } from 'src/health/health-indicator';

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

/**
 * GET /health: 200 when every dependency answers in time, 503 otherwise. The database is
 * asked over a connection of its own, so a pool busy with requests still reports up.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HEALTH_DATABASE) private readonly database: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[],
  ) {}

  @Get()
  async check(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'ok' | 'error'; checks: Record<string, CheckResult> }> {
    const timeoutMs = this.config.health.timeoutMs;
    const named: [string, () => Promise<unknown>][] = [
      ['database', () => this.database.query('SELECT 1')],
      ...this.indicators.map((i): [string, () => Promise<unknown>] => [i.name, () => i.check()]),
    ];
    const results = await Promise.all(
      named.map(async ([name, check]) => [name, await timed(check, timeoutMs)] as const),
    );
    const checks = Object.fromEntries(results);
    const healthy = results.every(([, result]) => result.status === 'up');
    res.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'error', checks };
  }
}
