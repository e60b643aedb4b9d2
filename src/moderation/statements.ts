import {
  appealDeadline,
  DecisionBasis,
  DecisionKind,
  NoticeCategory,
  REPEAT_OFFENDER_WINDOW_MONTHS,
} from 'src/moderation/moderation-rules';

/*
 * The words of the statements of reasons Pathways writes itself (DSA Art. 17(3)): for the
 * restrictions no person took (screening, notices, repeat offenders) and the parts every
 * statement shares (scope, duration, redress). A person's removal brings its own ground and
 * facts. The rules they cite are Pathways' rules for vacancies, docs/moderation.md.
 */

/** The rule for vacancies each notice category and screening flag alleges is broken. */
export const RULES: Readonly<Record<string, string>> = {
  FEE_REQUEST:
    'rule V1 (no fees or costs charged to workers; ILO Private Employment Agencies Convention No. 181, Art. 7)',
  DOCUMENT_RETENTION: 'rule V2 (workers keep their passports and identity papers)',
  FAKE_EMPLOYER: 'rule V3 (a real employer offering a real job)',
  TRAFFICKING_OR_SMUGGLING:
    'rule V4 (no trafficking in human beings or facilitation of unauthorised entry; Directive 2011/36/EU, Directive 2002/90/EC)',
  DISCRIMINATION: 'rule V5 (no discrimination; Directives 2000/43/EC, 2000/78/EC and 2006/54/EC)',
  MISLEADING_CONDITIONS: 'rule V6 (pay and conditions described truthfully)',
  PAY_IMPLAUSIBLE: 'rule V6 (pay and conditions described truthfully)',
};

const PRECAUTION =
  'Pathways rule P1 (a vacancy is hidden while a person checks it when screening or notices raise a risk)';

function alleged(codes: readonly string[]): string {
  const rules = [...new Set(codes.map((c) => RULES[c]).filter((r): r is string => r !== undefined))];
  return rules.length > 0 ? ` The texts or notices point to ${rules.join('; ')}.` : '';
}

export interface DraftStatement {
  ground: string;
  facts: string;
}

/** Screening flags sent the vacancy to review: the flags' messages quote the words read. */
export function screeningStatement(flags: readonly { code: string; message: string }[]): DraftStatement {
  return {
    ground: `${PRECAUTION}.${alleged(flags.map((f) => f.code))}`,
    facts:
      'The automatic fair-recruitment screening read the vacancy before it was shown and raised: ' +
      flags.map((f) => `${f.code}: ${f.message}`).join(' | ') +
      '. The vacancy is hidden until an administrator approves or removes it; nothing has been decided about it yet.',
  };
}

/** Notices hid a published vacancy before anyone reviewed it. */
export function noticeStatement(
  basis: DecisionBasis.TRUSTED_FLAGGER | DecisionBasis.NOTICES,
  pending: { categories: readonly NoticeCategory[]; distinctNotifiers: number },
  threshold: number,
): DraftStatement {
  const counts = new Map<NoticeCategory, number>();
  for (const c of pending.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const listed = [...counts].map(([c, n]) => `${c} x${n}`).join(', ');
  const why =
    basis === DecisionBasis.TRUSTED_FLAGGER
      ? 'A trusted flagger (an organisation whose expertise a Digital Services Coordinator recognised) sent a notice about this vacancy'
      : `${pending.distinctNotifiers} different people sent notices about this vacancy (the limit is ${threshold})`;
  return {
    ground: `${PRECAUTION}.${alleged(pending.categories)}`,
    facts:
      `${why}; notices so far: ${listed}. The vacancy was hidden automatically while an administrator reviews it; ` +
      'nothing has been decided about it yet. Who sent the notices is not disclosed.',
  };
}

/** Removals within twelve months reached the limit: the organisation is suspended pending review. */
export function repeatOffenderStatement(
  removals: readonly { title: string; decidedAt: Date; ground: string }[],
  threshold: number,
): DraftStatement {
  const listed = removals
    .map((r) => `"${r.title}" removed on ${r.decidedAt.toISOString().slice(0, 10)} (${r.ground})`)
    .join('; ');
  return {
    ground:
      `Pathways rule P2 (an organisation with ${threshold} or more vacancies removed within ` +
      `${REPEAT_OFFENDER_WINDOW_MONTHS} months is suspended pending review; Digital Services Act, Art. 23)`,
    facts:
      `${removals.length} of the organisation's vacancies were removed within ${REPEAT_OFFENDER_WINDOW_MONTHS} months: ${listed}. ` +
      'Its vacancies are hidden and it may not publish or contact candidates until an administrator has reviewed the suspension.',
  };
}

/** The prior warning Art. 23 asks for, given with the removal before the last one that would suspend. */
export function repeatOffenderWarning(removalsInWindow: number, threshold: number): string {
  return (
    `This is the ${ordinal(removalsInWindow)} vacancy of your organisation removed within ${REPEAT_OFFENDER_WINDOW_MONTHS} months. ` +
    `At ${threshold}, the organisation is suspended pending review (Pathways rule P2). An appeal that succeeds takes a removal off the count.`
  );
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Art. 17(3)(a): where the restriction applies. */
export const TERRITORIAL_SCOPE = 'The whole of Pathways, in every Member State.';

/** Art. 17(3)(a): for how long. */
export function durationOf(kind: DecisionKind): string {
  switch (kind) {
    case DecisionKind.VISIBILITY_RESTRICTED:
      return 'Until an administrator approves or removes the vacancy.';
    case DecisionKind.REMOVED:
      return 'Permanent, unless an appeal succeeds.';
    case DecisionKind.EMPLOYER_SUSPENDED:
      return 'Until an administrator has reviewed the suspension, or an appeal against a removal brings the count below the limit.';
    case DecisionKind.APPROVED:
      return 'No restriction.';
  }
}

/** Art. 17(3)(f): internal complaint (Art. 20), out-of-court settlement (Art. 21) and the courts. */
export function redressFor(kind: DecisionKind, decidedAt: Date): string {
  const until = appealDeadline(decidedAt).toISOString().slice(0, 10);
  const internal =
    kind === DecisionKind.EMPLOYER_SUSPENDED
      ? 'You may appeal each removal that led to the suspension with appealModeration(vacancyId, text)'
      : 'You may appeal this decision once with appealModeration(vacancyId, text)';
  return (
    `${internal} until ${until}, free of charge; another administrator than the one who decided answers it, ` +
    'and a decision found wrong is reversed without delay. You may also take the dispute to an out-of-court dispute ' +
    'settlement body certified by a Digital Services Coordinator (Digital Services Act, Art. 21), or to the courts of ' +
    'your Member State; neither depends on appealing here first.'
  );
}
