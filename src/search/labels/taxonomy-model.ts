import { LabelIndex, LabelInput } from 'src/search/labels/label-index';
import { indexWords, titleWords } from 'src/search/labels/label-text';
import { DEFAULT_SKILL_PARAMS, SkillExtractor, SkillParams } from 'src/search/labels/skill-extractor';
import { DEFAULT_TITLE_PARAMS, TitleParams, TitleScorer } from 'src/search/labels/title-scorer';
import { PageOptions, SearchHit, SearchPage, SkillHit } from 'src/search/search-engine';
import { Token } from 'src/search/text/fold';

/** What the model is built from: concepts in a fixed order and their labels, by concept number. */
export interface ConceptLabels {
  ids: string[];
  labels: LabelInput[];
}

export interface OccupationLabels extends ConceptLabels {
  iscoCodes: string[];
}

export interface SkillLabels extends ConceptLabels {
  /** How often occupations ask for each skill, in [0, 1]. */
  prior: Float32Array;
}

/** Evidence quotes at most this much of the text. */
const MAX_EVIDENCE = 200;

/**
 * Pathways' title and skill model over the whole taxonomy in every language: built from
 * the database after each import (see TaxonomyTextIndex), immutable, answering in memory.
 */
export class TaxonomyTextModel {
  private readonly titles: TitleScorer;
  private readonly skillTitles: TitleScorer;
  private readonly extractor: SkillExtractor;

  constructor(
    private readonly occupations: OccupationLabels & { index: LabelIndex },
    private readonly skills: SkillLabels & { index: LabelIndex },
    private readonly titleParams: TitleParams = DEFAULT_TITLE_PARAMS,
    private readonly skillParams: SkillParams = DEFAULT_SKILL_PARAMS,
  ) {
    this.titles = new TitleScorer(occupations.index);
    this.skillTitles = new TitleScorer(skills.index);
    this.extractor = new SkillExtractor(skills.index, skills.prior);
  }

  static async build(
    occupations: OccupationLabels,
    skills: SkillLabels,
    pause: () => Promise<void> = () => Promise.resolve(),
  ): Promise<TaxonomyTextModel> {
    const occupationIndex = await LabelIndex.build(occupations.ids.length, occupations.labels, pause);
    const skillIndex = await LabelIndex.build(skills.ids.length, skills.labels, pause);
    return new TaxonomyTextModel(
      { ...occupations, labels: [], index: occupationIndex },
      { ...skills, labels: [], index: skillIndex },
    );
  }

  /** Labels, terms and approximate bytes of both indexes. */
  get size(): { labels: number; terms: number; bytes: number } {
    const [o, s] = [this.occupations.index, this.skills.index];
    return {
      labels: o.labelCount + s.labelCount,
      terms: o.termCount + s.termCount,
      bytes: o.approximateBytes() + s.approximateBytes(),
    };
  }

  /** Languages with labels, for occupations and for skills. */
  get languages(): { occupations: string[]; skills: string[] } {
    return { occupations: [...this.occupations.index.languages], skills: [...this.skills.index.languages] };
  }

  suggestOccupations(title: string, limit: number, language: string | null): SearchHit[] {
    return this.rank(this.titles, this.occupations.ids, titleWords(title), language, undefined, limit);
  }

  searchOccupations(text: string, options: PageOptions & { iscoCode?: string; language?: string | null }): SearchPage {
    const { iscoCodes } = this.occupations;
    const accept = options.iscoCode ? (c: number) => iscoCodes[c]!.startsWith(options.iscoCode!) : undefined;
    const hits = this.rank(this.titles, this.occupations.ids, indexWords(text), options.language ?? null, accept);
    return { hits: hits.slice(options.offset, options.offset + options.limit), total: hits.length };
  }

  searchSkills(text: string, options: PageOptions & { language?: string | null }): SearchPage {
    const hits = this.rank(this.skillTitles, this.skills.ids, indexWords(text), options.language ?? null);
    return { hits: hits.slice(options.offset, options.offset + options.limit), total: hits.length };
  }

  suggestSkills(text: string, limit: number, language: string | null): SkillHit[] {
    const languages = language ? this.languagesFor(language, this.skillParams.englishWeight, 0) : null;
    return this.extractor.extract(text, languages, this.skillParams, limit).map((hit) => ({
      id: this.skills.ids[hit.concept]!,
      score: hit.score,
      evidence: text.slice(hit.start, Math.min(hit.end, hit.start + MAX_EVIDENCE)),
    }));
  }

  private rank(
    scorer: TitleScorer,
    ids: string[],
    words: Token[],
    language: string | null,
    accept?: (concept: number) => boolean,
    limit = Infinity,
  ): SearchHit[] {
    if (words.length === 0) return [];
    const p = this.titleParams;
    const languages = language ? this.languagesFor(language, p.englishWeight, p.otherWeight) : null;
    return scorer.top(words, languages, p, limit, accept).map((s) => ({ id: ids[s.concept]!, score: s.score }));
  }

  /** The language asked for first, then English (ESCO's own), then the others, each weighed. */
  private languagesFor(language: string, english: number, other: number): { language: string; weight: number }[] {
    const all = new Set([language, 'en', ...this.occupations.index.languages, ...this.skills.index.languages]);
    return [...all]
      .map((l) => ({ language: l, weight: l === language ? 1 : l === 'en' ? english : other }))
      .filter((l) => l.weight > 0);
  }
}
