import { DataSource, EntityManager } from 'typeorm';
import { requirementCodes } from 'src/search/language-codes';
import { SqlParams } from 'src/search/postgres/sql-params';
import {
  PageOptions,
  SearchPage,
  VacancyDocument,
  VacancyIndex,
  VacancyRetrieval,
  VacancySearchFilter,
} from 'src/search/search-engine';

// Aliased to the document's field names, so rows are documents as they come.
const DOCUMENT_COLUMNS = `id, employer_id AS "employerId", title, description, occupation_id AS "occupationId",
  occupation_num AS "occupationNum", isco_code AS "iscoCode", member_state AS "memberState",
  programme_id AS "programmeId", published_at AS "publishedAt", essential_skill_nums AS "essentialSkillNums",
  optional_skill_nums AS "optionalSkillNums", language_requirements AS "languageRequirements",
  min_eqf_level AS "minEqfLevel", min_experience_years AS "minExperienceYears"`;

/** The vacancy index on PostgreSQL: the search_vacancy table and its GIN indexes. */
export class PostgresVacancyIndex implements VacancyIndex {
  constructor(private readonly dataSource: DataSource) {}

  async upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.upsert(this.dataSource.manager, documents);
  }

  async deleteVacancies(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`DELETE FROM search_vacancy WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async replaceVacancies(documents: VacancyDocument[]): Promise<void> {
    // One transaction: readers see the old rows until the new set commits.
    // Upserts: the outbox worker may write a document while the rebuild runs; the replay after it
    // settles which state wins.
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM search_vacancy`);
      for (let i = 0; i < documents.length; i += 1000) await this.upsert(manager, documents.slice(i, i + 1000));
    });
  }

  async searchVacancies(
    text: string | null,
    filter: VacancySearchFilter,
    { limit, offset }: PageOptions,
  ): Promise<SearchPage> {
    const where: string[] = [];
    const params = new SqlParams();
    const param = (value: unknown) => params.add(value);
    if (filter.memberStates?.length) where.push(`member_state = ANY(${param(filter.memberStates)}::text[])`);
    if (filter.occupationIds?.length) where.push(`occupation_id = ANY(${param(filter.occupationIds)}::uuid[])`);
    if (filter.programmeId) where.push(`programme_id = ${param(filter.programmeId)}::uuid`);
    if (filter.iscoCodes?.length) {
      where.push(`isco_code LIKE ANY(${param(filter.iscoCodes.map((c) => `${c}%`))}::text[])`);
    }
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
    const rows = await this.dataSource.query<{ id: string; score: number; total: number }[]>(sql, params.values);
    return { hits: rows.map((r) => ({ id: r.id, score: r.score })), total: rows[0]?.total ?? 0 };
  }

  async retrieveVacancies(q: VacancyRetrieval): Promise<{ documents: VacancyDocument[]; total: number }> {
    const rows = await this.dataSource.query<(VacancyDocument & { total: number })[]>(
      `SELECT ${DOCUMENT_COLUMNS}, count(*) OVER ()::int AS total FROM search_vacancy
       WHERE (cardinality($1::text[]) = 0 OR member_state = ANY($1::text[]))
         AND required_language_codes <@ $2::int[]
         AND (min_eqf_level IS NULL OR min_eqf_level <= coalesce($3::int, 0))
         AND (essential_skill_nums && $6::int[] OR optional_skill_nums && $6::int[] OR isco_code::int = ANY($5::int[])
              OR occupation_num = ANY($7::int[]))
       ORDER BY icount(essential_skill_nums & $4::int[]) DESC, icount(essential_skill_nums & $6::int[]) DESC,
                published_at DESC, id
       LIMIT ${Math.trunc(q.limit)}`,
      [
        q.destinations,
        q.languageCodes,
        q.highestEqf,
        q.skillNums,
        q.iscoUnits,
        // Held and related skills: a vacancy requiring either is worth scoring.
        [...new Set([...q.skillNums, ...q.relatedSkillNums])],
        q.occupationNums,
      ],
    );
    return { documents: rows.map(({ total: _total, ...document }) => document), total: rows[0]?.total ?? 0 };
  }

  private async upsert(manager: EntityManager, documents: VacancyDocument[]): Promise<void> {
    const rows = documents.map((d) => ({
      ...d,
      publishedAt: d.publishedAt.toISOString(),
      requiredLanguageCodes: requirementCodes(d.languageRequirements),
    }));
    await manager.query(
      `INSERT INTO search_vacancy (id, employer_id, title, description, occupation_id, occupation_num, isco_code,
         member_state, programme_id, published_at, essential_skill_nums, optional_skill_nums, required_language_codes,
         language_requirements, min_eqf_level, min_experience_years, document)
       SELECT d."id", d."employerId", d."title", d."description", d."occupationId", d."occupationNum", d."iscoCode",
         d."memberState", d."programmeId", d."publishedAt", d."essentialSkillNums", d."optionalSkillNums",
         d."requiredLanguageCodes", d."languageRequirements", d."minEqfLevel", d."minExperienceYears",
         setweight(to_tsvector('simple', public.pathways_norm(d."title")), 'A')
           || setweight(to_tsvector('simple', public.pathways_norm(d."description")), 'B')
       FROM jsonb_to_recordset($1::jsonb) AS d("id" uuid, "employerId" uuid, "title" text, "description" text,
         "occupationId" uuid, "occupationNum" int, "iscoCode" text, "memberState" text, "programmeId" uuid,
         "publishedAt" timestamptz, "essentialSkillNums" int[], "optionalSkillNums" int[], "requiredLanguageCodes" int[],
         "languageRequirements" jsonb, "minEqfLevel" smallint, "minExperienceYears" real)
       ON CONFLICT (id) DO UPDATE SET employer_id = EXCLUDED.employer_id, title = EXCLUDED.title,
              description = EXCLUDED.description, occupation_id = EXCLUDED.occupation_id,
              occupation_num = EXCLUDED.occupation_num, isco_code = EXCLUDED.isco_code,
              member_state = EXCLUDED.member_state, programme_id = EXCLUDED.programme_id,
              published_at = EXCLUDED.published_at, essential_skill_nums = EXCLUDED.essential_skill_nums,
              optional_skill_nums = EXCLUDED.optional_skill_nums,
              required_language_codes = EXCLUDED.required_language_codes,
              language_requirements = EXCLUDED.language_requirements, min_eqf_level = EXCLUDED.min_eqf_level,
              min_experience_years = EXCLUDED.min_experience_years, document = EXCLUDED.document`,
      [JSON.stringify(rows)],
    );
  }
}
