import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CounterState, RateLimitsRepository } from 'src/limits/rate-limits.repository';

/** A value counted under a scope, with the most hits its window allows. */
export interface CountedKey {
  scope: string;
  value: string;
  max: number;
}

export interface Reservation {
  allowed: boolean;
  retryAfterSeconds: number;
  /** The hits taken, to give back when the attempt turns out not to count (a successful login). */
  counters: Pick<CounterState, 'key' | 'windowEndsAt'>[];
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Limits shared by every API instance, counted in PostgreSQL (rate_limit_counter). A hit is
 * taken before the expensive work it guards, so concurrent attempts cannot all pass a check
 * made before any of them was recorded.
 */
@Injectable()
export class RateLimitsService {
  private readonly logger = new Logger('RateLimits');
  private lastSweep = 0;

  constructor(private readonly counters: RateLimitsRepository) {}

  /** Takes one hit on every key; allowed only when every key is still within its maximum. */
  async reserve(keys: CountedKey[], windowSeconds: number): Promise<Reservation> {
    const digests = keys.map((k) => ({ ...k, key: digest(k.scope, k.value) }));
    const states = await this.counters.hit(
      digests.map((d) => d.key),
      windowSeconds,
    );
    this.sweepNowAndThen();
    const byKey = new Map(states.map((s) => [s.key, s]));
    let allowed = true;
    let retryAfterMs = 0;
    for (const { key, max } of digests) {
      const state = byKey.get(key)!;
      if (state.hits > max) {
        allowed = false;
        retryAfterMs = Math.max(retryAfterMs, state.windowEndsAt.getTime() - state.now.getTime());
      }
    }
    return {
      allowed,
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      counters: states.map((s) => ({ key: s.key, windowEndsAt: s.windowEndsAt })),
    };
  }

  giveBack(reservation: Reservation): Promise<void> {
    return this.counters.giveBack(reservation.counters);
  }

  private sweepNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    this.counters
      .sweep()
      .catch((error: unknown) => this.logger.warn({ msg: 'Sweeping old counters failed', err: error }));
  }
}

/** Emails and addresses are counted by digest, so the table holds nothing personal. */
function digest(scope: string, value: string): string {
  return `${scope}:${createHash('sha256').update(value).digest('base64url')}`;
}
