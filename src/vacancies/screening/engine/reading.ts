import { Analysis, Span } from 'src/vacancies/screening/engine/analysis';
import { Cue } from 'src/vacancies/screening/engine/lexicon';
import { Hit } from 'src/vacancies/screening/engine/tagger';

/**
 * The shared reading of a clause, in every language: what a negation covers, who acts, who
 * pays. The rules are about word order only loosely (a few words before or after), which
 * is what lets one engine read English, German, Arabic and Turkish alike.
 */

// A negation reaches this many words ahead ("no recruitment or placement fees") ...
const NEGATION_REACH_BEFORE = 5;
// ... and this many back ("fees: none", "passports are not kept", "ücret alınmaz").
const NEGATION_REACH_AFTER = 4;

const AGENT_CUES: readonly Cue[] = ['worker', 'employer', 'holder'];
export type Agent = 'worker' | 'other' | 'imperative';

// Words a negation may reach across after a comma: the items of a list of fees.
const LIST_ITEM_CUES: readonly Cue[] = ['purpose', 'fee', 'cost', 'deposit', 'document', 'channel'];
// How far back a negation is looked for, list items included.
const NEGATION_SCAN_BEFORE = 14;

function isListItem(analysis: Analysis, index: number): boolean {
  const token = analysis.tokens[index]!;
  if (token.text.length <= 3) return true; // "or", "and", "de", "و"
  return LIST_ITEM_CUES.some((cue) => analysis.overlapping(cue, { start: index, end: index + 1 }).length > 0);
}

/**
 * Whether a negation covers the words of `span`: a few words before or after, or in them
 * ("kostenlos", "ücretsiz") unless `outsideOnly` (a phrase like "free of charge" is not its
 * own negation).
 */
export function isNegated(analysis: Analysis, span: Span, outsideOnly = false, lookAfter = true): boolean {
  if (!outsideOnly && analysis.overlapping('negation', span).length > 0) return true;
  const clause = analysis.clauseRange(span.start);
  const before = analysis.find('negation', span.start - NEGATION_SCAN_BEFORE, span.start - 1, span.start);
  for (const negation of before) {
    if (negation.end > span.start) continue;
    // "non-refundable fee": the negation is the refund's (unless the refund is what is asked about).
    const refund = analysis.find('reimburse', negation.end, negation.end, negation.start);
    if (refund.some((hit) => hit.start < span.start)) continue;
    // The words of a list do not count towards the reach ("we never request payment by
    // Western Union, MoneyGram or ..."); after a comma only list words may follow, so "no
    // experience needed, pay a fee" is not negated.
    let lastBreak = -1;
    for (let index = negation.end; index <= span.start; index += 1) {
      if (analysis.tokens[index]!.segmentBreak) lastBreak = index;
    }
    let words = 0;
    let listAfterBreak = true;
    for (let index = negation.end; index < span.start; index += 1) {
      if (isListItem(analysis, index)) continue;
      words += 1;
      if (lastBreak >= 0 && index >= lastBreak) listAfterBreak = false;
    }
    // Across a comma the negated words themselves continue the list ("..., MoneyGram").
    const continuesList = LIST_ITEM_CUES.some((cue) => analysis.overlapping(cue, span).length > 0);
    if (lastBreak >= 0 && !continuesList) listAfterBreak = false;
    if (words <= NEGATION_REACH_BEFORE && listAfterBreak) return true;
  }
  if (!lookAfter) return false;
  const after = analysis.find('negation', span.end, span.end + NEGATION_REACH_AFTER - 1, span.start);
  for (const negation of after) {
    if (negation.start >= clause.end || analysis.segmentBreakBetween(span.end - 1, negation.start)) continue;
    // "not refundable" negates the refund, not the fee.
    // "not refundable", "ولا تعاد": the negation is the refund's or the return's.
    if (analysis.has('reimburse', negation.end, negation.end + 1, negation.start)) continue;
    if (analysis.has('returned', negation.end, negation.end + 1, negation.start)) continue;
    // "flights are not covered by the employer": the negation turns the employer's payment
    // round (see bearings); the flight is still to be paid.
    const turnsRound = (['employerBears', 'paidBy', 'bear'] as const).some((cue) =>
      analysis.has(cue, negation.end, negation.end + 1, negation.start),
    );
    if (turnsRound) continue;
    return true;
  }
  return false;
}

function agentKind(hit: Hit): Agent {
  return hit.cue === 'worker' ? 'worker' : 'other';
}

/**
 * Who does what a verb says: the worker ("you must pay", "workers hand over"), someone else
 * ("we keep", "übernimmt der Arbeitgeber"), the reader of an imperative ("pay for your own
 * flight"), or nobody named (a passive: "passports are kept").
 */
export function agentOf(analysis: Analysis, verb: Hit): Agent | undefined {
  // An obligation before the verb, or fused into it ("ödemelisiniz"), falls on the worker.
  if (analysis.overlapping('must', verb).length > 0) return 'worker';
  // A subject fused into the verb: "guardamos" (we keep), "saklıyoruz", "سنحتفظ".
  const fused = AGENT_CUES.flatMap((cue) => analysis.overlapping(cue, verb))[0];
  if (fused) return agentKind(fused);
  if (analysis.find('must', verb.start - 4, verb.start - 1, verb.start).some((must) => must.end <= verb.start)) {
    return 'worker';
  }
  // ... or just after it, in verb-final clauses: "ادا کرنے ہوں گے", "ödemeniz gerekir", "zahlen müssen".
  const mustAfter = analysis.find('must', verb.end, verb.end + 1, verb.start)[0];
  if (mustAfter && !analysis.segmentBreakBetween(verb.end - 1, mustAfter.start)) return 'worker';
  const clause = analysis.clauseRange(verb.start);
  // Someone named as receiving ("to the agency", "ajansa", "agenției") does not act.
  const receives = (hit: Hit): boolean =>
    analysis.has('toward', hit.start - 3, hit.start - 1, verb.start) || analysis.overlapping('toward', hit).length > 0;
  const before = AGENT_CUES.flatMap((cue) => analysis.find(cue, verb.start - 6, verb.start - 1, verb.start))
    .filter((hit) => hit.end <= verb.start && !receives(hit))
    // "the workers' passports are kept", "i passaporti dei lavoratori restano": the worker
    // owns the document that is the subject; they do not act.
    .filter(
      (hit) =>
        hit.cue !== 'worker' ||
        !(
          analysis.has('document', hit.end, verb.start - 1, verb.start) ||
          analysis.find('document', hit.start - 4, hit.start - 1, verb.start).some((doc) => hit.start - doc.end <= 1)
        ),
    )
    // The nearest; on a tie the employer, so "nous vous remboursons" is the employer's act.
    .sort((a, b) => b.end - a.end || (a.cue === 'worker' ? 1 : 0) - (b.cue === 'worker' ? 1 : 0))[0];
  // Named after the verb it acts ("übernimmt der Arbeitgeber"), unless it receives ("à l'agence").
  const after = AGENT_CUES.flatMap((cue) => analysis.find(cue, verb.end, verb.end + 3, verb.start))
    .filter((hit) => !receives(hit) && !analysis.segmentBreakBetween(verb.end - 1, hit.start))
    .sort((a, b) => a.start - b.start)[0];
  if (before && (verb.start - before.end <= 1 || !after)) {
    // "we support you and pay", "nous vous remboursons", "wir begleiten Sie und bezahlen": a
    // worker named just after the employer is the object of the employer's verb.
    if (before.cue === 'worker') {
      const subject = AGENT_CUES.filter((cue) => cue !== 'worker')
        .flatMap((cue) => analysis.find(cue, before.start - 3, before.start - 1, verb.start))
        .some((hit) => hit.end <= before.start && before.start - hit.end <= 1);
      if (subject) return 'other';
    }
    return agentKind(before);
  }
  if (after) return agentKind(after);
  // An imperative opens its clause ("Please pay", "Pay for your own flight") or a part of it
  // after a comma ("To move forward, transfira ..."; not ", who keeps it").
  const opensSegment = verb.start > clause.start && analysis.tokens[verb.start]!.segmentBreak;
  if ((verb.start - clause.start <= 1 || opensSegment) && !analysis.verbFirst.has(verb.language)) return 'imperative';
  return undefined;
}

/** Whoever a "paid by", "at the expense of" phrase names. */
function bearerOf(analysis: Analysis, phrase: Hit): Agent | undefined {
  const after = AGENT_CUES.flatMap((cue) => analysis.find(cue, phrase.end, phrase.end + 3, phrase.start)).sort(
    (a, b) => a.start - b.start,
  )[0];
  if (after) return agentKind(after);
  // Postpositions name the bearer before: "işveren tarafından", "آجر کی طرف سے".
  const before = AGENT_CUES.flatMap((cue) => analysis.find(cue, phrase.start - 3, phrase.start - 1, phrase.start))
    .filter((hit) => hit.end <= phrase.start)
    .sort((a, b) => b.end - a.end)[0];
  if (before) return agentKind(before);
  // Someone no lexicon knows: the occupation of the title is the worker ("à la charge du
  // chauffeur"); any other name is an organisation ("paid by Nordic Care AS").
  const clause = analysis.clauseRange(phrase.start);
  for (let index = phrase.end; index < Math.min(phrase.end + 3, clause.end); index += 1) {
    const token = analysis.tokens[index]!;
    if (token.isNumber) return undefined;
    if (token.text.length <= 3) continue; // "the", "du", "der"
    return analysis.isOccupation(index) ? 'worker' : 'other';
  }
  return undefined;
}

export interface Bearing {
  hit: Hit;
  bearer: 'worker' | 'employer';
}

/**
 * Every statement in a clause of who bears a cost: "paid by the employer", "we cover",
 * "free of charge" (the employer), "at your own expense", "you bear the costs", "not
 * covered by the company" (the worker).
 */
export function bearings(analysis: Analysis, clause: Span): Bearing[] {
  const found: Bearing[] = [];
  const inClause = (cue: Cue): Hit[] => analysis.find(cue, clause.start, clause.end - 1);
  // "not covered by the employer": a negation before the statement turns it round. One after
  // it belongs to the next phrase ("provided by us at no cost to you").
  const flip = (hit: Hit, bearer: 'worker' | 'employer'): Bearing => ({
    hit,
    bearer: isNegated(analysis, hit, true, false) ? (bearer === 'worker' ? 'employer' : 'worker') : bearer,
  });
  for (const hit of inClause('employerBears')) found.push(flip(hit, 'employer'));
  for (const hit of inClause('workerBears')) {
    // "no costs at your own expense" says nothing; a negated worker cost is not an employer one.
    if (!isNegated(analysis, hit)) found.push({ hit, bearer: 'worker' });
  }
  for (const hit of inClause('paidBy')) {
    const bearer = bearerOf(analysis, hit);
    if (bearer) found.push(flip(hit, bearer === 'worker' ? 'worker' : 'employer'));
  }
  for (const cue of ['bear', 'pay', 'reimburse'] as const) {
    for (const hit of inClause(cue)) {
      const agent = agentOf(analysis, hit);
      if (agent === 'other') found.push(flip(hit, 'employer'));
      // "You bear the costs", but not "Sie tragen keinerlei Kosten"; and not an imperative:
      // "offriamo", "bezahlen" at the start of a clause are the employer's.
      else if (cue === 'bear' && agent === 'worker' && !isNegated(analysis, hit)) {
        const object = feeObject(analysis, hit.start, hit.end + 6, hit.start);
        if (!object || !isNegated(analysis, object)) found.push({ hit, bearer: 'worker' });
      }
    }
  }
  // A refund with no one named is the employer's ("travel costs are reimbursed").
  for (const hit of inClause('reimburse')) {
    if (agentOf(analysis, hit) === undefined && !isNegated(analysis, hit)) found.push({ hit, bearer: 'employer' });
  }
  return found;
}

/**
 * The word that makes a payment a fee, between tokens `from` and `to` of a clause: what it is
 * for (visa, recruitment, a deposit, a transfer channel), or a cost or amount that is not
 * ordinary living costs ("rent of 250 EUR", "tax").
 */
export function feeObject(
  analysis: Analysis,
  from: number,
  to: number,
  within: number | undefined,
  ratesToo = false,
  trigger?: Span,
): Hit | undefined {
  // Not the trigger itself ("charge" is a verb and a fee); the nearest to it, for the quote.
  const apart = (hit: Hit): boolean => !trigger || hit.end <= trigger.start || hit.start >= trigger.end;
  const distance = (hit: Hit): number => (trigger ? Math.abs(hit.start - trigger.start) : hit.start);
  // "recruitment is free" is not a fee object; "no rent" is no living cost either. Negation is
  // asked of the nearest candidates first, so a long text costs few questions.
  const nearest = (hits: Hit[]): Hit | undefined =>
    hits.sort((a, b) => distance(a) - distance(b)).find((hit) => !isNegated(analysis, hit));
  const find = (cue: Cue): Hit[] => analysis.find(cue, from, to, within).filter(apart);
  const benignHits = find('benign');
  const benign = benignHits.length > 0 && nearest(benignHits) ? benignHits : [];
  // "medical insurance" is insurance; "جوازات السفر" (passports) is not travel.
  const covering = [...benign, ...analysis.find('document', from - 4, to, within)];
  const purposes = find('purpose').filter((hit) => !covering.some((b) => b.start <= hit.start && b.end >= hit.end));
  const strong = [...purposes, ...find('channel'), ...find('fee')];
  if (strong.length > 0) return nearest(strong);
  // A deposit next to rent or a landlord is a rent deposit.
  if (benign.length > 0) return undefined;
  const amounts = ratesToo ? [...find('amount'), ...find('payRate')] : find('amount');
  return nearest([...find('deposit'), ...find('cost'), ...amounts]);
}

export function spanOf(...hits: (Span | undefined)[]): Span {
  const present = hits.filter((hit): hit is Span => hit !== undefined);
  return {
    start: Math.min(...present.map((hit) => hit.start)),
    end: Math.max(...present.map((hit) => hit.end)),
  };
}
