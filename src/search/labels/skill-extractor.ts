import { LABEL_KINDS, LabelIndex } from 'src/search/labels/label-index';
import { indexWords } from 'src/search/labels/label-text';
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
 */
export class SkillExtractor {
  private readonly seen: Uint8Array;
  /** Each label's mass over the terms rare enough to count (see `commonShare`). */
  private readonly contentMass: Float32Array;
  private readonly commonShare: number;

  constructor(
    readonly index: LabelIndex,
    /** Per concept, in [0, 1]. */
    private readonly prior: Float32Array,
    commonShare = DEFAULT_SKILL_PARAMS.commonShare,
  ) {
    this.commonShare = commonShare;
    this.contentMass = new Float32Array(index.labelCount);
    for (let label = 0; label < index.labelCount; label += 1) {
      const seen = new Set<number>();
      for (let i = index.labelTermStart[label]!; i < index.labelTermStart[label + 1]!; i += 1) {
        const term = index.labelTerms[i]!;
        if (seen.has(term) || this.common(term, commonShare)) continue;
        seen.add(term);
        this.contentMass[label]! += index.termIdf[term]!;
      }
    }
    this.seen = new Uint8Array(index.labelCount);
  }

  extract(
    text: string,
    languages: { language: string; weight: number }[] | null,
    params: SkillParams,
  ): ExtractedSkill[] {
    const parts = passages(text);
    const best = new Map<number, ExtractedSkill & { passages: Set<number> }>();
    for (const { lang, weight } of this.languagePlan(parts, languages, params)) {
      parts.forEach((part, p) => {
        for (const hit of this.scorePassage(part, lang, weight, params)) {
          const known = best.get(hit.concept);
          if (!known) best.set(hit.concept, { ...hit, passages: new Set([p]) });
          else {
            known.passages.add(p);
            if (hit.score > known.score) Object.assign(known, { score: hit.score, start: hit.start, end: hit.end });
          }
        }
      });
    }
    return [...best.values()]
      .map(({ passages: seen, ...hit }) => ({
        ...hit,
        score:
          hit.score * (1 + params.repeatBonus * Math.min(3, seen.size - 1)) +
          params.priorWeight * this.prior[hit.concept]!,
      }))
      .sort((a, b) => b.score - a.score || a.concept - b.concept);
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
      for (const part of parts)
        for (const t of part.tokens) if (vocabulary.exact(t.raw, t.text) !== undefined) fit += 1;
      return [{ lang, weight, fit }];
    });
    if (languages === null) {
      const bestFit = Math.max(0, ...plan.map((p) => p.fit));
      for (const p of plan) p.weight *= bestFit > 0 ? (p.fit / bestFit) ** params.languageSharpness : 0;
    }
    return plan.filter((p) => p.weight > 0.05);
  }

  private scorePassage(part: Passage, lang: number, weight: number, params: SkillParams): ExtractedSkill[] {
    const { index } = this;
    const vocabulary = index.vocabularies[lang]!;
    // The passage's terms: best link weight and every position, then the rare ones trigger labels.
    const found = new Map<number, { weight: number; positions: number[] }>();
    let passageMass = 0;
    part.tokens.forEach((token, position) => {
      let strongest = 0;
      for (const { term, weight: link } of vocabulary.expand(token.raw, token.text, this.expansion(params))) {
        if (this.common(term, this.commonShare)) continue;
        const idf = index.termIdf[term]!;
        strongest = Math.max(strongest, idf * link);
        const entry = found.get(term);
        if (!entry) found.set(term, { weight: link, positions: [position] });
        else {
          entry.weight = Math.max(entry.weight, link);
          if (entry.positions.at(-1) !== position) entry.positions.push(position);
        }
      }
      passageMass += strongest;
    });
    const touched: number[] = [];
    for (const term of found.keys()) {
      if (this.common(term, params.triggerShare)) continue;
      for (const label of index.postings[term]!) {
        if (this.seen[label]) continue;
        this.seen[label] = 1;
        touched.push(label);
      }
    }
    const hits: ExtractedSkill[] = [];
    for (const label of touched) {
      this.seen[label] = 0;
      const kind = index.labelKind[label]!;
      const from = index.labelTermStart[label]!;
      const to = index.labelTermStart[label + 1]!;
      let matched = 0;
      let first = Infinity;
      let last = -1;
      const counted = new Set<number>();
      for (let i = from; i < to; i += 1) {
        const term = index.labelTerms[i]!;
        const entry = found.get(term);
        if (!entry || counted.has(term)) continue;
        counted.add(term);
        matched += entry.weight * index.termIdf[term]!;
        first = Math.min(first, entry.positions[0]!);
        last = Math.max(last, entry.positions.at(-1)!);
      }
      if (matched === 0) continue;
      const content = this.contentMass[label]!;
      matched = Math.min(matched, content);
      const tversky =
        matched /
        (matched + params.kindAlpha[kind]! * (content - matched) + params.beta * Math.max(0, passageMass - matched));
      const phrase = kind !== DESCRIPTION && this.inOrder(label, found) ? params.phraseBonus : 0;
      hits.push({
        concept: index.labelConcept[label]!,
        score: (tversky + phrase) * weight * params.kindWeight[kind]!,
        start: part.tokens[first]!.start,
        end: part.tokens[last]!.end,
      });
    }
    return hits;
  }

  /** True when a label of two or more words appears word after word somewhere in the passage. */
  private inOrder(label: number, found: Map<number, { positions: number[] }>): boolean {
    const { index } = this;
    const from = index.labelTermStart[label]!;
    const to = index.labelTermStart[label + 1]!;
    if (to - from < 2) return false;
    const starts = found.get(index.labelTerms[from]!)?.positions ?? [];
    return starts.some((p) => {
      for (let i = from + 1; i < to; i += 1) {
        if (!found.get(index.labelTerms[i]!)?.positions.includes(p + (i - from))) return false;
      }
      return true;
    });
  }

  private common(term: number, share: number): boolean {
    return this.index.termDf[term]! > 5 && this.index.termShare[term]! > share;
  }

  private expansion(params: SkillParams) {
    return { prefix: params.prefixWeight, compound: 0, head: 0, typo: 0 };
  }
}
