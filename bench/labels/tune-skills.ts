import { LabelIndex } from 'src/search/labels/label-index';
import { DEFAULT_SKILL_PARAMS, SkillExtractor, SkillParams } from 'src/search/labels/skill-extractor';
import { Bm25Baseline } from './bm25-baseline';
import { readConcepts } from './esco-files';
import { skillSets } from './skill-sets';

const half = (process.env.HALF ?? 'dev') as 'dev' | 'test';
const t0 = performance.now();
const { concepts, english } = readConcepts('skill');
const { queries, index: labels, prior } = skillSets(concepts, english);
const index = new LabelIndex(concepts.length, labels).finish();
const extractor = new SkillExtractor(index, prior);
console.log(`built ${index.labelCount} labels, ${index.termCount} terms in ${Math.round(performance.now() - t0)} ms`);
const sets = ['description', 'label', 'occupation'] as const;

function report(rank: (q: (typeof queries)[number]) => number[]): Record<string, string> {
  const out: Record<string, string> = {};
  const started = performance.now();
  let n = 0;
  for (const set of sets) {
    for (const language of ['en', 'fr', 'es']) {
      const qs = queries.filter((q) => q.set === set && q.language === language && q.half === half);
      if (qs.length === 0) continue;
      let hit5 = 0;
      let recall10 = 0;
      for (const q of qs) {
        const ranked = rank(q);
        if (ranked.slice(0, 5).some((c) => q.gold.includes(c))) hit5 += 1;
        recall10 += ranked.slice(0, 10).filter((c) => q.gold.includes(c)).length / Math.min(10, q.gold.length);
      }
      n += qs.length;
      out[`${set}-${language}`] =
        `${(hit5 / qs.length).toFixed(3)}/${(recall10 / qs.length).toFixed(3)} (${qs.length})`;
    }
  }
  out.msPerQuery = ((performance.now() - started) / n).toFixed(2);
  return out;
}

if (process.env.BM25) {
  const bm25 = new Bm25Baseline(labels.filter((l) => l.kind !== 'description'));
  console.log('bm25', JSON.stringify(report((q) => bm25.search(q.text, [q.language]).slice(0, 10))));
}
const variants: [string, Partial<SkillParams>][] = JSON.parse(process.env.VARIANTS ?? '[["default",{}]]');
for (const [name, v] of variants) {
  const params = { ...DEFAULT_SKILL_PARAMS, ...v };
  const languages = (l: string) => [
    { language: l, weight: 1 },
    ...(l === 'en' ? [] : [{ language: 'en', weight: params.englishWeight }]),
  ];
  console.log(
    name,
    JSON.stringify(
      report((q) =>
        extractor
          .extract(q.text, languages(q.language), params)
          .slice(0, 10)
          .map((h) => h.concept),
      ),
    ),
  );
}
