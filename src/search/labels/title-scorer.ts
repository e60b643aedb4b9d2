import { bestOf } from 'src/search/labels/best-of';
import { LabelIndex } from 'src/search/labels/label-index';
import { Expansion, ExpansionWeights } from 'src/search/labels/vocabulary';
import { Token } from 'src/search/text/fold';

/** The knobs of title scoring; DEFAULT_TITLE_PARAMS holds the values chosen on the development sets. */
export interface TitleParams {
  /** Preferred, alternative and hidden labels, and descriptions (0: not searched). */
  kindWeight: readonly [number, number, number, number];
  /** How much a label's words the query lacks count against it (0 = not at all). */
  alpha: number;
  /** How much the query's words a label lacks count against it. */
  beta: number;
  /** Share of the score a label loses when the query does not name its head word. */
  headPenalty: number;
  expansion: ExpansionWeights;
  /** Inverse document frequency given to a query word a language does not know at all. */
  unknownWordIdf: number;
  /** With no language asked for: how sharply languages the query's words fit better win (0 = all alike). */
  languageSharpness: number;
  /** Weight of the concept's coverage of the query over all its labels together, against its best label. */
  conceptBlend: number;
  /** With a language asked for: the weight of English labels, and of every other language. */
  englishWeight: number;
  otherWeight: number;
}

export const DEFAULT_TITLE_PARAMS: TitleParams = {
  kindWeight: [1, 0.97, 0.93, 0],
  alpha: 0.35,
  beta: 0.6,
  headPenalty: 0,
  expansion: { prefix: 0.85, compound: 0.6, head: 0.7, typo: 0.8 },
  unknownWordIdf: 4,
  languageSharpness: 2,
  conceptBlend: 0.5,
  englishWeight: 0.9,
  otherWeight: 0.6,
};

export interface ConceptScore {
  concept: number;
  score: number;
  /** The label that scored best. */
  label: number;
}

interface QueryWord {
  expansions: Expansion[];
  mass: number;
  /** The strongest link (1: the language knows the word). */
  best: number;
}

/** Languages in which an unknown word is looked up as a typo or a compound part. */
const FUZZY_LANGUAGES = 3;

/**
 * Scores concepts against a short text (a job title, a search box) label by label: the
 * share of inverse-document-frequency mass the query and a label have in common, against
 * what each has that the other lacks (a Tversky ratio), with a penalty when the label's head
 * word is missing and weights per label kind and language. A concept scores as its best label.
 */
export class TitleScorer {
  private readonly acc: Float32Array;
  private readonly lastWord: Int32Array;
  private readonly lastContribution: Float32Array;
  private readonly headHit: Uint8Array;
  private readonly conceptScore: Float32Array;
  private readonly conceptLabel: Int32Array;
  private readonly conceptAcc: Float32Array;
  private readonly conceptLastWord: Int32Array;
  private readonly conceptLastContribution: Float32Array;
  private readonly languageScore: Float32Array;
  private readonly languageLabel: Int32Array;

  constructor(readonly index: LabelIndex) {
    this.acc = new Float32Array(index.labelCount);
    this.lastWord = new Int32Array(index.labelCount).fill(-1);
    this.lastContribution = new Float32Array(index.labelCount);
    this.headHit = new Uint8Array(index.labelCount);
    this.conceptScore = new Float32Array(index.conceptCount);
    this.conceptLabel = new Int32Array(index.conceptCount).fill(-1);
    this.conceptAcc = new Float32Array(index.conceptCount);
    this.conceptLastWord = new Int32Array(index.conceptCount).fill(-1);
    this.conceptLastContribution = new Float32Array(index.conceptCount);
    this.languageScore = new Float32Array(index.conceptCount);
    this.languageLabel = new Int32Array(index.conceptCount).fill(-1);
  }

  /**
   * Every concept with a label sharing a word with the query, best first. `languages` limits
   * and weighs the languages; null means all of them, weighed by how well they know the words.
   */
  score(
    words: Token[],
    languages: { language: string; weight: number }[] | null,
    params: TitleParams,
    accept?: (concept: number) => boolean,
  ): ConceptScore[] {
    return this.top(words, languages, params, Infinity, accept);
  }

  /**
   * The best `limit` concepts. Languages are read heaviest first; a concept scores at most
   * its language's weight, so once the best `limit` all score above a language's weight,
   * that language and the lighter ones cannot change them and are not read.
   */
  top(
    words: Token[],
    languages: { language: string; weight: number }[] | null,
    params: TitleParams,
    limit: number,
    accept?: (concept: number) => boolean,
  ): ConceptScore[] {
    const plan = this.languagePlan(words, languages, params).sort((a, b) => b.weight - a.weight);
    const touchedConcepts: number[] = [];
    for (const { lang, weight, query } of plan) {
      if (touchedConcepts.length >= limit) {
        const best = this.best(touchedConcepts, limit);
        if (this.conceptScore[best[best.length - 1]!]! > weight) break;
      }
      this.scoreLanguage(query, lang, weight, params, touchedConcepts, accept);
    }
    const out: ConceptScore[] = this.best(touchedConcepts, limit).map((concept) => ({
      concept,
      score: this.conceptScore[concept]!,
      label: this.conceptLabel[concept]!,
    }));
    for (const concept of touchedConcepts) {
      this.conceptScore[concept] = 0;
      this.conceptLabel[concept] = -1;
    }
    return out;
  }

  /** The `limit` best of `concepts` (ties: lower number first), best first. */
  private best(concepts: number[], limit: number): number[] {
    const score = this.conceptScore;
    return bestOf(concepts, (a, b) => score[b]! - score[a]! || a - b, limit);
  }

  private languagePlan(
    words: Token[],
    languages: { language: string; weight: number }[] | null,
    params: TitleParams,
  ): { lang: number; weight: number; query: QueryWord[] }[] {
    const wanted = languages ?? this.index.languages.map((language) => ({ language, weight: 1 }));
    const plan: { lang: number; weight: number; query: QueryWord[]; fit: number }[] = [];
    // First the cheap links (same term, shared prefix) in every language...
    for (const { language, weight } of wanted) {
      const lang = this.index.languageNumber(language);
      const vocabulary = lang === undefined ? undefined : this.index.vocabularies[lang];
      if (lang === undefined || !vocabulary) continue;
      const query = words.map((word) =>
        this.queryWord(vocabulary.expand(word.raw, word.text, params.expansion, false), params),
      );
      plan.push({ lang, weight, query, fit: query.reduce((sum, w) => sum + w.best, 0) });
    }
    // ...then typos and compound parts, for the words no language knows, in the languages
    // that fit the other words best (at most FUZZY_LANGUAGES of them; all of them when no
    // word is known anywhere).
    const unknown = words.map((_, w) => plan.every((p) => p.query[w]!.best < 1));
    if (unknown.some(Boolean)) {
      const anyFit = plan.some((p) => p.fit > 0);
      const fuzzy = [...plan]
        .sort((a, b) => b.weight * (1 + b.fit) - a.weight * (1 + a.fit))
        .slice(0, anyFit ? FUZZY_LANGUAGES : plan.length);
      for (const p of fuzzy) {
        const vocabulary = this.index.vocabularies[p.lang]!;
        words.forEach((word, w) => {
          if (!unknown[w]) return;
          p.query[w] = this.queryWord(vocabulary.expand(word.raw, word.text, params.expansion, true), params);
        });
        p.fit = p.query.reduce((sum, w) => sum + w.best, 0);
      }
    }
    if (languages === null && params.languageSharpness > 0) {
      const bestFit = Math.max(0, ...plan.map((p) => p.fit));
      for (const p of plan) p.weight *= bestFit > 0 ? (p.fit / bestFit) ** params.languageSharpness : 0;
    }
    return plan.filter((p) => p.weight > 0);
  }

  private queryWord(expansions: Expansion[], params: TitleParams): QueryWord {
    let best = 0;
    let mass = 0;
    for (const e of expansions) {
      best = Math.max(best, e.weight);
      mass = Math.max(mass, this.index.termIdf[e.term]!);
    }
    return { expansions, best, mass: expansions.length ? mass : params.unknownWordIdf };
  }

  private scoreLanguage(
    query: QueryWord[],
    lang: number,
    weight: number,
    params: TitleParams,
    touchedConcepts: number[],
    accept?: (concept: number) => boolean,
  ): void {
    const { index } = this;
    const touched: number[] = [];
    let queryMass = 0;
    query.forEach((word, w) => {
      queryMass += word.mass;
      for (const { term, weight: link } of word.expansions) {
        const contribution = link * index.termIdf[term]!;
        const end = index.postingStart[term + 1]!;
        for (let i = index.postingStart[term]!; i < end; i += 1) {
          const label = index.postingLabels[i]!;
          if (this.lastWord[label] === w) {
            if (contribution > this.lastContribution[label]!) {
              this.acc[label]! += contribution - this.lastContribution[label]!;
              this.lastContribution[label] = contribution;
            }
          } else {
            if (this.lastWord[label] === -1) touched.push(label);
            this.lastWord[label] = w;
            this.lastContribution[label] = contribution;
            this.acc[label]! += contribution;
          }
          if (index.labelHead[label] === term) this.headHit[label] = 1;
          const concept = index.labelConcept[label]!;
          if (this.conceptLastWord[concept] === w) {
            if (contribution > this.conceptLastContribution[concept]!) {
              this.conceptAcc[concept]! += contribution - this.conceptLastContribution[concept]!;
              this.conceptLastContribution[concept] = contribution;
            }
          } else {
            this.conceptLastWord[concept] = w;
            this.conceptLastContribution[concept] = contribution;
            this.conceptAcc[concept]! += contribution;
          }
        }
      }
    });
    // Each concept's best label in this language, then its score in this language.
    const languageConcepts: number[] = [];
    for (const label of touched) {
      const matched = this.acc[label]!;
      const concept = index.labelConcept[label]!;
      this.acc[label] = 0;
      this.lastWord[label] = -1;
      const head = this.headHit[label]!;
      this.headHit[label] = 0;
      const kindWeight = params.kindWeight[index.labelKind[label]!]!;
      if (kindWeight === 0 || (accept && !accept(concept))) continue;
      const labelMass = index.labelMass[label]!;
      const tversky =
        matched /
        (matched + params.alpha * Math.max(0, labelMass - matched) + params.beta * Math.max(0, queryMass - matched));
      const score =
        tversky * weight * kindWeight * (head || index.labelHead[label] === -1 ? 1 : 1 - params.headPenalty);
      if (this.languageLabel[concept] === -1) languageConcepts.push(concept);
      else if (score <= this.languageScore[concept]!) continue;
      this.languageScore[concept] = score;
      this.languageLabel[concept] = label;
    }
    for (const concept of languageConcepts) {
      const best = this.languageScore[concept]!;
      const coverage = queryMass > 0 ? Math.min(1, this.conceptAcc[concept]! / queryMass) : 0;
      const score = (1 - params.conceptBlend) * best + params.conceptBlend * coverage * weight;
      if (this.conceptLabel[concept] === -1) touchedConcepts.push(concept);
      if (this.conceptLabel[concept] === -1 || score > this.conceptScore[concept]!) {
        this.conceptScore[concept] = score;
        this.conceptLabel[concept] = this.languageLabel[concept]!;
      }
      this.languageLabel[concept] = -1;
    }
    for (const label of touched) {
      const concept = index.labelConcept[label]!;
      this.conceptAcc[concept] = 0;
      this.conceptLastWord[concept] = -1;
    }
  }
}
