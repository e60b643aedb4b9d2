import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERIOUS_CATEGORIES, SERIOUS_FLAGS, URGENT_CATEGORIES } from 'src/moderation/moderation-rules';

export interface CaseRow {
  vacancyId: string;
  priority: number;
  since: Date;
  /** `since` to the microsecond, for the cursor (a Date keeps milliseconds only). */
  sinceKey: string;
  distinctNotifiers: number;
}

/**
 * Every vacancy an administrator must look at: in review (screening or notices hid it), or
 * with notices or an appeal awaiting a decision. Priority tiers are casePriority's, from the
 * same lists, computed here so that the queue pages in that order.
 */
const CASES = `
  WITH pending AS (
    SELECT vacancy_id, min(created_at) AS since, count(DISTINCT notifier_key)::int AS notifiers,
           bool_or(trusted_flagger) AS trusted,
           bool_or(category::text = ANY($1::text[])) AS urgent,
           bool_or(category::text = ANY($2::text[])) AS serious
    FROM notice WHERE status = 'RECEIVED' GROUP BY vacancy_id
  ), appeals AS (
    SELECT vacancy_id, min(created_at) AS since FROM appeal WHERE status = 'PENDING' GROUP BY vacancy_id
  ), cases AS (
    SELECT v.id,
           CASE WHEN coalesce(p.trusted OR p.urgent, false) THEN 3
                WHEN coalesce(p.serious, false) OR a.vacancy_id IS NOT NULL OR v.status = 'IN_REVIEW'
                     OR EXISTS (SELECT 1 FROM jsonb_array_elements(v.screening_flags) f WHERE f->>'code' = ANY($3::text[]))
                THEN 2
                ELSE 1 END AS priority,
           least(p.since, a.since, CASE WHEN v.status = 'IN_REVIEW' THEN v.updated_at END) AS since,
           coalesce(p.notifiers, 0) AS notifiers
    FROM vacancy v
    LEFT JOIN pending p ON p.vacancy_id = v.id
    LEFT JOIN appeals a ON a.vacancy_id = v.id
    WHERE v.status = 'IN_REVIEW' OR p.vacancy_id IS NOT NULL OR a.vacancy_id IS NOT NULL
  )`;

@Injectable()
export class ModerationQueueRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page, most urgent first, then longest waiting, keyed on (priority, since, id). */
  async page(
    limit: number,
    after: { priority: number; since: string; id: string } | null,
  ): Promise<{ rows: CaseRow[]; total: number }> {
    const tiers = [[...URGENT_CATEGORIES], [...SERIOUS_CATEGORIES], [...SERIOUS_FLAGS]];
    const keyset = after
      ? `WHERE priority < $5 OR (priority = $5 AND (since > $6::timestamptz OR (since = $6::timestamptz AND id > $7::uuid)))`
      : '';
    const [rows, [count]] = await Promise.all([
      this.dataSource.query<{ id: string; priority: number; since: Date; sinceKey: string; notifiers: number }[]>(
        `${CASES} SELECT id, priority, since, notifiers,
           to_char(since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sinceKey"
         FROM cases ${keyset}
         ORDER BY priority DESC, since ASC, id ASC LIMIT $4`,
        after ? [...tiers, limit, after.priority, after.since, after.id] : [...tiers, limit],
      ),
      this.dataSource.query<{ total: number }[]>(`${CASES} SELECT count(*)::int AS total FROM cases`, tiers),
    ]);
    return {
      rows: rows.map((r) => ({
        vacancyId: r.id,
        priority: r.priority,
        since: r.since,
        sinceKey: r.sinceKey,
        distinctNotifiers: r.notifiers,
      })),
      total: count?.total ?? 0,
    };
  }
}
