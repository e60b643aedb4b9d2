import { cpus, loadavg } from 'node:os';
import { LabelIndex } from 'src/search/labels/label-index';
import { DEFAULT_SKILL_PARAMS, SkillExtractor } from 'src/search/labels/skill-extractor';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { TaxonomyLabelsRepository } from 'src/search/taxonomy/taxonomy-labels.repository';
import { parseEsco } from 'src/taxonomy/import/esco-parse';
import { readEscoSource } from 'src/taxonomy/import/esco-source';
import { ESCO_DIR, I18N_DIR, importEsco } from './bench-support';
import { run, writeResult } from './report';
import { Bm25Baseline } from './labels/bm25-baseline';
import { conceptsOf } from './labels/from-database';
import { engineLatency } from './labels/engine-latency';
import { measureLatency } from './labels/latency';
import { retainedMb } from './labels/memory';
import { SkillQuery, skillSets } from './labels/skill-sets';
import { round, startBenchApp } from './match/bench-app';

const LATENCY_REQUESTS = Number(process.env.SKILLS_BENCH_REQUESTS ?? 150);
const FLOOR_QUERY = `{ skills(first: 10) { edges { node { id } } } }`;
const QUERY = `query ($text: String!) { suggestSkills(text: $text) { score evidence skill { id } } }`;

function metrics(queries: SkillQuery[], rank: (q: SkillQuery) => number[]) {
  let hit5 = 0;
  let recall10 = 0;
  for (const q of queries) {
    const ranked = rank(q).slice(0, 10);
    if (ranked.slice(0, 5).some((c) => q.gold.includes(c))) hit5 += 1;
    recall10 += ranked.filter((c) => q.gold.includes(c)).length / Math.min(10, q.gold.length);
  }
  const n = Math.max(1, queries.length);
  return { examples: queries.length, hitAt5: round(hit5 / n, 4), recallAt10: round(recall10 / n, 4) };
}

/**
 * `npm run bench:skills`: free text -> ESCO skills on the full import (English and the
 * skill labels of fr, es, fi, sv), on sets built from ESCO without leakage (skill-sets.ts):
 * description sentences and held-out alternative labels (their description or label left
 * out of the index) and occupation-description sentences (gold: the occupation's essential
 * skills), `test` half only, with the language given and omitted, beside plain BM25 over
 * the labels; the heap the server's model takes; and the latency of
 * suggestSkills on 1,000-character texts over HTTP with 4 concurrent clients.
 */
async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const bench = await startBenchApp({ LOG_LEVEL: 'error', ANONYMOUS_MAX_PER_IP: '1000000' });
  try {
    await importEsco(bench.dataSource, ESCO_DIR, [I18N_DIR]);
    const engine = bench.app.get<SearchEngine>(SEARCH_ENGINE);
    const modelMb = await retainedMb(() => engine.reindexTaxonomy());
    const skills = await new TaxonomyLabelsRepository(bench.dataSource).skills();
    const concepts = await conceptsOf(bench.dataSource, 'skill', skills.ids, skills.labels);
    const { data: english } = parseEsco(readEscoSource([ESCO_DIR]));
    const { queries, index: labels, prior } = skillSets(concepts, english);
    const extractor = new SkillExtractor(new LabelIndex(concepts.length, labels).finish(), prior);
    const bm25 = new Bm25Baseline(labels.filter((l) => l.kind !== 'description'));
    const sets: Record<string, unknown> = {};
    for (const set of ['description', 'label', 'occupation'] as const) {
      for (const language of ['en', 'fr', 'es']) {
        const qs = queries.filter((q) => q.set === set && q.language === language && q.half === 'test');
        if (qs.length === 0) continue;
        const languages = [
          { language, weight: 1 },
          ...(language === 'en' ? [] : [{ language: 'en', weight: DEFAULT_SKILL_PARAMS.englishWeight }]),
        ];
        sets[`${set}-${language}`] = {
          model: metrics(qs, (q) =>
            extractor.extract(q.text, languages, DEFAULT_SKILL_PARAMS, 10).map((h) => h.concept),
          ),
          modelLanguageOmitted: metrics(qs, (q) =>
            extractor.extract(q.text, null, DEFAULT_SKILL_PARAMS, 10).map((h) => h.concept),
          ),
          bm25Labels: metrics(qs, (q) => bm25.search(q.text, [q.language])),
        };
        log(`${set}-${language}: ${JSON.stringify(sets[`${set}-${language}`])}`);
      }
    }

    await bench.app.listen(0, '127.0.0.1');
    const address = bench.app.getHttpServer().address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    // 1,000-character texts: occupation descriptions joined until long enough, cut at 1,000.
    const descriptions = english.occupations.map((o) => o.description ?? '').filter((d) => d.length > 100);
    const text = (n: number) => {
      let out = '';
      for (let i = 0; out.length < 1000; i += 1) out += `${descriptions[(n * 31 + i) % descriptions.length]} `;
      return out.slice(0, 1000);
    };
    await measureLatency(url, 1, 10, (n) => ({ query: QUERY, variables: { text: text(n) } })); // warm-up
    const loadBefore = loadavg()[0]!;
    const latency = await measureLatency(url, 4, LATENCY_REQUESTS, (n) => ({
      query: QUERY,
      variables: { text: text(n) },
    }));
    // The same stack without the model: a public query reading as many skills from the database.
    const floor = await measureLatency(url, 4, LATENCY_REQUESTS, () => ({ query: FLOOR_QUERY }));
    const engineOnly = await engineLatency(LATENCY_REQUESTS, (n) => engine.suggestSkills(text(n), 10, null));
    const result = {
      engine: 'postgres (in-memory skill model)',
      target: bench.engineLabel,
      serverModelHeapMb: modelMb,
      machine: { cpus: cpus().length, loadAverage1m: [round(loadBefore, 2), round(loadavg()[0]!, 2)] },
      sets,
      latency: { operation: 'suggestSkills over HTTP, 1,000-character texts', ...latency },
      floorLatency: { operation: 'skills(first: 10) over HTTP (no model)', ...floor },
      engineOnly,
      measuredAt: new Date().toISOString(),
    };
    writeResult('skills', result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await bench.close();
  }
}

run(main);
