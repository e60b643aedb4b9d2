import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { TaxonomyTextModel } from 'src/search/labels/taxonomy-model';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { TaxonomyLabelsRepository } from 'src/search/taxonomy/taxonomy-labels.repository';
import { I18N_DIR, ESCO_DIR, importEsco } from './bench-support';
import { run, writeResult } from './report';
import { Bm25Baseline } from './labels/bm25-baseline';
import { conceptsOf } from './labels/from-database';
import { holdOut } from './labels/held-out';
import { engineLatency } from './labels/engine-latency';
import { measureLatency } from './labels/latency';
import { retainedMb } from './labels/memory';
import { round, startBenchApp } from './match/bench-app';

const EVAL_FILE = join(process.cwd(), '../shared/data/eval/hahu/redacted_hahu_test_with_id.csv');
const TARGET_LANGUAGES = ['fr', 'de', 'es', 'it', 'pl', 'pt', 'nl', 'ro'];
const LATENCY_REQUESTS = Number(process.env.SUGGEST_BENCH_REQUESTS ?? 250);
const FLOOR_QUERY = `{ occupations(first: 5) { edges { node { id label } } } }`;
const QUERY = `query ($title: String!, $language: String) {
  suggestOccupations(title: $title, language: $language) { score occupation { id label } } }`;

function accuracy<T>(queries: { text: string; language: string; gold: T }[], rank: (q: string, l: string) => T[]) {
  let top1 = 0;
  let top5 = 0;
  for (const q of queries) {
    const ranked = rank(q.text, q.language).slice(0, 5);
    if (ranked[0] === q.gold) top1 += 1;
    if (ranked.includes(q.gold)) top5 += 1;
  }
  const n = Math.max(1, queries.length);
  return { examples: queries.length, top1: round(top1 / n, 4), top5: round(top5 / n, 4) };
}

/**
 * `npm run bench:suggest`: title -> ESCO occupation on the full import (English v1.1.1 and
 * every language of esco-v1.1.1-i18n) through the real importer.
 * - hahu: 542 real English job-ad titles, top-1 and top-5 of the ESCO code;
 * - held out: per language, one alternative label of each occupation of the `test` half
 *   taken out of the index and used as the title (the `dev` half chose the parameters),
 *   with the language given and omitted, beside plain BM25 over the native labels;
 * - latency of suggestOccupations over HTTP with 4 concurrent clients.
 */
async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const bench = await startBenchApp({ LOG_LEVEL: 'error', ANONYMOUS_MAX_PER_IP: '1000000' });
  try {
    const imported = await importEsco(bench.dataSource, ESCO_DIR, [I18N_DIR]);
    const engine = bench.app.get<SearchEngine>(SEARCH_ENGINE);
    const modelMb = await retainedMb(() => engine.reindexTaxonomy());
    log(`Imported in ${Math.round(imported.importMs)} ms; model built`);

    const codes = new Map<string, string>(
      (
        await bench.dataSource.query<{ id: string; code: string }[]>(`SELECT id, esco_code AS code FROM occupation`)
      ).map((r) => [r.id, r.code]),
    );
    const hahu = parse<Record<string, string>>(readFileSync(EVAL_FILE), { columns: true, bom: true })
      .map((r) => ({ text: (r.title ?? '').trim(), language: 'en', gold: (r.esco_code ?? '').trim() }))
      .filter((r) => r.text !== '' && r.gold !== '');
    const hahuRank = async (language: string | null) => {
      const ranked = new Map<string, string[]>();
      for (const q of hahu) {
        const hits = await engine.suggestOccupations(q.text, 5, language);
        ranked.set(
          q.text,
          hits.map((h) => codes.get(h.id)!),
        );
      }
      return accuracy(hahu, (text) => ranked.get(text)!);
    };
    const hahuResult = { languageOmitted: await hahuRank(null), languageEn: await hahuRank('en') };
    log(`hahu: ${JSON.stringify(hahuResult)}`);

    const repository = new TaxonomyLabelsRepository(bench.dataSource);
    const occupations = await repository.occupations();
    const concepts = await conceptsOf(bench.dataSource, 'occupation', occupations.ids, occupations.labels);
    const languages = [...new Set(occupations.labels.map((l) => l.language))].sort();
    const { queries, index } = holdOut(concepts, new Set(languages), ['alt', 'hidden']);
    const test = queries.filter((q) => q.half === 'test');
    const model = await TaxonomyTextModel.build(
      { ...occupations, labels: index },
      { ids: [], labels: [], prior: new Float32Array(0) },
    );
    const bm25 = new Bm25Baseline(index);
    const perLanguage: Record<string, unknown> = {};
    for (const language of languages) {
      const qs = test
        .filter((q) => q.language === language)
        .map((q) => ({ text: q.text, language, gold: occupations.ids[q.concept]! }));
      if (qs.length === 0) continue;
      perLanguage[language] = {
        languageGiven: accuracy(qs, (t, l) => model.suggestOccupations(t, 5, l).map((h) => h.id)),
        languageOmitted: accuracy(qs, (t) => model.suggestOccupations(t, 5, null).map((h) => h.id)),
        bm25NativeLabels: accuracy(qs, (t, l) => bm25.search(t, [l]).map((c) => occupations.ids[c]!)),
      };
      log(`${language}: ${JSON.stringify(perLanguage[language])}`);
    }
    const mean = (key: 'languageGiven' | 'languageOmitted' | 'bm25NativeLabels') =>
      round(
        TARGET_LANGUAGES.reduce((sum, l) => sum + (perLanguage[l] as Record<string, { top5: number }>)[key]!.top5, 0) /
          TARGET_LANGUAGES.length,
        4,
      );
    const targetMeanTop5 = {
      languageGiven: mean('languageGiven'),
      languageOmitted: mean('languageOmitted'),
      bm25NativeLabels: mean('bm25NativeLabels'),
    };

    await bench.app.listen(0, '127.0.0.1');
    const address = bench.app.getHttpServer().address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    const titles = [
      ...hahu.map((q) => ({ title: q.text, language: null as string | null })),
      ...test.slice(0, 1000).map((q, i) => ({ title: q.text, language: i % 2 ? q.language : null })),
    ];
    const pick = (n: number) => titles[(n * 7919) % titles.length]!;
    await measureLatency(url, 1, 20, (n) => ({ query: QUERY, variables: pick(n) })); // warm-up
    const loadBefore = loadavg()[0]!;
    const latency = await measureLatency(url, 4, LATENCY_REQUESTS, (n) => ({ query: QUERY, variables: pick(n) }));
    // The same stack without the model: a public query reading as many occupations from the database.
    const floor = await measureLatency(url, 4, LATENCY_REQUESTS, () => ({ query: FLOOR_QUERY }));
    const engineOnly = await engineLatency(LATENCY_REQUESTS * 4, (n) => {
      const { title, language } = pick(n);
      return engine.suggestOccupations(title, 5, language);
    });
    const result = {
      engine: 'postgres (in-memory title model)',
      target: bench.engineLabel,
      serverModelHeapMb: modelMb,
      machine: { cpus: cpus().length, loadAverage1m: [round(loadBefore, 2), round(loadavg()[0]!, 2)] },
      model: model.size,
      hahu: hahuResult,
      heldOut: {
        description:
          'one alternative or hidden label per occupation and language held out of the index (test half); top-1/top-5',
        targetLanguages: TARGET_LANGUAGES,
        targetMeanTop5,
        perLanguage,
      },
      latency: { operation: 'suggestOccupations over HTTP', ...latency },
      floorLatency: { operation: 'occupations(first: 5) over HTTP (no model)', ...floor },
      engineOnly,
      measuredAt: new Date().toISOString(),
    };
    writeResult('suggest', result);
    console.log(JSON.stringify({ ...result, heldOut: { ...result.heldOut, perLanguage: undefined } }, null, 2));
  } finally {
    await bench.close();
  }
}

run(main);
