import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { cleanJobTitle, normalizeText, orTsQuery } from 'src/search/query-text';
import { PostgresCandidateIndex } from 'src/search/postgres/postgres-candidate.index';
import { PostgresVacancyIndex } from 'src/search/postgres/postgres-vacancy.index';
import {
  CandidateDocument,
  CandidateRetrieval,
  PageOptions,
  SearchEngine,
  SearchHit,
  SearchPage,
  VacancyDocument,
  VacancyRetrieval,
  VacancySearchFilter,
} from 'src/search/search-engine';

type Table = 'occupation' | 'skill';

/** Label weights: a match on the preferred label counts most, hidden labels (misspellings, old names) least. */
const WEIGHT = { preferred: 1.0, alt: 0.95, hidden: 0.85 };

/** Below this word similarity a concept is not a candidate at all (pg_trgm's default is 0.6). */
const WORD_SIMILARITY_THRESHOLD = 0.45;

/** How many concepts, at most, get the full per-label scoring. */
const CANDIDATES = 200;

/** Exactly the expressions of the GIN indexes, so the planner can use them. */
function labelsExpr(table: Table): string {
  const others = table === 'occupation' ? 't.alt_labels || t.hidden_labels' : 't.alt_labels';
  return `public.pathways_labels(t.preferred_label, ${others})`;
}

/**
 * Job titles are vague ("teacher", "officer"): an occupation whose ISCO unit group holds
 * several strong candidates is more likely than a lone strong match in an unrelated group,
 * so suggestions blend each score with the strength of its unit group (its best three).
 */
/** Label score: whole-string similarity, label-in-query and query-in-label word similarity. */
const BLEND = [0.6, 0.2, 0.2];
const GROUP_WEIGHT = 0.1;
const GROUPED = `
    ranked AS (SELECT s.*, row_number() OVER (PARTITION BY isco_code ORDER BY score DESC) AS rn FROM scored s),
    grp AS (SELECT isco_code, avg(score) AS strength FROM ranked WHERE rn <= 3 GROUP BY isco_code),
    final AS (
      SELECT r.id, r.preferred_label, r.matches, (1 - GROUP_W) * r.score + GROUP_W * g.strength AS score
      FROM ranked r JOIN grp g USING (isco_code)
    )`.replace(/GROUP_W/g, String(GROUP_WEIGHT));

/**
 * Each concept's best label score: trigram similarity of the whole query and label,
 * blended with how much of the label the query contains and vice versa.
 */
function rankedSql(table: Table, extraWhere: string, suggest: boolean): string {
  const labels = labelsExpr(table);
  const hidden = suggest
    ? `UNION ALL SELECT public.pathways_norm(x), ${WEIGHT.hidden} FROM unnest(c.hidden_labels) x`
    : '';
  return `
    WITH q AS (SELECT $1::text AS t, CASE WHEN $2::text IS NULL THEN NULL ELSE to_tsquery('english', $2::text) END AS ts),
    matched AS (
      SELECT t.id, t.preferred_label, t.alt_labels, t.hidden_labels, ${table === 'occupation' ? 't.isco_code' : 'NULL'} AS isco_code,
             word_similarity(q.t, ${labels}) AS ws,
             coalesce(ts_rank(to_tsvector('english'::regconfig, ${labels}), q.ts), 0) AS fts
      FROM ${table} t, q
      WHERE (q.t <% ${labels} OR (q.ts IS NOT NULL AND to_tsvector('english'::regconfig, ${labels}) @@ q.ts))
      ${extraWhere}
    ),
    -- Scoring every label is the costly part: only the best candidates by a cheap
    -- whole-document score get it.
    cand AS (
      SELECT *, count(*) OVER () AS matches FROM matched ORDER BY ws + least(fts * 2, 1) DESC LIMIT ${CANDIDATES}
    ),
    scored AS (
      SELECT c.id, c.preferred_label, c.isco_code, c.matches, best.s + 0.15 * least(c.fts * 2, 1) AS score
      FROM cand c, q, LATERAL (
        SELECT max(w * (${BLEND[0]} * similarity(q.t, n) + ${BLEND[1]} * word_similarity(n, q.t) + ${BLEND[2]} * word_similarity(q.t, n))) AS s
        FROM (SELECT public.pathways_norm(c.preferred_label) AS n, ${WEIGHT.preferred} AS w
              UNION ALL SELECT public.pathways_norm(x), ${WEIGHT.alt} FROM unnest(c.alt_labels) x
              ${hidden}) labels
      ) best
    ),
    ${suggest ? GROUPED : 'final AS (SELECT * FROM scored)'}
    SELECT id, score::float8 AS score, matches::int AS total
    FROM final ORDER BY score DESC, preferred_label, id`;
}

/**
 * The default engine: PostgreSQL itself (pg_trgm for typos, full-text search for word
 * matches, unaccent for accents), over the GIN indexes of the Taxonomy migration. Works
 * the same on the embedded PGlite.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres' as const;

  private readonly vacancies: PostgresVacancyIndex;
  private readonly candidates: PostgresCandidateIndex;

  constructor(private readonly dataSource: DataSource) {
    this.vacancies = new PostgresVacancyIndex(dataSource);
    this.candidates = new PostgresCandidateIndex(dataSource);
  }

  retrieveVacancies(query: VacancyRetrieval): Promise<{ documents: VacancyDocument[]; total: number }> {
    return this.vacancies.retrieveVacancies(query);
  }

  upsertCandidates(documents: CandidateDocument[]): Promise<void> {
    return this.candidates.upsertCandidates(documents);
  }

  deleteCandidates(ids: string[]): Promise<void> {
    return this.candidates.deleteCandidates(ids);
  }

  replaceCandidates(documents: CandidateDocument[]): Promise<void> {
    return this.candidates.replaceCandidates(documents);
  }

  retrieveCandidates(query: CandidateRetrieval): Promise<{ documents: CandidateDocument[]; total: number }> {
    return this.candidates.retrieveCandidates(query);
  }

  upsertVacancies(documents: VacancyDocument[]): Promise<void> {
    return this.vacancies.upsertVacancies(documents);
  }

  deleteVacancies(ids: string[]): Promise<void> {
    return this.vacancies.deleteVacancies(ids);
  }

  replaceVacancies(documents: VacancyDocument[]): Promise<void> {
    return this.vacancies.replaceVacancies(documents);
  }

  searchVacancies(text: string | null, filter: VacancySearchFilter, page: PageOptions): Promise<SearchPage> {
    return this.vacancies.searchVacancies(text, filter, page);
  }

  searchOccupations(text: string, options: PageOptions & { iscoCode?: string }): Promise<SearchPage> {
    return this.page('occupation', normalizeText(text), options, options.iscoCode, false);
  }

  searchSkills(text: string, options: PageOptions): Promise<SearchPage> {
    return this.page('skill', normalizeText(text), options, undefined, false);
  }

  async suggestOccupations(title: string, limit: number): Promise<SearchHit[]> {
    const page = await this.page('occupation', cleanJobTitle(title), { limit, offset: 0 }, undefined, true);
    return page.hits;
  }

  /** The migrations create the tables and their indexes. */
  async prepare(): Promise<void> {}

  /** Nothing to do: the indexes are part of the tables. */
  async reindexTaxonomy(): Promise<void> {}

  private async page(
    table: Table,
    text: string,
    { limit, offset }: PageOptions,
    iscoCode: string | undefined,
    withHidden: boolean,
  ): Promise<SearchPage> {
    if (text === '') return { hits: [], total: 0 };
    const where = iscoCode ? `AND t.isco_code LIKE $3 || '%'` : '';
    const params: unknown[] = [text, orTsQuery(text)];
    if (iscoCode) params.push(iscoCode);
    const sql = `${rankedSql(table, where, withHidden)} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
    const rows = await this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
      return manager.query<{ id: string; score: number; total: number }[]>(sql, params);
    });
    return { hits: rows.map((r) => ({ id: r.id, score: r.score })), total: rows[0]?.total ?? 0 };
  }
}
