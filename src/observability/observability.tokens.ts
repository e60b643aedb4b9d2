/** The started Tracing, or null when no OTLP endpoint is configured. */
export const TRACING = Symbol('TRACING');
