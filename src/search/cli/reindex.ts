import { Presets, SingleBar } from 'cli-progress';
import { runAppCommand } from 'src/cli/cli-context';
import { SearchReindexer } from 'src/search/reindex/search-reindexer';

/** npm run search:reindex: rebuilds the configured engine's indexes from PostgreSQL. */
void runAppCommand(async (app) => {
  const started = performance.now();
  // A bar on a terminal; a line per step otherwise (logs, CI).
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: '{topic} [{bar}] {value}/{total}', stream: process.stderr }, Presets.shades_classic)
    : null;
  let current = '';
  const report = await app.get(SearchReindexer).reindex(
    (line) => {
      bar?.stop();
      current = '';
      process.stderr.write(`${line}\n`);
    },
    (topic, done, total) => {
      if (!bar) return;
      if (topic !== current) {
        current = topic;
        bar.start(total, done, { topic: topic.padEnd(10) });
      } else bar.update(done);
    },
  );
  bar?.stop();
  const documents = report.topics.map((t) => `${t.documents} ${t.topic}`).join(', ');
  console.log(`Reindexed ${documents} in ${Math.round(performance.now() - started)} ms.`);
});
