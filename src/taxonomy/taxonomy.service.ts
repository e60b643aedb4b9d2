import { Inject, Injectable } from '@nestjs/common';
import { Connection, keysetCursor, offsetFromCursor, rankedConnection, toConnection } from 'src/graphql/connection';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import { OccupationsArgs, SkillsArgs } from 'src/taxonomy/taxonomy.args';
import {
  Occupation,
  OccupationSuggestion,
  Skill,
  SkillSuggestion,
  toOccupation,
  toSkill,
} from 'src/taxonomy/taxonomy.model';
import { Keyset, TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';

function keysetFrom(after: string | null | undefined): Keyset | null {
  const key = keysetCursor(after, ['text', 'uuid']);
  return key && { label: key[0], id: key[1] };
}

/** Reads of the taxonomy: alphabetical lists, engine-ranked searches and title suggestions. */
@Injectable()
export class TaxonomyService {
  constructor(
    private readonly repository: TaxonomyRepository,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  async occupation(id: string): Promise<Occupation | null> {
    const entity = await this.repository.findOccupation(id);
    return entity ? toOccupation(entity) : null;
  }

  async occupations(args: OccupationsArgs): Promise<Connection<Occupation>> {
    const search = args.search?.trim();
    const iscoCode = args.iscoCode ?? undefined;
    if (search) {
      const offset = offsetFromCursor(args.after);
      const page = await this.search.searchOccupations(search, {
        iscoCode,
        language: args.language ?? null,
        limit: args.first + 1,
        offset,
      });
      const rows = (await this.repository.findOccupations(page.hits.map((h) => h.id))).map(toOccupation);
      return this.ranked(rows, args.first, offset, page.total);
    }
    const { rows, total } = await this.repository.listOccupations({
      iscoCode,
      after: keysetFrom(args.after),
      limit: args.first,
    });
    return toConnection(rows.map(toOccupation), args.first, total, (o) => [o.label, o.id]);
  }

  async skills(args: SkillsArgs): Promise<Connection<Skill>> {
    const search = args.search?.trim();
    if (search) {
      const offset = offsetFromCursor(args.after);
      const page = await this.search.searchSkills(search, {
        language: args.language ?? null,
        limit: args.first + 1,
        offset,
      });
      const rows = (await this.repository.findSkills(page.hits.map((h) => h.id))).map(toSkill);
      return this.ranked(rows, args.first, offset, page.total);
    }
    const { rows, total } = await this.repository.listSkills({ after: keysetFrom(args.after), limit: args.first });
    return toConnection(rows.map(toSkill), args.first, total, (s) => [s.label, s.id]);
  }

  async suggestOccupations(title: string, first: number, language: string | null): Promise<OccupationSuggestion[]> {
    const hits = await this.search.suggestOccupations(title, first, language);
    const occupations = new Map(
      (await this.repository.findOccupations(hits.map((h) => h.id))).map((o) => [o.id, toOccupation(o)]),
    );
    return hits.flatMap((hit) => {
      const occupation = occupations.get(hit.id);
      return occupation ? [{ occupation, score: Math.round(hit.score * 10_000) / 10_000 }] : [];
    });
  }

  /** The skills a text speaks of; the text is neither stored nor logged. */
  async suggestSkills(text: string, first: number, language: string | null): Promise<SkillSuggestion[]> {
    const hits = await this.search.suggestSkills(text, first, language);
    const skills = new Map((await this.repository.findSkills(hits.map((h) => h.id))).map((s) => [s.id, toSkill(s)]));
    return hits.flatMap((hit) => {
      const skill = skills.get(hit.id);
      return skill ? [{ skill, score: Math.round(hit.score * 10_000) / 10_000, evidence: hit.evidence }] : [];
    });
  }

  /** Ranked pages carry their offset in the cursor: the engine's order is the sort key. */
  private ranked<T>(rows: T[], first: number, offset: number, total: number): Connection<T> {
    return rankedConnection(rows, first, offset, Math.max(total, offset + Math.min(rows.length, first)));
  }
}
