import { useState } from 'react';
import { awardCredential, type ProgrammeMatch } from '../api/queries';
import { BarChart } from '../charts/bar-chart';
import { describeError, StatusMessage } from '../components/messages';
import { PanelHeading } from '../components/panel-heading';
import { COMPONENTS, explainMatch } from '../lib/explain';
import { countryName, languageName, percent } from '../lib/names';
import { texts } from '../texts';

function AwardForm({
  programmeId,
  candidateId,
  held,
  onAwarded,
}: {
  programmeId: string;
  candidateId: string;
  held: boolean;
  onAwarded: () => void;
}) {
  const t = texts.dashboard;
  const [completed, setCompleted] = useState(held);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const credential = await awardCredential(programmeId, candidateId, completed);
      setOutcome({ ok: true, text: t.awarded(credential.trainingCompleted) });
      onAwarded();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="award-heading">
      <h3 id="award-heading">{t.award}</h3>
      <p className="help">{t.awardHelp}</p>
      <label className="choice">
        <input type="checkbox" checked={completed} onChange={(e) => setCompleted(e.target.checked)} />
        {t.trainingCompleted}
      </label>
      <button type="submit" disabled={busy}>
        {t.awardSubmit}
      </button>
      {outcome?.ok ? <StatusMessage>{outcome.text}</StatusMessage> : null}
      {outcome && !outcome.ok ? (
        <p className="message message-error" role="alert">
          {outcome.text}
        </p>
      ) : null}
    </form>
  );
}

/** One match opened: its score drawn component by component, said in words, and the candidate in brief. */
export function MatchDetail({
  match,
  programmeId,
  canAward,
  onAwarded,
}: {
  match: ProgrammeMatch;
  programmeId: string;
  canAward: boolean;
  onAwarded: () => void;
}) {
  const t = texts.dashboard;
  const labels = COMPONENTS.map((c) => texts.components[c]!);
  const values = COMPONENTS.map((c) => percent(match.breakdown[c]));
  const candidate = match.candidate;
  const own = candidate.credentials.find((c) => c.programme.id === programmeId);
  return (
    <section id="match-detail" className="panel" aria-labelledby="match-heading">
      <PanelHeading id="match-heading">
        {t.candidateId(candidate.id)} · {match.vacancy.title}
      </PanelHeading>
      <div className="columns">
        <div>
          <h3>{t.breakdown}</h3>
          <BarChart
            summary={t.breakdownSummary(labels.map((l, i) => `${l}: ${values[i]} %`).join('. '))}
            labelHeader={t.score}
            labels={labels}
            horizontal
            max={100}
            format={(v) => `${v} %`}
            series={[{ label: t.score, values, color: '#1d4f91' }]}
          />
        </div>
        <div>
          <h3>{t.explanation}</h3>
          <ul className="explanation">
            {explainMatch(match).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <h3>{t.profile}</h3>
          <dl className="facts">
            <dt>{t.citizenship}</dt>
            <dd>{countryName(candidate.citizenship)}</dd>
            <dt>{t.residence}</dt>
            <dd>{countryName(candidate.residenceCountry)}</dd>
            <dt>{t.languages}</dt>
            <dd>{candidate.languages.map((l) => `${languageName(l.language)} ${l.level}`).join(', ') || texts.none}</dd>
            <dt>{t.eqf}</dt>
            <dd>{candidate.highestEqfLevel ?? texts.none}</dd>
            <dt>{t.experience}</dt>
            <dd>{candidate.yearsOfExperience}</dd>
            <dt>{t.credentials}</dt>
            <dd>
              {candidate.credentials
                .map((c) => `${c.programme.name} (${c.trainingCompleted ? t.completed : t.inTraining})`)
                .join(', ') || texts.none}
            </dd>
          </dl>
          {canAward ? (
            <AwardForm
              programmeId={programmeId}
              candidateId={candidate.id}
              held={own?.trainingCompleted ?? false}
              onAwarded={onAwarded}
            />
          ) : (
            <p className="help">{t.adminCannotAward}</p>
          )}
        </div>
      </div>
    </section>
  );
}
