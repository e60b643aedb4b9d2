import { useState } from 'react';
import { programmeMatches, programmeStatistics, type ProgrammeStatistics } from '../api/queries';
import type { Session } from '../api/session';
import { useLoad } from '../api/use-load';
import { usePages } from '../api/use-pages';
import { BarChart } from '../charts/bar-chart';
import { ErrorMessage, Loading } from '../components/messages';
import { Screen } from '../components/screen';
import { criterionLabel } from '../lib/criteria';
import { countryName, orList, percent, when } from '../lib/names';
import { href } from '../routing';
import { texts } from '../texts';
import { MatchDetail } from './match-detail';

const COLORS = { failing: '#b3261e', stillIn: '#1f6f43', missing: '#8a4b08' };

function Funnel({ statistics }: { statistics: ProgrammeStatistics }) {
  const t = texts.dashboard;
  if (statistics.criteria.length === 0) return <p>{t.criteriaEmpty}</p>;
  const labels = statistics.criteria.map((c) => criterionLabel(c.criterion, statistics.programme.criteria));
  const failing = statistics.criteria.map((c) => c.failing);
  const stillIn = statistics.criteria.map((c) => c.passingSoFar);
  const lines = labels.map((l, i) => `${l}: ${failing[i]} fail, ${stillIn[i]} still eligible`).join('. ');
  return (
    <BarChart
      summary={t.funnelSummary(lines)}
      labelHeader={texts.criteria.criterion}
      labels={labels}
      horizontal
      max={Math.max(statistics.visibleCandidates, 1)}
      series={[
        { label: t.failing, values: failing, color: COLORS.failing },
        { label: t.stillIn, values: stillIn, color: COLORS.stillIn },
      ]}
    />
  );
}

function MissingSkills({ statistics }: { statistics: ProgrammeStatistics }) {
  const t = texts.dashboard;
  if (statistics.missingSkills.length === 0) return <p>{t.missingEmpty}</p>;
  const labels = statistics.missingSkills.map((m) => m.skill.label);
  const values = statistics.missingSkills.map((m) => m.matches);
  return (
    <>
      <p className="help">{t.missingHelp(statistics.matchesConsidered)}</p>
      <BarChart
        summary={t.missingSummary(labels.map((l, i) => `${l}: ${values[i]}`).join('. '))}
        labelHeader={texts.components.essentialSkills!}
        labels={labels}
        horizontal
        series={[{ label: t.missingSeries, values, color: COLORS.missing }]}
      />
    </>
  );
}

function Matches({
  programmeId,
  session,
  onAwarded,
}: {
  programmeId: string;
  session: Session;
  onAwarded: () => void;
}) {
  const t = texts.dashboard;
  const [selected, setSelected] = useState<number | null>(null);
  const matches = usePages((after) => programmeMatches(programmeId, after), `matches-${programmeId}`);
  const chosen = selected === null ? null : matches.items[selected];
  return (
    <section aria-labelledby="matches-heading">
      <h2 id="matches-heading">{t.matches}</h2>
      {matches.error ? <ErrorMessage error={matches.error} onRetry={matches.reload} /> : null}
      {matches.loading && !matches.data ? <Loading /> : null}
      {matches.data && matches.items.length === 0 ? <p>{t.matchesEmpty}</p> : null}
      {matches.items.length > 0 ? (
        <table>
          <caption>{t.matchesCaption(matches.total)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.score}</th>
              <th scope="col">{t.candidate}</th>
              <th scope="col">{t.vacancy}</th>
              <th scope="col">{t.details}</th>
            </tr>
          </thead>
          <tbody>
            {matches.items.map((m, i) => (
              <tr key={`${m.candidate.id}-${m.vacancy.id}`} aria-selected={selected === i}>
                <td>
                  <meter min={0} max={100} value={percent(m.score)} aria-label={`${t.score} ${percent(m.score)}`} />{' '}
                  {percent(m.score)}
                </td>
                <th scope="row">{t.candidateId(m.candidate.id)}</th>
                <td>
                  {m.vacancy.title} · {m.vacancy.employer.legalName} · {countryName(m.vacancy.memberState)}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t.details}: ${t.candidateId(m.candidate.id)}`}
                    aria-expanded={selected === i}
                    aria-controls={selected === i ? 'match-detail' : undefined}
                    onClick={() => setSelected(selected === i ? null : i)}
                  >
                    {t.details}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {matches.more ? (
        <button type="button" onClick={() => void matches.more?.()}>
          {texts.loadMore}
        </button>
      ) : null}
      {chosen ? (
        <MatchDetail
          key={`${chosen.candidate.id}-${chosen.vacancy.id}`}
          match={chosen}
          programmeId={programmeId}
          canAward={session.user.role === 'PARTNERSHIP_ADMIN'}
          onAwarded={() => {
            matches.reload();
            onAwarded();
          }}
        />
      ) : null}
    </section>
  );
}

export function ProgrammeDashboard({ programmeId, session }: { programmeId: string; session: Session }) {
  const t = texts.dashboard;
  const statistics = useLoad(() => programmeStatistics(programmeId), `statistics-${programmeId}`);
  const s = statistics.data;
  return (
    <Screen title={s ? t.title(s.programme.name) : texts.programmes.title}>
      <p>
        <a href={href.programmes}>{t.back}</a>
      </p>
      {statistics.error ? <ErrorMessage error={statistics.error} onRetry={statistics.reload} /> : null}
      {statistics.loading && !s ? <Loading /> : null}
      {s ? (
        <>
          <p className="intro">
            {texts.programmes.memberStates}: {orList(s.programme.memberStates.map(countryName))}.{' '}
            {texts.programmes.partners}: {orList(s.programme.partnerCountries.map(countryName))}.
          </p>
          <p className="headline" aria-live="polite">
            <strong>{t.eligibleHeadline(s.eligibleCandidates, s.visibleCandidates)}</strong>{' '}
            <span className="help">{t.computed(when(s.computedAt))}</span>
          </p>
          <div className="columns">
            <section aria-labelledby="funnel-heading">
              <h2 id="funnel-heading">{t.funnel}</h2>
              <p className="help">{t.funnelHelp}</p>
              <Funnel statistics={s} />
            </section>
            <section aria-labelledby="missing-heading">
              <h2 id="missing-heading">{t.missing}</h2>
              <MissingSkills statistics={s} />
            </section>
          </div>
        </>
      ) : null}
      <Matches programmeId={programmeId} session={session} onAwarded={statistics.reload} />
    </Screen>
  );
}
