import { DataSource, EntityManager } from 'typeorm';
import { PageOptions, SearchPage, VacancyDocument, VacancyIndex, VacancySearchFilter } from 'src/search/search-engine';

const COLUMNS = `id, employer_id, title, occupation_id, isco_code, member_state, programme_id, published_at,
  essential_skill_ids, optional_skill_ids, document`;

/** The vacancy index on PostgreSQL: the search_vacancy table and its GIN index. */
export class PostgresVacancyIndex implements VacancyIndex {
  constructor(private readonly dataSource: DataSource) {}

  async upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.insert(this.dataSource.manager, documents, true);
  }

  async deleteVacancies(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`DELETE FROM search_vacancy WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async replaceVacancies(documents: VacancyDocument[]): Promise<void> {
    // One transaction: readers see the old rows until the new set commits.
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM search_vacancy`);
      for (let i = 0; i < documents.length; i += 1000) await this.insert(manager, documents.slice(i, i + 1000), false);
    });
  }

  async searchVacancies(
    text: string | null,
    filter: VacancySearchFilter,
    { limit, offset }: PageOptions,
  ): Promise<SearchPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.memberStates?.length) where.push(`member_state = ANY(${param(filter.memberStates)}::text[])`);
    if (filter.occupationIds?.length) where.push(`occupation_id = ANY(${param(filter.occupationIds)}::uuid[])`);
    if (filter.programmeId) where.push(`programme_id = ${param(filter.programmeId)}::uuid`);
    if (filter.iscoCodes?.length)
      where.push(`isco_code LIKE ANY(${param(filter.iscoCodes.map((c) => `${c}%`))}::text[])`);
    const query = text?.trim() ?? '';
    let rank = '0::float8';
    if (query) {
      const ts = `websearch_to_tsquery('simple', public.pathways_norm(${param(query)}))`;
      where.push(`document @@ ${ts}`);
      rank = `ts_rank_cd(document, ${ts})::float8`;
    }
    const sql = `SELECT id, ${rank} AS score, count(*) OVER ()::int AS total FROM search_vacancy
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${query ? 'score DESC, ' : ''}published_at DESC, id
      LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
    const rows = await this.dataSource.query<{ id: string; score: number; total: number }[]>(sql, params);
    return { hits: rows.map((r) => ({ id: r.id, score: r.score })), total: rows[0]?.total ?? 0 };
  }

  private async insert(manager: EntityManager, documents: VacancyDocument[], upsert: boolean): Promise<void> {
    const rows = documents.map((d) => [
      d.id,
      d.employerId,
      d.title,
      d.occupationId,
      d.iscoCode,
      d.memberState,
      d.programmeId,
      d.publishedAt.toISOString(),
      d.essentialSkillIds,
      d.optionalSkillIds,
      d.description,
    ]);
    await manager.query(
      `INSERT INTO search_vacancy (${COLUMNS})
       SELECT (r->>0)::uuid, (r->>1)::uuid, r->>2, (r->>3)::uuid, r->>4, r->>5, (r->>6)::uuid, (r->>7)::timestamptz,
              ARRAY(SELECT jsonb_array_elements_text(r->8))::uuid[], ARRAY(SELECT jsonb_array_elements_text(r->9))::uuid[],
              setweight(to_tsvector('simple', public.pathways_norm(r->>2)), 'A')
                || setweight(to_tsvector('simple', public.pathways_norm(r->>10)), 'B')
       FROM jsonb_array_elements($1::jsonb) r
       ${
         upsert
           ? `ON CONFLICT (id) DO UPDATE SET employer_id = EXCLUDED.employer_id, title = EXCLUDED.title,
              occupation_id = EXCLUDED.occupation_id, isco_code = EXCLUDED.isco_code, member_state = EXCLUDED.member_state,
              programme_id = EXCLUDED.programme_id, published_at = EXCLUDED.published_at,
              essential_skill_ids = EXCLUDED.essential_skill_ids, optional_skill_ids = EXCLUDED.optional_skill_ids,
              document = EXCLUDED.document`
           : ''
       }`,
      [JSON.stringify(rows)],
    );
  }
}
