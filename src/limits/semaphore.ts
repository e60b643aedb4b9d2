/** Thrown when a semaphore's waiting line is full. */
export class SemaphoreFullError extends Error {
  constructor() {
    super('Too many callers are waiting');
    this.name = 'SemaphoreFullError';
  }
}

/** Waiting callers in the `urgent` lane are let in before any in the `normal` lane. */
export type Lane = 'urgent' | 'normal';

/**
 * At most `permits` tasks at once. Callers beyond that wait in one of two lanes, first come
 * first served within a lane, urgent before normal; each lane holds at most `maxWaiting`,
 * and beyond that `run` refuses at once rather than letting a queue grow without end. A
 * flood in one lane can therefore neither delay nor lock out the other.
 */
export class Semaphore {
  private active = 0;
  private peak = 0;
  private readonly waiting: Record<Lane, (() => void)[]> = { urgent: [], normal: [] };

  constructor(
    private readonly permits: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(task: () => Promise<T>, lane: Lane = 'normal'): Promise<T> {
    await this.acquire(lane);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** The most tasks that ever ran at once. */
  get peakActive(): number {
    return this.peak;
  }

  private acquire(lane: Lane): Promise<void> {
    if (this.active < this.permits) {
      this.active += 1;
      this.peak = Math.max(this.peak, this.active);
      return Promise.resolve();
    }
    const line = this.waiting[lane];
    if (line.length >= this.maxWaiting) return Promise.reject(new SemaphoreFullError());
    // The permit passes straight from the releasing task to the next in line.
    return new Promise((resolve) => line.push(resolve));
  }

  private release(): void {
    const next = this.waiting.urgent.shift() ?? this.waiting.normal.shift();
    if (next) next();
    else this.active -= 1;
  }
}
