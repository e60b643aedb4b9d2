import type { Metrics } from 'src/observability/metrics';
import type { Tracing } from 'src/observability/tracing';
import type { SearchEngine } from 'src/search/search-engine';

type PortMethod = Exclude<keyof SearchEngine, 'kind'>;

/** The port's methods: the `operation` label's values. */
const PORT_METHODS = [
  'prepare',
  'searchOccupations',
  'searchSkills',
  'suggestOccupations',
  'suggestSkills',
  'reindexTaxonomy',
  'upsertVacancies',
  'deleteVacancies',
  'searchVacancies',
  'retrieveVacancies',
  'replaceVacancies',
  'upsertCandidates',
  'deleteCandidates',
  'retrieveCandidates',
  'replaceCandidates',
] as const satisfies readonly PortMethod[];

// Fails to compile when the port gains a method this list does not name.
const everyMethodListed: Exclude<PortMethod, (typeof PORT_METHODS)[number]> extends never ? true : never = true;
void everyMethodListed;

/**
 * The search engine with each port method call timed per adapter and method, failures
 * counted, and a span when it runs inside a traced request. With metrics and tracing both off
 * the engine itself is returned, so nothing is added to a call.
 */
export function instrumentSearchEngine(engine: SearchEngine, metrics: Metrics, tracing: Tracing | null): SearchEngine {
  if (!metrics.enabled && !tracing) return engine;
  const adapter = engine.kind;
  const wrapped = new Map<string, (...args: unknown[]) => Promise<unknown>>();

  for (const name of PORT_METHODS) {
    // Called with the engine as `this` below, never detached.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const method = engine[name] as (this: SearchEngine, ...args: unknown[]) => Promise<unknown>;
    const timed = async (args: unknown[]): Promise<unknown> => {
      const started = performance.now();
      let failed = false;
      try {
        return await method.apply(engine, args);
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        metrics.searchCall(adapter, name, (performance.now() - started) / 1000, failed);
      }
    };
    const attributes = { 'pathways.search.adapter': adapter, 'pathways.search.operation': name };
    wrapped.set(name, (...args) =>
      tracing ? tracing.span(`search ${name}`, attributes, () => timed(args)) : timed(args),
    );
  }

  // A Proxy keeps `instanceof` and every other property of the engine; only the port's methods change.
  return new Proxy(engine, {
    get(target, property, receiver): unknown {
      return (typeof property === 'string' && wrapped.get(property)) || Reflect.get(target, property, receiver);
    },
  });
}
