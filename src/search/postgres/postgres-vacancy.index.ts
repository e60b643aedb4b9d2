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

/** The writing transaction's id, which in-memory replicas of the index follow (VacancyPool). */
const CURRENT_XID = 'pg_current_xact_id()::text::bigint';

// Aliased to the document's field names, so rows are documents as they come.
const DOCUMENT_COLUMNS = `id, employer_id AS "employerId", title, description, occupation_id AS "occupationId",
  occupation_num AS "occupationNum", isco_code AS "iscoCode", member_state AS "memberState",
  programme_id AS "programmeId", published_at AS "publishedAt", essential_skill_nums AS "essentialSkillNums",
  optional_skill_nums AS "optionalSkillNums", language_requirements AS "languageRequirements",
  min_eqf_level AS "minEqfLevel", min_experience_years AS "minExperienceYears"`;

/** A destination the candidate accepts, languages the candidate speaks, the EQF level the candidate holds. */
function hardFilters(q: VacancyRetrieval, params: SqlParams): string {
  const destinations = params.add(q.destinations);
  return `(cardinality(${destinations}::text[]) = 0 OR member_state = ANY(${destinations}::text[]))
    AND required_language_codes <@ ${params.add(q.languageCodes)}::int[]
    AND (min_eqf_level IS NULL OR min_eqf_level <= coalesce(${params.add(q.highestEqf)}::int, 0))`;
}

/** Distinct and ascending (intarray sorts its arguments on every row otherwise). */
function sorted(nums: Iterable<number>): number[] {
  return [...new Set(nums)].sort((a, b) => a - b);
}

/** The candidate's ISCO unit groups as the 4-digit codes the column holds. */
function unitCodes(q: VacancyRetrieval): string[] {
  return q.iscoUnits.map((u) => String(u).padStart(4, '0'));
}

/** The vacancy index on PostgreSQL: the search_vacancy table and its GIN indexes. */
export class PostgresVacancyIndex implements VacancyIndex {
  constructor(private readonly dataSource: DataSource) {}

  async upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.upsert(this.dataSource.manager, documents);
  }

  async deleteVacancies(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO search_vacancy_removal (id, removed_xid)
         SELECT id, ${CURRENT_XID} FROM search_vacancy WHERE id = ANY($1::uuid[])
         ON CONFLICT (id) DO UPDATE SET removed_xid = EXCLUDED.removed_xid, removed_at = now()`,
        [ids],
      );
      await manager.query(`DELETE FROM search_vacancy WHERE id = ANY($1::uuid[])`, [ids]);
    });
  }

  async replaceVacancies(documents: VacancyDocument[]): Promise<void> {
    // One transaction: readers see the old rows until the new set commits.
    // Upserts: the outbox worker may write a document while the rebuild runs; the replay after it
    // settles which state wins.
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO search_vacancy_removal (id, removed_xid) SELECT id, ${CURRENT_XID} FROM search_vacancy
         ON CONFLICT (id) DO UPDATE SET removed_xid = EXCLUDED.removed_xid, removed_at = now()`,
      );
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

  /**
   * A pool drawn from bounded index lookups — vacancies of the candidate's occupations and
   * their neighbours, of their ISCO unit groups, requiring one of their most distinctive
   * skills, requiring any skill they hold — each behind the hard filters, ordered by the
   * essential skills held, then those related to a held one; the best `limit` go to the
   * scorer. Counting (capped) runs only when asked, beside the ranking.
   */
  async retrieveVacancies(q: VacancyRetrieval): Promise<{ documents: VacancyDocument[]; total: number }> {
    const limit = Math.trunc(q.limit);
    const params = new SqlParams();
    const hard = hardFilters(q, params);
    const held = params.add(sorted(q.skillNums));
    const near = params.add(sorted([...q.skillNums, ...q.relatedSkillNums]));
    const slices = [
      ...(q.occupationNums.length
        ? [`occupation_num = ANY(${params.add(q.occupationNums)}::int[]) LIMIT ${limit}`]
        : []),
      ...(q.iscoUnits.length ? [`isco_code = ANY(${params.add(unitCodes(q))}::varchar[]) LIMIT ${limit}`] : []),
      ...(q.distinctiveSkillNums?.length
        ? [`essential_skill_nums && ${params.add(sorted(q.distinctiveSkillNums))}::int[] LIMIT ${2 * limit}`]
        : []),
      ...(q.skillNums.length ? [`essential_skill_nums && ${held}::int[] LIMIT ${limit}`] : []),
      ...(q.relatedSkillNums.length ? [`essential_skill_nums && ${near}::int[] LIMIT ${limit}`] : []),
    ];
    if (slices.length === 0) return { documents: [], total: 0 };
    const ranking = this.dataSource.query<VacancyDocument[]>(
      `WITH pool AS (
         ${slices.map((slice) => `(SELECT id FROM search_vacancy WHERE ${hard} AND ${slice})`).join('\n         UNION\n         ')}
       )
       SELECT ${DOCUMENT_COLUMNS} FROM pool JOIN search_vacancy USING (id)
       ORDER BY icount(essential_skill_nums & ${held}::int[]) DESC, icount(essential_skill_nums & ${near}::int[]) DESC,
                published_at DESC, id
       LIMIT ${limit}`,
      params.values,
    );
    const cap = q.countCap;
    const [documents, total] = await Promise.all([
      ranking,
      cap === null || cap === undefined ? Promise.resolve(null) : this.count(q, Math.trunc(cap)),
    ]);
    return { documents, total: total ?? documents.length };
  }

  /** Vacancies passing the hard filters that require a held or related skill, or are of a close occupation, up to `cap`. */
  private async count(q: VacancyRetrieval, cap: number): Promise<number> {
    const params = new SqlParams();
    const near = params.add(sorted([...q.skillNums, ...q.relatedSkillNums]));
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM search_vacancy WHERE ${hardFilters(q, params)}
         AND (essential_skill_nums && ${near}::int[] OR optional_skill_nums && ${near}::int[]
              OR isco_code = ANY(${params.add(unitCodes(q))}::varchar[])
              OR occupation_num = ANY(${params.add(q.occupationNums)}::int[]))
         LIMIT ${cap}) capped`,
      params.values,
    );
    return row?.n ?? 0;
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
         language_requirements, min_eqf_level, min_experience_years, document, changed_xid)
       SELECT d."id", d."employerId", d."title", d."description", d."occupationId", d."occupationNum", d."iscoCode",
         d."memberState", d."programmeId", d."publishedAt", d."essentialSkillNums", d."optionalSkillNums",
         d."requiredLanguageCodes", d."languageRequirements", d."minEqfLevel", d."minExperienceYears",
         setweight(to_tsvector('simple', public.pathways_norm(d."title")), 'A')
           || setweight(to_tsvector('simple', public.pathways_norm(d."description")), 'B'),
         ${CURRENT_XID}
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
              min_experience_years = EXCLUDED.min_experience_years, document = EXCLUDED.document,
              changed_xid = EXCLUDED.changed_xid`,
      [JSON.stringify(rows)],
    );
  }
}
