import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppealStatus, DecisionBasis, DecisionKind, GroundType, NoticeStatus } from 'src/moderation/moderation-rules';

/** A half-open period [start, end) in UTC. */
export interface Period {
  start: Date;
  end: Date;
}

export interface TransparencyFigures {
  noticesByCategory: { category: string; count: number }[];
  noticesTrusted: number;
  noticesOther: number;
  noticesDecided: { status: NoticeStatus; groundType: GroundType | null; count: number }[];
  medianHoursNoticeToDecision: number | null;
  decisions: { kind: DecisionKind; basis: DecisionBasis; automated: boolean; count: number }[];
  automatedByCode: { code: string; count: number }[];
  automatedOutcome: { confirmed: number; overturned: number };
  appealsReceived: number;
  appealsDecided: { status: AppealStatus; count: number }[];
  medianHoursAppealToDecision: number | null;
}

const HOURS = (from: string, to: string) => `(extract(epoch FROM ${to} - ${from}) / 3600.0)::float8`;

/** The counts of the transparency report (DSA Art. 15 and 24), each over notices, decisions or appeals of the period. */
@Injectable()
export class TransparencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async figures({ start, end }: Period): Promise<TransparencyFigures> {
    const q = <T>(sql: string) => this.dataSource.query<T[]>(sql, [start, end]);
    const [
      byCategory,
      bySender,
      decided,
      noticeMedian,
      decisions,
      byCode,
      outcome,
      appealsIn,
      appealsOut,
      appealMedian,
    ] = await Promise.all([
      q<{ category: string; count: number }>(
        `SELECT category, count(*)::int AS count FROM notice WHERE created_at >= $1 AND created_at < $2 GROUP BY category`,
      ),
      q<{ trusted: boolean; count: number }>(
        `SELECT trusted_flagger AS trusted, count(*)::int AS count FROM notice
           WHERE created_at >= $1 AND created_at < $2 GROUP BY trusted_flagger`,
      ),
      q<{ status: NoticeStatus; groundType: GroundType | null; count: number }>(
        `SELECT n.status, d.ground_type AS "groundType", count(*)::int AS count
           FROM notice n LEFT JOIN moderation_decision d ON d.id = n.decision_id
           WHERE n.decided_at >= $1 AND n.decided_at < $2 GROUP BY n.status, d.ground_type`,
      ),
      q<{ median: number | null }>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS('created_at', 'decided_at')}) AS median
           FROM notice WHERE decided_at >= $1 AND decided_at < $2`,
      ),
      q<{ kind: DecisionKind; basis: DecisionBasis; automated: boolean; count: number }>(
        `SELECT kind, basis, automated, count(*)::int AS count FROM moderation_decision
           WHERE decided_at >= $1 AND decided_at < $2 GROUP BY kind, basis, automated`,
      ),
      q<{ code: string; count: number }>(
        `SELECT code, count(*)::int AS count FROM moderation_decision, unnest(codes) AS code
           WHERE basis = 'SCREENING' AND kind = 'VISIBILITY_RESTRICTED' AND decided_at >= $1 AND decided_at < $2
           GROUP BY code`,
      ),
      // What a person later made of each automated detection: an indicator of screening's accuracy (Art. 15(1)(e)).
      q<{ confirmed: number; overturned: number }>(
        `SELECT count(*) FILTER (WHERE next.kind = 'REMOVED')::int AS confirmed,
                  count(*) FILTER (WHERE next.kind = 'APPROVED')::int AS overturned
           FROM moderation_decision r
           JOIN LATERAL (
             SELECT n.kind FROM moderation_decision n
             WHERE n.vacancy_id = r.vacancy_id AND n.id <> r.id AND n.decided_at >= r.decided_at
               AND n.kind IN ('APPROVED', 'REMOVED')
             ORDER BY n.decided_at LIMIT 1
           ) next ON true
           WHERE r.basis = 'SCREENING' AND r.kind = 'VISIBILITY_RESTRICTED' AND r.decided_at >= $1 AND r.decided_at < $2`,
      ),
      q<{ count: number }>(`SELECT count(*)::int AS count FROM appeal WHERE created_at >= $1 AND created_at < $2`),
      q<{ status: AppealStatus; count: number }>(
        `SELECT status, count(*)::int AS count FROM appeal WHERE decided_at >= $1 AND decided_at < $2 GROUP BY status`,
      ),
      q<{ median: number | null }>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS('created_at', 'decided_at')}) AS median
           FROM appeal WHERE decided_at >= $1 AND decided_at < $2`,
      ),
    ]);
    return {
      noticesByCategory: byCategory,
      noticesTrusted: bySender.find((r) => r.trusted)?.count ?? 0,
      noticesOther: bySender.find((r) => !r.trusted)?.count ?? 0,
      noticesDecided: decided,
      medianHoursNoticeToDecision: noticeMedian[0]?.median ?? null,
      decisions,
      automatedByCode: byCode,
      automatedOutcome: outcome[0] ?? { confirmed: 0, overturned: 0 },
      appealsReceived: appealsIn[0]?.count ?? 0,
      appealsDecided: appealsOut,
      medianHoursAppealToDecision: appealMedian[0]?.median ?? null,
    };
  }
}
