import { headPosition, labelVariants, labelWords } from 'src/search/labels/label-text';
import { Vocabulary } from 'src/search/labels/vocabulary';

/** Label kinds, plus a concept's description, indexed like a (long) label. */
export type LabelKind = 'preferred' | 'alt' | 'hidden' | 'description';
export const LABEL_KINDS: readonly LabelKind[] = ['preferred', 'alt', 'hidden', 'description'];

/** One label of one concept, as the taxonomy tables hold it. */
export interface LabelInput {
  concept: number;
  language: string;
  kind: LabelKind;
  text: string;
}

/**
 * An in-memory inverted index over the labels of one kind of concept (occupations or
 * skills) in every language: per language a vocabulary of stemmed terms, per term the
 * labels holding it, per label its concept, kind, terms and head word. Built in one pass
 * from the taxonomy tables; immutable afterwards, so searches need no locks and a rebuild
 * swaps a whole new index in.
 */
export class LabelIndex {
  readonly languages: string[] = [];
  private readonly languageIndex = new Map<string, number>();
  readonly vocabularies: Vocabulary[] = [];
  private readonly termKeys = new Map<string, number>();
  private termLanguageList: number[] = [];

  labelConcept = new Int32Array(0);
  labelLanguage = new Uint8Array(0);
  labelKind = new Uint8Array(0);
  labelHead = new Int32Array(0);
  /** Sum of the inverse document frequencies of the label's distinct terms. */
  labelMass = new Float32Array(0);
  labelTermStart = new Int32Array(0);
  labelTerms = new Int32Array(0);
  termIdf = new Float32Array(0);
  /** Concepts holding the term, and the share of its language's concepts that is. */
  termDf = new Int32Array(0);
  termShare = new Float32Array(0);
  /** The labels holding each term: those of term t at postingLabels[postingStart[t] .. postingStart[t + 1]). */
  postingStart = new Int32Array(1);
  postingLabels = new Int32Array(0);
  /** Concepts with at least one label, per language. */
  conceptsPerLanguage: number[] = [];

  private building: {
    concept: number[];
    language: number[];
    kind: number[];
    head: number[];
    starts: number[];
    terms: number[];
  } | null = { concept: [], language: [], kind: [], head: [], starts: [], terms: [] };

  constructor(
    readonly conceptCount: number,
    labels: Iterable<LabelInput> = [],
  ) {
    for (const label of labels) this.add(label);
  }

  /**
   * Builds an index a slice of labels at a time, letting the event loop serve requests in
   * between (`pause`), so that a server rebuilding after an import keeps answering.
   */
  static async build(conceptCount: number, labels: LabelInput[], pause: () => Promise<void>): Promise<LabelIndex> {
    const index = new LabelIndex(conceptCount);
    for (let i = 0; i < labels.length; i += 2000) {
      for (const label of labels.slice(i, i + 2000)) index.add(label);
      await pause();
    }
    for (const vocabulary of index.vocabularies) {
      vocabulary.seal();
      await pause();
    }
    index.finish(false);
    return index;
  }

  add(label: LabelInput): void {
    const b = this.building;
    if (!b) throw new Error('the index is already built');
    const lang = this.language(label.language);
    const vocabulary = this.vocabularies[lang]!;
    const description = label.kind === 'description';
    for (const variant of description ? [label.text] : labelVariants(label.text)) {
      const words = labelWords(variant);
      if (words.length === 0) continue;
      const ids = words.map((w) => vocabulary.add(w));
      b.concept.push(label.concept);
      b.language.push(lang);
      b.kind.push(LABEL_KINDS.indexOf(label.kind));
      b.head.push(description ? -1 : (ids[headPosition(label.language, words)] ?? -1));
      b.starts.push(b.terms.length);
      for (const id of ids) b.terms.push(id);
    }
  }

  /** Seals the vocabularies and computes term statistics; the index is read-only afterwards. */
  finish(seal = true): this {
    const b = this.building;
    if (!b) return this;
    this.building = null;
    b.starts.push(b.terms.length);
    if (seal) for (const vocabulary of this.vocabularies) vocabulary.seal();
    this.labelConcept = Int32Array.from(b.concept);
    this.labelLanguage = Uint8Array.from(b.language);
    this.labelKind = Uint8Array.from(b.kind);
    this.labelHead = Int32Array.from(b.head);
    this.labelTermStart = Int32Array.from(b.starts);
    this.labelTerms = Int32Array.from(b.terms);
    this.computeStatistics();
    return this;
  }

  get labelCount(): number {
    return this.labelConcept.length;
  }

  get termCount(): number {
    return this.termIdf.length;
  }

  vocabulary(language: string): Vocabulary | undefined {
    const index = this.languageIndex.get(language);
    return index === undefined ? undefined : this.vocabularies[index];
  }

  languageNumber(language: string): number | undefined {
    return this.languageIndex.get(language);
  }

  termId(language: string, term: string): number | undefined {
    return this.termKeys.get(`${language}\u0000${term}`);
  }

  /** Rough heap use of the typed arrays and maps, for the memory figure in the logs. */
  approximateBytes(): number {
    const arrays =
      this.labelConcept.byteLength +
      this.labelLanguage.byteLength +
      this.labelKind.byteLength +
      this.labelHead.byteLength +
      this.labelMass.byteLength +
      this.labelTermStart.byteLength +
      this.labelTerms.byteLength +
      this.termIdf.byteLength +
      this.termDf.byteLength +
      this.termShare.byteLength +
      this.postingStart.byteLength +
      this.postingLabels.byteLength;
    // A map entry with its key string costs about 80 bytes in V8 (term keys here, words in the vocabularies).
    return arrays + this.termKeys.size * 80 + this.vocabularies.reduce((sum, v) => sum + v.approximateBytes(), 0);
  }

  private language(code: string): number {
    let index = this.languageIndex.get(code);
    if (index === undefined) {
      index = this.languages.length;
      this.languages.push(code);
      this.languageIndex.set(code, index);
      this.vocabularies.push(
        new Vocabulary(
          code,
          (lang, term) => this.newTerm(lang, term),
          (lang, term) => this.termId(lang, term),
        ),
      );
    }
    return index;
  }

  private newTerm(language: string, term: string): number {
    const key = `${language}\u0000${term}`;
    let id = this.termKeys.get(key);
    if (id === undefined) {
      id = this.termLanguageList.length;
      this.termKeys.set(key, id);
      this.termLanguageList.push(this.languageIndex.get(language)!);
    }
    return id;
  }

  /** Document frequencies count concepts, not labels: ten labels of one concept are one document. */
  private computeStatistics(): void {
    const termCount = this.termLanguageList.length;
    const df = new Int32Array(termCount);
    const lastConcept = new Int32Array(termCount).fill(-1);
    const postingSize = new Int32Array(termCount);
    const lastLabel = new Int32Array(termCount).fill(-1);
    const seenConcept = this.languages.map(() => new Uint8Array(this.conceptCount));
    this.conceptsPerLanguage = this.languages.map(() => 0);
    for (let label = 0; label < this.labelCount; label += 1) {
      const concept = this.labelConcept[label]!;
      const lang = this.labelLanguage[label]!;
      if (!seenConcept[lang]![concept]) {
        seenConcept[lang]![concept] = 1;
        this.conceptsPerLanguage[lang]! += 1;
      }
      for (let i = this.labelTermStart[label]!; i < this.labelTermStart[label + 1]!; i += 1) {
        const term = this.labelTerms[i]!;
        if (lastLabel[term] !== label) {
          lastLabel[term] = label;
          postingSize[term]! += 1;
        }
        if (lastConcept[term] !== concept) {
          lastConcept[term] = concept;
          df[term]! += 1;
        }
      }
    }
    this.termIdf = new Float32Array(termCount);
    this.termShare = new Float32Array(termCount);
    this.termDf = df;
    for (let term = 0; term < termCount; term += 1) {
      const n = this.conceptsPerLanguage[this.termLanguageList[term]!]!;
      this.termIdf[term] = Math.log(1 + (n - df[term]! + 0.5) / (df[term]! + 0.5));
      this.termShare[term] = df[term]! / n;
    }
    this.postingStart = new Int32Array(termCount + 1);
    for (let term = 0; term < termCount; term += 1)
      this.postingStart[term + 1] = this.postingStart[term]! + postingSize[term]!;
    this.postingLabels = new Int32Array(this.postingStart[termCount]!);
    const filled = this.postingStart.slice(0, termCount);
    lastLabel.fill(-1);
    this.labelMass = new Float32Array(this.labelCount);
    for (let label = 0; label < this.labelCount; label += 1) {
      let mass = 0;
      for (let i = this.labelTermStart[label]!; i < this.labelTermStart[label + 1]!; i += 1) {
        const term = this.labelTerms[i]!;
        if (lastLabel[term] === label) continue;
        lastLabel[term] = label;
        mass += this.termIdf[term]!;
        this.postingLabels[filled[term]!] = label;
        filled[term]! += 1;
      }
      this.labelMass[label] = mass;
    }
  }
}
