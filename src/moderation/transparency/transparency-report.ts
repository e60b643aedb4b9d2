import {
  DecisionBasis,
  DecisionKind,
  GroundType,
  NoticeCategory,
  NoticeStatus,
  AppealStatus,
} from 'src/moderation/moderation-rules';
import type { TransparencyFigures } from 'src/moderation/transparency/transparency.repository';

/*
 * The transparency report's shape (DSA Art. 15(1)(b) to (e) and 24(1)(b)) from the period's
 * counts: every category, kind and basis listed, zeros included, so that two periods line up.
 */

export interface TransparencyReport {
  from: string;
  to: string;
  generatedAt: Date;
  noticesReceived: number;
  noticesByCategory: { category: NoticeCategory; count: number }[];
  noticesFromTrustedFlaggers: number;
  noticesFromOthers: number;
  noticesActioned: number;
  noticesActionedOnLegalGrounds: number;
  noticesActionedOnTermsOfUse: number;
  noticesRejected: number;
  medianHoursNoticeToDecision: number | null;
  decisionsByKind: { kind: DecisionKind; count: number; automated: number }[];
  decisionsByBasis: { basis: DecisionBasis; count: number }[];
  automatedDetections: number;
  automatedDetectionsByFlag: { code: string; count: number }[];
  automatedDetectionsConfirmed: number;
  automatedDetectionsOverturned: number;
  appealsReceived: number;
  appealsUpheld: number;
  appealsReversed: number;
  medianHoursAppealToDecision: number | null;
  employersSuspended: number;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const hours = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export function buildReport(
  period: { from: string; to: string },
  figures: TransparencyFigures,
  generatedAt: Date,
): TransparencyReport {
  const categoryCount = (c: string) => figures.noticesByCategory.find((r) => r.category === c)?.count ?? 0;
  const decided = (status: NoticeStatus, groundType?: GroundType) =>
    sum(
      figures.noticesDecided
        .filter((r) => r.status === status && (groundType === undefined || r.groundType === groundType))
        .map((r) => r.count),
    );
  const decisions = (match: (d: TransparencyFigures['decisions'][number]) => boolean) =>
    sum(figures.decisions.filter(match).map((d) => d.count));
  const appeals = (status: AppealStatus) => figures.appealsDecided.find((r) => r.status === status)?.count ?? 0;
  const automatedDetections = decisions(
    (d) => d.kind === DecisionKind.VISIBILITY_RESTRICTED && d.basis === DecisionBasis.SCREENING,
  );
  return {
    from: period.from,
    to: period.to,
    generatedAt,
    noticesReceived: sum(figures.noticesByCategory.map((r) => r.count)),
    noticesByCategory: Object.values(NoticeCategory).map((category) => ({ category, count: categoryCount(category) })),
    noticesFromTrustedFlaggers: figures.noticesTrusted,
    noticesFromOthers: figures.noticesOther,
    noticesActioned: decided(NoticeStatus.ACTIONED),
    noticesActionedOnLegalGrounds: decided(NoticeStatus.ACTIONED, GroundType.ILLEGAL_CONTENT),
    noticesActionedOnTermsOfUse: decided(NoticeStatus.ACTIONED, GroundType.TERMS_OF_USE),
    noticesRejected: decided(NoticeStatus.REJECTED),
    medianHoursNoticeToDecision: hours(figures.medianHoursNoticeToDecision),
    decisionsByKind: Object.values(DecisionKind).map((kind) => ({
      kind,
      count: decisions((d) => d.kind === kind),
      automated: decisions((d) => d.kind === kind && d.automated),
    })),
    decisionsByBasis: Object.values(DecisionBasis).map((basis) => ({
      basis,
      count: decisions((d) => d.basis === basis),
    })),
    automatedDetections,
    automatedDetectionsByFlag: [...figures.automatedByCode].sort((a, b) => a.code.localeCompare(b.code)),
    automatedDetectionsConfirmed: figures.automatedOutcome.confirmed,
    automatedDetectionsOverturned: figures.automatedOutcome.overturned,
    appealsReceived: figures.appealsReceived,
    appealsUpheld: appeals(AppealStatus.UPHELD),
    appealsReversed: appeals(AppealStatus.REVERSED),
    medianHoursAppealToDecision: hours(figures.medianHoursAppealToDecision),
    employersSuspended: decisions((d) => d.kind === DecisionKind.EMPLOYER_SUSPENDED),
  };
}

/** CSV with one figure a line (`metric,dimension,value`), so every period has the same columns. */
export function reportCsv(report: TransparencyReport): string {
  const rows: [string, string, string | number | null][] = [
    ['period_from', '', report.from],
    ['period_to', '', report.to],
    ['generated_at', '', report.generatedAt.toISOString()],
    ['notices_received', '', report.noticesReceived],
    ...report.noticesByCategory.map((r): [string, string, number] => ['notices_by_category', r.category, r.count]),
    ['notices_from_trusted_flaggers', '', report.noticesFromTrustedFlaggers],
    ['notices_from_others', '', report.noticesFromOthers],
    ['notices_actioned', '', report.noticesActioned],
    ['notices_actioned', 'ILLEGAL_CONTENT', report.noticesActionedOnLegalGrounds],
    ['notices_actioned', 'TERMS_OF_USE', report.noticesActionedOnTermsOfUse],
    ['notices_rejected', '', report.noticesRejected],
    ['median_hours_notice_to_decision', '', report.medianHoursNoticeToDecision],
    ...report.decisionsByKind.flatMap((r): [string, string, number][] => [
      ['decisions_by_kind', r.kind, r.count],
      ['automated_decisions_by_kind', r.kind, r.automated],
    ]),
    ...report.decisionsByBasis.map((r): [string, string, number] => ['decisions_by_basis', r.basis, r.count]),
    ['automated_detections', '', report.automatedDetections],
    ...report.automatedDetectionsByFlag.map((r): [string, string, number] => [
      'automated_detections_by_flag',
      r.code,
      r.count,
    ]),
    ['automated_detections_confirmed', '', report.automatedDetectionsConfirmed],
    ['automated_detections_overturned', '', report.automatedDetectionsOverturned],
    ['appeals_received', '', report.appealsReceived],
    ['appeals_upheld', '', report.appealsUpheld],
    ['appeals_reversed', '', report.appealsReversed],
    ['median_hours_appeal_to_decision', '', report.medianHoursAppealToDecision],
    ['employers_suspended', '', report.employersSuspended],
  ];
  // Values are codes, dates and numbers: nothing here needs quoting.
  return ['metric,dimension,value', ...rows.map(([m, d, v]) => `${m},${d},${v ?? ''}`)].join('\n') + '\n';
}
