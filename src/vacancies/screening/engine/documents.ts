import { Analysis } from 'src/vacancies/screening/engine/analysis';
import { Evidence } from 'src/vacancies/screening/engine/fees';
import { agentOf, isNegated, spanOf } from 'src/vacancies/screening/engine/reading';
import { Hit } from 'src/vacancies/screening/engine/tagger';

// A document named this far from "keep" or "hand over" is what is kept or handed over:
// "the passport is handed to the site supervisor, who keeps it until the end of the contract".
const DOCUMENT_REACH = 12;
// With nobody named as keeping it (a passive), the document comes first ("passports are
// kept"), or right after in verb-first languages ("تُحفظ جوازات السفر"); a document handed
// over comes right after the verb ("hand over your passport") or anywhere before it.
const DOCUMENT_RIGHT_AFTER = 4;
// "a copy of your passport", "passport number": the copy cue sits just before or after.
const COPY_REACH = 3;

function retention(span: { start: number; end: number }, reason: string): Evidence {
  return { ...span, code: 'DOCUMENT_RETENTION', reason };
}

/** The original document a verb is about, not a copy of it or its number. */
function documentFor(analysis: Analysis, verb: Hit, rightAfterOnly: boolean): Hit | undefined {
  const documents = analysis
    .find('document', verb.start - DOCUMENT_REACH, verb.end + DOCUMENT_REACH, verb.start)
    .filter((document) => {
      if (analysis.has('copy', document.start - COPY_REACH, document.end + COPY_REACH - 1, document.start))
        return false;
      if (!rightAfterOnly || document.end <= verb.start) return true;
      const after = document.start - verb.end;
      return after <= DOCUMENT_RIGHT_AFTER && !analysis.segmentBreakBetween(verb.end - 1, document.start);
    });
  return documents.sort((a, b) => Math.abs(a.start - verb.start) - Math.abs(b.start - verb.start))[0];
}

/**
 * Documents kept by someone other than the worker, beyond a check: "your passport will be
 * kept by the agency", "handed to the site supervisor, who keeps it", "leave your ID card as a
 * guarantee". A check, a copy, a document handed back, or the worker keeping it is not.
 */
export function documentEvidence(analysis: Analysis): Evidence[] {
  const found: Evidence[] = [];
  for (const clause of analysis.clauses) {
    const inClause = (cue: Parameters<Analysis['find']>[0]): Hit[] => analysis.find(cue, clause.start, clause.end - 1);
    if (inClause('document').length === 0) continue;
    const affirmed = (cue: Parameters<Analysis['find']>[0]): boolean =>
      inClause(cue).some((hit) => !isNegated(analysis, hit, true));
    const lasting = affirmed('duration') || affirmed('collateral');
    // "It is handed back to you", "you keep your passport": unless kept till the contract ends.
    if (affirmed('workerKeeps') && !lasting) continue;
    const handedBack = affirmed('returned') && !lasting;
    const replaced = (hit: Hit): boolean =>
      analysis.overlapping('returned', hit).length > 0 || analysis.overlapping('workerKeeps', hit).length > 0;

    const kept: Evidence[] = [];
    for (const hold of inClause('hold')) {
      if (replaced(hold) || isNegated(analysis, hold) || handedBack) continue;
      // "keep a copy", "لأخذ نسخة": what is kept is a copy.
      if (analysis.has('copy', hold.end, hold.end + 2, hold.start)) continue;
      const agent = agentOf(analysis, hold);
      // "You keep your passport", "keep your passport safe", "candidates must hold a passport".
      if (agent === 'worker' || agent === 'imperative') continue;
      const document = documentFor(analysis, hold, agent === undefined);
      if (document) kept.push(retention(spanOf(document, hold), 'kept by someone else'));
    }
    found.push(...kept);

    // Handing a document over is harmless when it is to be checked, copied, handed back or
    // given to an embassy: unless something says it stays.
    const onlyALook = handedBack || ((affirmed('check') || affirmed('official')) && !lasting);
    if (kept.length === 0 && !onlyALook) {
      for (const handOver of inClause('handOver')) {
        if (replaced(handOver) || isNegated(analysis, handOver)) continue;
        const document = documentFor(analysis, handOver, true);
        if (document) found.push(retention(spanOf(document, handOver), 'handed over'));
      }
    }

    for (const collateral of inClause('collateral')) {
      const document = documentFor(analysis, collateral, false);
      if (document && !isNegated(analysis, collateral)) {
        found.push(retention(spanOf(document, collateral), 'held as a guarantee'));
      }
    }
  }
  return found;
}
