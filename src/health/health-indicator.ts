/** Something /health asks about besides the database (the search engine, once configured). */
export interface HealthIndicator {
  readonly name: string;
  check(): Promise<unknown>;
}

export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');
