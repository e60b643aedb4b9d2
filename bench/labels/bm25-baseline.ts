import { LabelInput } from 'src/search/labels/label-index';
import { foldedWords } from 'src/search/text/fold';

/**
 * Plain BM25 over each concept's labels in one language, joined into one document (k1 1.2,
 * b 0.75, folded words, no stemming): the reference the scorer is compared with.
 */
export class Bm25Baseline {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly length = new Map<string, number>();
  private readonly docs = new Map<string, number>();
  private readonly avg = new Map<string, number>();

  constructor(labels: LabelInput[]) {
    const total = new Map<string, number>();
    for (const label of labels) {
      const words = foldedWords(label.text);
      const docKey = `${label.language}:${label.concept}`;
      if (!this.length.has(docKey)) this.docs.set(label.language, (this.docs.get(label.language) ?? 0) + 1);
      this.length.set(docKey, (this.length.get(docKey) ?? 0) + words.length);
      total.set(label.language, (total.get(label.language) ?? 0) + words.length);
      for (const word of words) {
        const key = `${label.language}:${word}`;
        let posting = this.postings.get(key);
        if (!posting) this.postings.set(key, (posting = new Map()));
        posting.set(label.concept, (posting.get(label.concept) ?? 0) + 1);
      }
    }
    for (const [language, n] of this.docs) this.avg.set(language, total.get(language)! / n);
  }

  search(text: string, languages: string[]): number[] {
    const scores = new Map<number, number>();
    for (const language of languages) {
      const n = this.docs.get(language) ?? 0;
      for (const word of new Set(foldedWords(text))) {
        const posting = this.postings.get(`${language}:${word}`);
        if (!posting) continue;
        const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
        for (const [concept, tf] of posting) {
          const len = this.length.get(`${language}:${concept}`)!;
          const s = (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * len) / this.avg.get(language)!));
          scores.set(concept, (scores.get(concept) ?? 0) + s);
        }
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  }
}
