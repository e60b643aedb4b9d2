import { runCli } from 'src/cli/cli-context';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';

void runCli([], async (context) => {
  const engine = context.get<SearchEngine>(SEARCH_ENGINE);
  const started = performance.now();
  await engine.reindexTaxonomy();
  console.log(
    engine.kind === 'postgres'
      ? 'Search engine is PostgreSQL: its indexes are part of the tables, nothing to rebuild.'
      : `Rebuilt the ${engine.kind} taxonomy indexes in ${Math.round(performance.now() - started)} ms.`,
  );
});
