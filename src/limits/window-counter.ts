export interface WindowVerdict {
  allowed: boolean;
  /** Seconds until the key's window ends (at least 1). */
  retryAfterSeconds: number;
}

/**
 * Fixed-window hit counts per key, held in this process. Bounded: when more than
 * `maxKeys` keys are tracked, expired windows are swept, and if that is not enough the
 * oldest half is forgotten (a flood of addresses can only make the limiter forget, never
 * grow without end).
 */
export class WindowCounter {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  hit(key: string, now = Date.now()): WindowVerdict {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (!window) this.makeRoom(now);
      window = { hits: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return {
      allowed: window.hits <= this.max,
      retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)),
    };
  }

  get size(): number {
    return this.windows.size;
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    if (this.windows.size < this.maxKeys) return;
    let drop = Math.ceil(this.windows.size / 2);
    for (const key of this.windows.keys()) {
      if (drop-- <= 0) break;
      this.windows.delete(key);
    }
  }
}
