import { useState } from 'react';
import {
  employerHistory,
  employers,
  setEmployerStatus,
  type Employer,
  type EmployerStatus,
  type StatusChange,
} from '../api/queries';
import { useLoad } from '../api/use-load';
import { usePages } from '../api/use-pages';
import { describeError, ErrorMessage, Loading, StatusMessage } from '../components/messages';
import { PanelHeading } from '../components/panel-heading';
import { Screen } from '../components/screen';
import { countryName, when } from '../lib/names';
import { texts } from '../texts';

const STATUSES: EmployerStatus[] = ['PENDING', 'VERIFIED', 'SUSPENDED', 'REMOVED'];

/** The moves an administrator may make (the API enforces the same rule; REMOVED is final). */
const NEXT: Record<EmployerStatus, EmployerStatus[]> = {
  PENDING: ['VERIFIED', 'SUSPENDED', 'REMOVED'],
  VERIFIED: ['SUSPENDED', 'REMOVED'],
  SUSPENDED: ['VERIFIED', 'REMOVED'],
  REMOVED: [],
};
const needsReason = (status: EmployerStatus) => status === 'SUSPENDED' || status === 'REMOVED';
const statusText = (s: string) => texts.statuses[s] ?? s;

function History({ changes, caption }: { changes: StatusChange[]; caption: string }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{texts.employers.at}</th>
          <th scope="col">{texts.employers.name}</th>
          <th scope="col">{texts.employers.from}</th>
          <th scope="col">{texts.employers.to}</th>
          <th scope="col">{texts.employers.reason}</th>
          <th scope="col">{texts.employers.by}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.at}-${c.employer.id}-${c.to}`}>
            <td>{when(c.at)}</td>
            <td>{c.employer.legalName}</td>
            <td>{c.from ? statusText(c.from) : texts.employers.registered}</td>
            <td>{statusText(c.to)}</td>
            <td>{c.reason ?? ''}</td>
            <td>{c.changedBy ? c.changedBy.email : texts.employers.erasedAccount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Decide({ employer, onDone }: { employer: Employer; onDone: (updated: Employer) => void }) {
  const options = NEXT[employer.status];
  const [status, setStatus] = useState<EmployerStatus | null>(options[0] ?? null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const history = useLoad(() => employerHistory(employer.id, null), `history-${employer.id}-${employer.status}`);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!status) return;
    if (needsReason(status) && !reason.trim()) {
      setProblem(texts.employers.reasonRequired);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onDone(await setEmployerStatus(employer.id, status, reason.trim() || null));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="decide-heading">
      <PanelHeading id="decide-heading">{texts.employers.decideOn(employer.legalName)}</PanelHeading>
      <dl className="facts">
        <dt>{texts.employers.memberState}</dt>
        <dd>{countryName(employer.memberState)}</dd>
        <dt>{texts.employers.registration}</dt>
        <dd>{employer.registrationNumber}</dd>
        <dt>{texts.employers.contact}</dt>
        <dd>{employer.contactEmail}</dd>
        <dt>{texts.employers.status}</dt>
        <dd>{statusText(employer.status)}</dd>
      </dl>
      {options.length === 0 ? (
        <p>{texts.employers.final}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <fieldset>
            <legend>{texts.employers.newStatus}</legend>
            {options.map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name="status"
                  value={option}
                  checked={status === option}
                  onChange={() => setStatus(option)}
                />
                {texts.statusActions[option]}
              </label>
            ))}
          </fieldset>
          <label htmlFor="employer-reason">{texts.employers.reason}</label>
          <textarea
            id="employer-reason"
            rows={3}
            maxLength={500}
            value={reason}
            aria-describedby="employer-reason-help"
            aria-invalid={problem === texts.employers.reasonRequired}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id="employer-reason-help" className="help">
            {texts.employers.reasonHelp}
          </p>
          {problem ? (
            <p className="message message-error" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" disabled={busy}>
            {texts.employers.submit}
          </button>
        </form>
      )}
      <h3>{texts.employers.history}</h3>
      {history.error ? <ErrorMessage error={history.error} onRetry={history.reload} /> : null}
      {history.data ? (
        <History
          changes={history.data.edges.map((e) => e.node)}
          caption={texts.employers.historyOf(employer.legalName)}
        />
      ) : null}
    </section>
  );
}

export function Employers() {
  const [status, setStatus] = useState<EmployerStatus | 'ALL'>('PENDING');
  const [selected, setSelected] = useState<Employer | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const list = usePages((after) => employers(status === 'ALL' ? null : status, after), `${status}-${version}`);
  const recent = usePages((after) => employerHistory(null, after), `recent-${version}`);

  return (
    <Screen title={texts.employers.title} intro={texts.employers.intro}>
      <div className="toolbar">
        <label htmlFor="status-filter">{texts.employers.filter}</label>
        <select
          id="status-filter"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as EmployerStatus | 'ALL');
            setSelected(null);
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusText(s)}
            </option>
          ))}
          <option value="ALL">{texts.employers.all}</option>
        </select>
      </div>
      {outcome ? <StatusMessage>{outcome}</StatusMessage> : null}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && list.items.length === 0 ? <p>{texts.employers.empty}</p> : null}
      {list.items.length > 0 ? (
        <table>
          <caption>
            {texts.employers.queueCaption(status === 'ALL' ? texts.employers.all : statusText(status), list.total)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{texts.employers.name}</th>
              <th scope="col">{texts.employers.memberState}</th>
              <th scope="col">{texts.employers.registration}</th>
              <th scope="col">{texts.employers.status}</th>
              <th scope="col">{texts.employers.reason}</th>
              <th scope="col">{texts.employers.actions}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((employer) => (
              <tr key={employer.id} aria-selected={selected?.id === employer.id}>
                <th scope="row">{employer.legalName}</th>
                <td>{countryName(employer.memberState)}</td>
                <td>{employer.registrationNumber}</td>
                <td>{statusText(employer.status)}</td>
                <td>{employer.statusReason ?? ''}</td>
                <td>
                  <button
                    type="button"
                    aria-label={texts.employers.decideOn(employer.legalName)}
                    onClick={() => {
                      setSelected(employer);
                      setOutcome(null);
                    }}
                  >
                    {texts.employers.decide}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.more ? (
        <button type="button" onClick={() => void list.more?.()}>
          {texts.loadMore}
        </button>
      ) : null}
      {selected ? (
        <Decide
          key={selected.id}
          employer={selected}
          onDone={(updated) => {
            setOutcome(texts.employers.saved(updated.legalName, statusText(updated.status)));
            setSelected(null);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{texts.employers.recent}</h2>
        {recent.error ? <ErrorMessage error={recent.error} onRetry={recent.reload} /> : null}
        {recent.data && recent.items.length === 0 ? <p>{texts.employers.noHistory}</p> : null}
        {recent.items.length > 0 ? <History changes={recent.items} caption={texts.employers.recent} /> : null}
        {recent.more ? (
          <button type="button" onClick={() => void recent.more?.()}>
            {texts.loadMore}
          </button>
        ) : null}
      </section>
    </Screen>
  );
}
