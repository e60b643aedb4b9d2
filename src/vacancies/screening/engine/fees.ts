import { Analysis, Span } from 'src/vacancies/screening/engine/analysis';
import { Hit } from 'src/vacancies/screening/engine/tagger';
import { agentOf, bearings, feeObject, isNegated, spanOf } from 'src/vacancies/screening/engine/reading';

/** A passage that raised a flag, and the situation it was read as. */
export interface Evidence extends Span {
  code: 'FEE_REQUEST' | 'DOCUMENT_RETENTION';
  reason: string;
}

// How far (in words) a payment verb looks for what is paid: "pay [...] a fee".
const OBJECT_BEFORE = 6;
const OBJECT_AFTER = 8;
// A fee word and its purpose sit close together: "visa fee", "frais de dossier", "رسوم التأشيرة".
const PURPOSE_REACH = 3;
// An amount is the price of a purpose or fee named a few words away: "visa file, priced at 780 EUR".
const AMOUNT_REACH = 6;
// A deposit is only excused by an employer paying it close by: "the deposit is paid by us".
const DEPOSIT_EXCUSE_REACH = 4;

// The cues one of which a clause needs for any fee situation to be read in it.
const FEE_TRIGGERS = [
  'pay',
  'send',
  'charge',
  'deposit',
  'deduct',
  'channel',
  'reimburse',
  'upfront',
  'fee',
  'cost',
  'amount',
  'workerBears',
  'paidBy',
  'bear',
] as const;

function fee(span: Span, reason: string): Evidence {
  return { ...span, code: 'FEE_REQUEST', reason };
}

function objectNear(analysis: Analysis, hit: Hit): Hit | undefined {
  return feeObject(analysis, hit.start - OBJECT_BEFORE, hit.end + OBJECT_AFTER, hit.start, false, hit);
}

/** Money sent: an amount, a fee, a deposit, a channel; not a CV or a copy of a passport. */
function moneyNear(analysis: Analysis, hit: Hit): Hit | undefined {
  const from = hit.start - OBJECT_BEFORE;
  const to = hit.end + OBJECT_AFTER;
  return (['amount', 'fee', 'deposit', 'channel', 'cost'] as const)
    .flatMap((cue) => analysis.find(cue, from, to, hit.start))
    .filter((money) => !analysis.has('benign', money.start - 2, money.end + 2, hit.start))
    .sort((a, b) => a.start - b.start)[0];
}

/** Sending a passport is not a payment: "send your passport", "deposit your ID card". */
function aboutDocument(analysis: Analysis, hit: Hit): boolean {
  return analysis.has('document', hit.end, hit.end + 3, hit.start);
}

/**
 * Fee requests, in every language a lexicon covers: the worker pays (or is charged, or has
 * it deducted, or pays now and is refunded after months of work) for recruitment, a visa,
 * travel, training, a medical check, placement, or leaves a deposit.
 */
export function feeEvidence(analysis: Analysis): Evidence[] {
  const found: Evidence[] = [];
  // What a sentence names as deducted, read once however many deductions it mentions.
  const sentenceObjects = new Map<number, Hit | null>();
  for (const clause of analysis.clauses) {
    // A sentence warning candidates ("if someone asks you for money in our name, do not pay")
    // asks for nothing, and a clause without a word about money has nothing to read.
    const sentence = analysis.sentenceRange(clause.start);
    if (analysis.has('warning', sentence.start, sentence.end - 1)) continue;
    if (!FEE_TRIGGERS.some((cue) => analysis.has(cue, clause.start, clause.end - 1))) continue;
    const clauseBearings = bearings(analysis, clause);
    const employerPays = clauseBearings.filter((bearing) => bearing.bearer === 'employer');
    const refundLater = analysis.has('serviceDelay', clause.start, clause.end - 1);
    const inClause = (cue: Parameters<Analysis['find']>[0]): Hit[] => analysis.find(cue, clause.start, clause.end - 1);

    // The worker bears a cost: "at your own expense", "paid by the candidate", "not covered by us".
    for (const bearing of clauseBearings) {
      if (bearing.bearer !== 'worker') continue;
      const object = feeObject(analysis, clause.start, clause.end - 1, clause.start, false, bearing.hit);
      // "No recruitment, visa or travel fees are charged to candidates."
      if (object && !isNegated(analysis, object))
        found.push(fee(spanOf(bearing.hit, object), 'the worker bears the cost'));
    }

    // The worker pays: "you must pay", "applicants transfer", "pay for your own flight".
    for (const pay of inClause('pay')) {
      const agent = agentOf(analysis, pay);
      if ((agent !== 'worker' && agent !== 'imperative') || isNegated(analysis, pay) || aboutDocument(analysis, pay)) {
        continue;
      }
      const object = objectNear(analysis, pay);
      if (object && !isNegated(analysis, object)) found.push(fee(spanOf(pay, object), 'the worker pays'));
    }

    // The worker sends money: "send 150 dollars through Western Union" (not "send your CV").
    for (const send of inClause('send')) {
      const agent = agentOf(analysis, send);
      if ((agent !== 'worker' && agent !== 'imperative') || isNegated(analysis, send)) continue;
      const money = moneyNear(analysis, send);
      if (money && !isNegated(analysis, money)) found.push(fee(spanOf(send, money), 'the worker sends money'));
    }

    // Someone charges the worker: "we charge a fee", "candidates are charged 300 EUR".
    for (const charge of inClause('charge')) {
      const object = objectNear(analysis, charge);
      if (object && !isNegated(analysis, charge) && !isNegated(analysis, object)) {
        found.push(fee(spanOf(charge, object), 'the worker is charged'));
      }
    }

    // A deposit, unless the employer pays it: "a refundable deposit of 400 EUR".
    for (const deposit of inClause('deposit')) {
      if (isNegated(analysis, deposit) || aboutDocument(analysis, deposit)) continue;
      // "Pasaportunuz teminat olarak": a passport held as a guarantee is a document situation.
      if (analysis.overlapping('collateral', deposit).length > 0 && inClause('document').length > 0) continue;
      // A deposit "refunded at the end of the season" is still the worker's money.
      const excused = employerPays.some(
        (bearing) =>
          bearing.hit.cue !== 'reimburse' && Math.abs(bearing.hit.start - deposit.start) <= DEPOSIT_EXCUSE_REACH + 2,
      );
      // A rent deposit paid to a landlord is ordinary housing, unless it is pressed for upfront.
      const forHousing = inClause('benign').length > 0;
      const pressing = inClause('upfront').length > 0 || inClause('channel').length > 0;
      if (!excused && (!forHousing || pressing)) found.push(fee(deposit, 'a deposit'));
    }

    // Deducted from pay: "deducted from your first salary", "verrechnet mit dem Lohn".
    // "Die Reisepässe werden ... einbehalten": withholding a passport, not pay.
    const aboutDocuments = inClause('document').length > 0 && inClause('salary').length === 0;
    for (const deduct of aboutDocuments ? [] : inClause('deduct')) {
      // What is deducted may be named anywhere in the sentence ("The agency advances your visa;
      // 300 EUR are deducted ...", "Le logement ... retenus sur le salaire"). A sum deducted every
      // week or month with nothing named is rent or board, not a fee.
      const sentence = analysis.sentenceRange(deduct.start);
      let object = sentenceObjects.get(sentence.start);
      if (object === undefined) {
        object = feeObject(analysis, sentence.start, sentence.end - 1, undefined) ?? null;
        sentenceObjects.set(sentence.start, object);
      }
      if (object && !isNegated(analysis, deduct)) found.push(fee(spanOf(deduct, object), 'deducted from pay'));
    }

    // Paid through channels fraud uses: "Western Union", "MoneyGram".
    for (const channel of inClause('channel')) {
      if (!isNegated(analysis, channel)) found.push(fee(channel, 'a payment channel fraud uses'));
    }

    // Refunded only after months of work: the worker pays now.
    for (const refund of inClause('reimburse')) {
      const object = feeObject(analysis, clause.start, clause.end - 1, clause.start);
      if (object && (refundLater || isNegated(analysis, refund))) {
        const delay = inClause('serviceDelay')[0];
        found.push(fee(spanOf(object, refund, delay), 'refunded only after a period of work, or not at all'));
      }
    }

    // A fee named, with no one else paying it: "visa fee", "frais de dossier", "taxa de recrutare".
    const employerPaysAny = employerPays.length > 0;
    if (!employerPaysAny) {
      for (const upfront of inClause('upfront')) {
        const payment = [...analysis.find('pay', upfront.start - 6, upfront.end + 6, upfront.start)].find(
          (pay) => agentOf(analysis, pay) !== 'other',
        );
        // "before travelling" alone is a date; with money or a payment it is a fee paid in advance.
        const object = payment ?? moneyNear(analysis, upfront);
        if (object && !isNegated(analysis, upfront) && !isNegated(analysis, object)) {
          found.push(fee(spanOf(object, upfront), 'paid in advance'));
        }
      }
      found.push(...namedFees(analysis, clause));
    }
  }
  return found.concat(universalEvidence(analysis));
}

function namedFees(analysis: Analysis, clause: Span): Evidence[] {
  const found: Evidence[] = [];
  const near = (hit: Hit, cue: Parameters<Analysis['find']>[0], reach: number): Hit | undefined =>
    analysis.find(cue, hit.start - reach, hit.end + reach, hit.start).filter((other) => !isNegated(analysis, other))[0];
  const inClause = (cue: Parameters<Analysis['find']>[0]): Hit[] => analysis.find(cue, clause.start, clause.end - 1);
  const benign = inClause('benign');
  // "medical insurance" is insurance; "Reisepass", "جوازات السفر" are passports, not travel.
  const covering = [...benign, ...inClause('document')];
  const notBenign = (hit: Hit): boolean => !covering.some((b) => b.start <= hit.start && b.end >= hit.end);
  for (const feeWord of inClause('fee')) {
    if (isNegated(analysis, feeWord)) continue;
    const purpose = near(feeWord, 'purpose', PURPOSE_REACH);
    const amount = near(feeWord, 'amount', AMOUNT_REACH);
    const must = near(feeWord, 'must', PURPOSE_REACH + 1);
    const partner = (purpose && notBenign(purpose) ? purpose : undefined) ?? amount ?? must;
    if (partner) found.push(fee(spanOf(feeWord, partner), 'a fee'));
  }
  for (const cost of inClause('cost')) {
    if (isNegated(analysis, cost)) continue;
    const purpose = near(cost, 'purpose', PURPOSE_REACH);
    if (purpose && notBenign(purpose)) found.push(fee(spanOf(cost, purpose), 'a cost'));
    // "a guarantee payment of 250 EUR is requested"
    const amount = near(cost, 'amount', PURPOSE_REACH + 1);
    const must = near(cost, 'must', AMOUNT_REACH);
    if (amount && must && benign.length === 0) found.push(fee(spanOf(cost, amount, must), 'a payment asked for'));
  }
  // "Visa: 300 EUR", "(German course, medical screening and visa file), priced at 780 EUR":
  // a price on a purpose, in a clause where no one else pays it.
  for (const amount of inClause('amount')) {
    const purpose = near(amount, 'purpose', AMOUNT_REACH);
    if (purpose && notBenign(purpose) && !isNegated(analysis, amount)) {
      found.push(fee(spanOf(purpose, amount), 'a price for a purpose'));
    }
  }
  return found;
}

/**
 * For languages without a lexicon: an amount next to a word understood across languages
 * ("visa", "fee", "cash") or a payment channel.
 */
function universalEvidence(analysis: Analysis): Evidence[] {
  if (analysis.knownLanguage) return [];
  const found: Evidence[] = [];
  for (const amount of analysis.all('amount')) {
    const cue = [
      ...analysis.find('intlFee', amount.start - 6, amount.end + 6, amount.start),
      ...analysis.find('channel', amount.start - 6, amount.end + 6, amount.start),
    ][0];
    if (cue && !isNegated(analysis, amount)) found.push(fee(spanOf(amount, cue), 'an amount with a payment cue'));
  }
  return found;
}
