import { runAppCommand } from 'src/cli/cli-context';
import { SearchReindexer } from 'src/search/reindex/search-reindexer';

/** npm run search:reindex: rebuilds the configured engine's indexes from PostgreSQL. */
void runAppCommand(async (app) => {
  const started = performance.now();
  const report = await app.get(SearchReindexer).reindex((line) => process.stderr.write(`${line}\n`));
  const documents = report.topics.map((t) => `${t.documents} ${t.topic}`).join(', ');
  console.log(`Reindexed ${documents} in ${Math.round(performance.now() - started)} ms.`);
});
