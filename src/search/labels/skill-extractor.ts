import { bestOf } from 'src/search/labels/best-of';
import { LABEL_KINDS, LabelIndex } from 'src/search/labels/label-index';
import { indexWords } from 'src/search/labels/label-text';
import { WordLinks } from 'src/search/labels/vocabulary';
import { Token } from 'src/search/text/fold';

/** The knobs of skill extraction; DEFAULT_SKILL_PARAMS holds the values chosen on the development sets. */
export interface SkillParams {
  /** Per label kind (preferred, alternative, hidden, description): weight, and how much the label's missing words count. */
  kindWeight: readonly [number, number, number, number];
  kindAlpha: readonly [number, number, number, number];
  /** How much the passage's words a label lacks count against it. */
  beta: number;
  /**
   * Terms in more than this share of a language's concepts (and more than five) are too
   * common to count ("and", "use"); terms in more than `triggerShare` still count towards a
   * label but do not make it a candidate on their own (which keeps long texts fast).
   */
  commonShare: number;
  triggerShare: number;
  /** A word sharing a long prefix with a label word (another inflection) counts this much. */
  prefixWeight: number;
  /** Bonus for label words found next to each other, in order, in the text. */
  phraseBonus: number;
  /** Weight of the concept's prior (how many occupations ask for it, log-scaled, 0-1). */
  priorWeight: number;
  /** Skills found in several passages gain this much per extra passage (up to three). */
  repeatBonus: number;
  /** With a language asked for: weight of English labels. */
  englishWeight: number;
  languageSharpness: number;
}

export const DEFAULT_SKILL_PARAMS: SkillParams = {
  kindWeight: [1, 0.95, 0.9, 0.55],
  kindAlpha: [0.6, 0.6, 0.6, 0.05],
  beta: 0.2,
  commonShare: 0.2,
  triggerShare: 0.08,
  prefixWeight: 0.85,
  phraseBonus: 0.1,
  priorWeight: 0.05,
  repeatBonus: 0.03,
  englishWeight: 0.9,
  languageSharpness: 2,
};

const DESCRIPTION = LABEL_KINDS.indexOf('description');

export interface ExtractedSkill {
  concept: number;
  score: number;
  /** Span of the original text that named the skill. */
  start: number;
  end: number;
}

interface Passage {
  tokens: Token[];
}

/** Splits a text into passages (sentences and list items), the unit a label must be found within. */
export function passages(text: string): Passage[] {
  const out: Passage[] = [];
  for (const match of text.matchAll(/[^.!?;:\n\r•·]+/gu)) {
    const tokens = indexWords(match[0]).map((t) => ({ ...t, start: t.start + match.index, end: t.end + match.index }));
    if (tokens.length > 0) out.push({ tokens });
  }
  return out;
}

/**
 * Finds the skills a free text speaks of: every passage is matched against every label
 * (and description) sharing a term with it; a label scores by how much of its
 * inverse-document-frequency mass the passage holds (a Tversky ratio weighted towards
 * the label), with a bonus when its words stand together in order. A skill scores as its
 * best label in its best passage, plus a little per further passage and its prior.
 *
 * Scoring runs term at a time over the index's posting lists into scratch arrays sized
 * once for the index (reset after each passage), so a request allocates little beyond its
 * answer. `extract` is synchronous: one request uses the scratch arrays at a time.
 */
export class SkillExtractor {
  /** Each label's mass over the terms rare enough to count (see `commonShare`). */
  private readonly contentMass: Float32Array;
  /** Each label's distinct terms (common ones included), for the in-order check. */
  private readonly distinctTerms: Uint16Array;
  private readonly commonShare: number;

  // Per label, for the passage being scored: its stamp (which passage touched it last), matched mass, span, terms met.
  private readonly stamp: Int32Array;
  private stampValue = 0;
  private readonly acc: Float32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly met: Uint16Array;
  private readonly touched: Int32Array;
  // Per term: its slot among the passage's terms (-1: not in the passage).
  private readonly termSlot: Int32Array;
  // Per concept: best score so far, its span, how many passages it was found in (up to four) and which.
  private readonly conceptScore: Float32Array;
  private readonly conceptStart: Int32Array;
  private readonly conceptEnd: Int32Array;
  private readonly conceptPassages: Uint8Array;
  private readonly conceptPassageList: Int32Array;

  constructor(
    readonly index: LabelIndex,
    /** Per concept, in [0, 1]. */
    private readonly prior: Float32Array,
    commonShare = DEFAULT_SKILL_PARAMS.commonShare,
  ) {
    this.commonShare = commonShare;
    const labels = index.labelCount;
    this.contentMass = new Float32Array(labels);
    this.distinctTerms = new Uint16Array(labels);
    const lastLabel = new Int32Array(index.termCount).fill(-1);
    for (let label = 0; label < labels; label += 1) {
      let distinct = 0;
      for (let i = index.labelTermStart[label]!; i < index.labelTermStart[label + 1]!; i += 1) {
        const term = index.labelTerms[i]!;
        if (lastLabel[term] === label) continue;
        lastLabel[term] = label;
        distinct += 1;
        if (!this.common(term, commonShare)) this.contentMass[label]! += index.termIdf[term]!;
      }
      this.distinctTerms[label] = Math.min(distinct, 0xffff);
    }
    this.stamp = new Int32Array(labels);
    this.acc = new Float32Array(labels);
    this.first = new Int32Array(labels);
    this.last = new Int32Array(labels);
    this.met = new Uint16Array(labels);
    this.touched = new Int32Array(labels);
    this.termSlot = new Int32Array(index.termCount).fill(-1);
    this.conceptScore = new Float32Array(index.conceptCount);
    this.conceptStart = new Int32Array(index.conceptCount);
    this.conceptEnd = new Int32Array(index.conceptCount);
    this.conceptPassages = new Uint8Array(index.conceptCount);
    this.conceptPassageList = new Int32Array(index.conceptCount * 4);
  }

  /**
   * The skills of `text`, best first: all of them, or the best `limit`. Languages are read
   * in order of weight; once a language's best possible score cannot bring a new skill into
   * the best `limit`, it and the lighter ones are not read (with no language given, a text's
   * words fit other languages' labels weakly, by chance: "information", "design").
   */
  extract(
    text: string,
    languages: { language: string; weight: number }[] | null,
    params: SkillParams,
    limit = Infinity,
  ): ExtractedSkill[] {
    const parts = passages(text);
    const plan = this.languagePlan(parts, languages, params).sort((a, b) => b.weight - a.weight);
    const concepts: number[] = [];
    let final: Float32Array;
    const maxKind = Math.max(...params.kindWeight);
    const maxRepeat = 1 + 3 * params.repeatBonus;
    for (const { lang, weight } of plan) {
      if (concepts.length >= limit) {
        // The best a new skill could score through this language, against the last of the best `limit` now.
        const reachable = weight * maxKind * (1 + params.phraseBonus) * maxRepeat + params.priorWeight;
        final = this.finalScores(concepts, params);
        const order = topIndexes(final, concepts, limit);
        if (reachable < final[order[order.length - 1]!]!) break;
      }
      parts.forEach((part, p) => this.scorePassage(part, p, lang, weight, params, concepts));
    }
    final = this.finalScores(concepts, params);
    const out = topIndexes(final, concepts, limit).map((i) => {
      const concept = concepts[i]!;
      return { concept, score: final[i]!, start: this.conceptStart[concept]!, end: this.conceptEnd[concept]! };
    });
    for (const concept of concepts) {
      this.conceptScore[concept] = 0;
      this.conceptPassages[concept] = 0;
    }
    return out;
  }

  private finalScores(concepts: number[], params: SkillParams): Float32Array {
    const final = new Float32Array(concepts.length);
    concepts.forEach((concept, i) => {
      final[i] =
        this.conceptScore[concept]! * (1 + params.repeatBonus * Math.min(3, this.conceptPassages[concept]! - 1)) +
        params.priorWeight * this.prior[concept]!;
    });
    return final;
  }

  private languagePlan(
    parts: Passage[],
    languages: { language: string; weight: number }[] | null,
    params: SkillParams,
  ): { lang: number; weight: number }[] {
    const wanted = languages ?? this.index.languages.map((language) => ({ language, weight: 1 }));
    const plan = wanted.flatMap(({ language, weight }) => {
      const lang = this.index.languageNumber(language);
      const vocabulary = lang === undefined ? undefined : this.index.vocabularies[lang];
      if (lang === undefined || !vocabulary) return [];
      let fit = 0;
      for (const part of parts) for (const t of part.tokens) if (vocabulary.links(t.raw, t.text).exact !== -1) fit += 1;
      return [{ lang, weight, fit }];
    });
    if (languages === null) {
      const bestFit = Math.max(0, ...plan.map((p) => p.fit));
      for (const p of plan) p.weight *= bestFit > 0 ? (p.fit / bestFit) ** params.languageSharpness : 0;
    }
    return plan.filter((p) => p.weight > 0.05);
  }

  private scorePassage(
    part: Passage,
    p: number,
    lang: number,
    weight: number,
    params: SkillParams,
    concepts: number[],
  ): void {
    const { index, termSlot } = this;
    const vocabulary = index.vocabularies[lang]!;
    // The passage's terms (rare enough to count): best link weight, first and last position.
    const terms: number[] = [];
    const links: number[] = [];
    const firstAt: number[] = [];
    const lastAt: number[] = [];
    const wordLinks = part.tokens.map((t) => vocabulary.links(t.raw, t.text));
    let passageMass = 0;
    wordLinks.forEach(({ exact, prefix }, position) => {
      let strongest = 0;
      const take = (term: number, link: number) => {
        if (this.common(term, this.commonShare)) return;
        strongest = Math.max(strongest, index.termIdf[term]! * link);
        const slot = termSlot[term]!;
        if (slot === -1) {
          termSlot[term] = terms.length;
          terms.push(term);
          links.push(link);
          firstAt.push(position);
          lastAt.push(position);
        } else {
          if (link > links[slot]!) links[slot] = link;
          lastAt[slot] = position;
        }
      };
      if (exact !== -1) take(exact, 1);
      if (params.prefixWeight > 0) for (const term of prefix) take(term, params.prefixWeight);
      passageMass += strongest;
    });
    if (this.stampValue >= 0x7ffffffe) {
      this.stamp.fill(0);
      this.stampValue = 0;
    }
    const stamp = (this.stampValue += 1);
    const { postingStart, postingLabels, termIdf, labelKind, labelConcept } = index;
    const { stamp: stamps, acc, first, last, met, touched, contentMass, distinctTerms, conceptScore } = this;
    let touchedCount = 0;
    // Rare terms make labels candidates; the commoner ones only add to candidates.
    for (let pass = 0; pass < 2; pass += 1) {
      const trigger = pass === 0;
      for (let slot = 0; slot < terms.length; slot += 1) {
        const term = terms[slot]!;
        if (this.common(term, params.triggerShare) === trigger) continue;
        const contribution = links[slot]! * termIdf[term]!;
        const from = firstAt[slot]!;
        const to = lastAt[slot]!;
        const end = postingStart[term + 1]!;
        for (let i = postingStart[term]!; i < end; i += 1) {
          const label = postingLabels[i]!;
          if (stamps[label] !== stamp) {
            if (!trigger) continue;
            stamps[label] = stamp;
            acc[label] = contribution;
            first[label] = from;
            last[label] = to;
            met[label] = 1;
            touched[touchedCount++] = label;
          } else {
            acc[label]! += contribution;
            if (from < first[label]!) first[label] = from;
            if (to > last[label]!) last[label] = to;
            met[label]! += 1;
          }
        }
      }
    }
    const { kindAlpha, kindWeight, beta, phraseBonus } = params;
    for (let t = 0; t < touchedCount; t += 1) {
      const label = touched[t]!;
      const kind = labelKind[label]!;
      const content = contentMass[label]!;
      const matched = Math.min(acc[label]!, content);
      if (matched <= 0) continue;
      const tversky =
        matched / (matched + kindAlpha[kind]! * (content - matched) + beta * Math.max(0, passageMass - matched));
      const phrase =
        kind !== DESCRIPTION && met[label] === distinctTerms[label] && this.inOrder(label, wordLinks) ? phraseBonus : 0;
      const score = (tversky + phrase) * weight * kindWeight[kind]!;
      const concept = labelConcept[label]!;
      this.notePassage(concept, p, concepts);
      if (score > conceptScore[concept]!) {
        conceptScore[concept] = score;
        this.conceptStart[concept] = part.tokens[first[label]!]!.start;
        this.conceptEnd[concept] = part.tokens[last[label]!]!.end;
      }
    }
    for (const term of terms) termSlot[term] = -1;
  }

  /** Counts the passages a concept was found in, up to four (all the repeat bonus reads). */
  private notePassage(concept: number, p: number, concepts: number[]): void {
    const count = this.conceptPassages[concept]!;
    if (count === 0) concepts.push(concept);
    if (count === 4) return;
    const from = concept * 4;
    for (let slot = from; slot < from + count; slot += 1) if (this.conceptPassageList[slot] === p) return;
    this.conceptPassageList[from + count] = p;
    this.conceptPassages[concept] = count + 1;
  }

  /** True when a label of two or more words appears word after word somewhere in the passage. */
  private inOrder(label: number, words: WordLinks[]): boolean {
    const { index } = this;
    const from = index.labelTermStart[label]!;
    const to = index.labelTermStart[label + 1]!;
    if (to - from < 2) return false;
    const has = (position: number, term: number) => {
      const links = words[position];
      return links !== undefined && (links.exact === term || links.prefix.includes(term));
    };
    for (let p = 0; p + (to - from) <= words.length; p += 1) {
      let i = from;
      while (i < to && has(p + (i - from), index.labelTerms[i]!)) i += 1;
      if (i === to) return true;
    }
    return false;
  }

  private common(term: number, share: number): boolean {
    return this.index.termDf[term]! > 5 && this.index.termShare[term]! > share;
  }
}

/** Indexes of the `limit` highest scores (ties: lower id first), best first. */
function topIndexes(scores: Float32Array, ids: number[], limit: number): number[] {
  return bestOf(scores.keys(), (a, b) => scores[b]! - scores[a]! || ids[a]! - ids[b]!, limit);
}
