import { LabelIndex } from 'src/search/labels/label-index';
import { indexWords } from 'src/search/labels/label-text';
import { DEFAULT_TITLE_PARAMS, TitleParams, TitleScorer } from 'src/search/labels/title-scorer';
import { holdOut } from './held-out';
import { Bm25Baseline } from './bm25-baseline';
import { readConcepts } from './esco-files';

const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pl', 'pt', 'nl', 'ro'];
const half = (process.env.HALF ?? 'dev') as 'dev' | 'test';

const t0 = performance.now();
const { concepts } = readConcepts('occupation');
const { queries, index: labels } = holdOut(concepts, new Set(LANGS), ['alt', 'hidden']);
const index = new LabelIndex(concepts.length, labels).finish();
const scorer = new TitleScorer(index);
console.log(
  `built ${index.labelCount} labels, ${index.termCount} terms in ${Math.round(performance.now() - t0)} ms, ~${Math.round(index.approximateBytes() / 1e6)} MB`,
);

function evaluate(params: TitleParams, mode: 'given' | 'all'): Record<string, string> {
  const out: Record<string, string> = {};
  let sum = 0;
  const started = performance.now();
  let n = 0;
  for (const language of LANGS) {
    const qs = queries.filter((q) => q.language === language && q.half === half);
    let top1 = 0;
    let top5 = 0;
    for (const q of qs) {
      const ranked = scorer.score(indexWords(q.text), mode === 'given' ? languagesFor(language, params) : null, params);
      const pos = ranked.slice(0, 5).findIndex((r) => r.concept === q.concept);
      if (pos === 0) top1 += 1;
      if (pos >= 0) top5 += 1;
    }
    n += qs.length;
    out[language] = `${(top1 / qs.length).toFixed(3)}/${(top5 / qs.length).toFixed(3)} (${qs.length})`;
    if (language !== 'en') sum += top5 / qs.length;
  }
  out.avg8top5 = (sum / (LANGS.length - 1)).toFixed(4);
  out.msPerQuery = ((performance.now() - started) / n).toFixed(2);
  return out;
}

function languagesFor(language: string, p: TitleParams) {
  return [...new Set([language, 'en', ...index.languages])].map((l) => ({
    language: l,
    weight: l === language ? 1 : l === 'en' ? p.englishWeight : p.otherWeight,
  }));
}

const variants: [string, Partial<TitleParams>][] = JSON.parse(process.env.VARIANTS ?? '[["default",{}]]');
for (const [name, v] of variants) {
  const params = { ...DEFAULT_TITLE_PARAMS, ...v };
  const modes = (process.env.MODES ?? 'given,all').split(',') as ('given' | 'all')[];
  for (const mode of modes) console.log(name, mode, JSON.stringify(evaluate(params, mode)));
}

if (process.env.BM25) {
  const bm25 = new Bm25Baseline(labels);
  const out: Record<string, string> = {};
  let sum = 0;
  for (const language of LANGS) {
    const qs = queries.filter((q) => q.language === language && q.half === half);
    let top1 = 0;
    let top5 = 0;
    for (const q of qs) {
      const pos = bm25.search(q.text, [language]).slice(0, 5).indexOf(q.concept);
      if (pos === 0) top1 += 1;
      if (pos >= 0) top5 += 1;
    }
    out[language] = `${(top1 / qs.length).toFixed(3)}/${(top5 / qs.length).toFixed(3)}`;
    if (language !== 'en') sum += top5 / qs.length;
  }
  out.avg8top5 = (sum / (LANGS.length - 1)).toFixed(4);
  console.log('bm25 native', JSON.stringify(out));
}

if (process.env.FAILS) {
  const params = { ...DEFAULT_TITLE_PARAMS, conceptBlend: 0.5, headPenalty: 0 };
  const language = process.env.FAILS;
  const qs = queries.filter((q) => q.language === language && q.half === half).slice(0, 400);
  let shown = 0;
  const labelText = (c: number) => concepts[c]!.labels.get(language)?.[0]?.text ?? '?';
  for (const q of qs) {
    const ranked = scorer.score(indexWords(q.text), languagesFor(language, params), params);
    if (ranked.slice(0, 5).some((r) => r.concept === q.concept)) continue;
    const pos = ranked.findIndex((r) => r.concept === q.concept);
    console.log(
      `Q: ${q.text} | gold: ${labelText(q.concept)} (rank ${pos}) | got: ${ranked
        .slice(0, 3)
        .map((r) => labelText(r.concept))
        .join(' ; ')}`,
    );
    if (++shown > 25) break;
  }
}
