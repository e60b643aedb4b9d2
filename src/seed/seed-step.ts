import { Type } from '@nestjs/common';

/** What a seed step may use: the providers of the running application or CLI context. */
export interface SeedContext {
  get<T>(type: Type<T> | symbol, options?: { strict: boolean }): T;
}

/**
 * One idempotent piece of demo or bootstrap data. Features add theirs to SEED_STEPS
 * (src/seed/seed.ts); each returns a line saying what it did.
 */
export interface SeedStep {
  name: string;
  run(context: SeedContext): Promise<string>;
}
