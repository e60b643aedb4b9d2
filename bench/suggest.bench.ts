import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { withScratchDatabase } from 'src/database/scratch-database';
import { PostgresSearchEngine } from 'src/search/postgres/postgres-search.engine';
import { importEsco } from './bench-support';
import { percentile, run, writeResult } from './report';

const EVAL_FILE = join(process.cwd(), '../shared/data/eval/hahu/redacted_hahu_test_with_id.csv');

/**
 * Top-1 and top-5 accuracy of suggestOccupations (title -> ESCO code) on the hahu set,
 * with latency, over the full ESCO import in a scratch database.
 */
async function main(): Promise<void> {
  const rows = parse<Record<string, string>>(readFileSync(EVAL_FILE), { columns: true, bom: true })
    .map((r) => ({ title: (r.title ?? '').trim(), code: (r.esco_code ?? '').trim() }))
    .filter((r) => r.title !== '' && r.code !== '');
  const result = await withScratchDatabase(process.env.DATABASE_URL, async (dataSource) => {
    await importEsco(dataSource);
    const codes = new Map<string, string>(
      (await dataSource.query(`SELECT id, esco_code FROM occupation`)).map((r: { id: string; esco_code: string }) => [
        r.id,
        r.esco_code,
      ]),
    );
    const engine = new PostgresSearchEngine(dataSource);
    for (const row of rows.slice(0, 10)) await engine.suggestOccupations(row.title, 5); // warm-up
    let top1 = 0;
    let top5 = 0;
    const latencies: number[] = [];
    for (const row of rows) {
      const started = performance.now();
      const hits = await engine.suggestOccupations(row.title, 5);
      latencies.push(performance.now() - started);
      const suggested = hits.map((h) => codes.get(h.id));
      if (suggested[0] === row.code) top1 += 1;
      if (suggested.includes(row.code)) top5 += 1;
    }
    latencies.sort((a, b) => a - b);
    return {
      engine: 'postgres',
      target: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
      examples: rows.length,
      top1Accuracy: +(top1 / rows.length).toFixed(4),
      top5Accuracy: +(top5 / rows.length).toFixed(4),
      latencyMs: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1) },
      measuredAt: new Date().toISOString(),
    };
  });
  writeResult('suggest', result);
  console.log(JSON.stringify(result, null, 2));
}

run(main);
