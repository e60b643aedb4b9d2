import { withScratchDatabase } from 'src/database/scratch-database';
import { importEsco } from './bench-support';
import { run, writeResult } from './report';

/**
 * Times the full ESCO v1.1.1 import into a fresh database: the server named by
 * DATABASE_URL, or the embedded PGlite when none is named. Then times the second
 * (no-op) run.
 */
async function main(): Promise<void> {
  const target = process.env.DATABASE_URL ? 'postgresql' : 'pglite';
  const result = await withScratchDatabase(process.env.DATABASE_URL, async (dataSource) => {
    const [{ version }] = await dataSource.query(`SELECT current_setting('server_version') AS version`);
    const first = await importEsco(dataSource);
    const second = await importEsco(dataSource);
    return {
      target,
      serverVersion: version as string,
      counts: first.report.counts,
      skippedRows: first.report.skipped.length,
      readAndParseSeconds: +(first.readMs / 1000).toFixed(2),
      importSeconds: +(first.importMs / 1000).toFixed(2),
      totalSeconds: +((first.readMs + first.importMs) / 1000).toFixed(2),
      secondRunSeconds: +((second.readMs + second.importMs) / 1000).toFixed(2),
      secondRunChanged: second.report.changed,
      measuredAt: new Date().toISOString(),
    };
  });
  writeResult(target === 'postgresql' ? 'import' : 'import-pglite', result);
  console.log(JSON.stringify(result, null, 2));
}

run(main);
