import { useState } from 'react';
import { usePages } from '../api/use-pages';
import { describeError, ErrorMessage, Loading, StatusMessage } from '../components/messages';
import { PanelHeading } from '../components/panel-heading';
import { Screen } from '../components/screen';
import { highlight, quotedWords } from '../lib/highlight';
import { countryName, when } from '../lib/names';
import { texts } from '../texts';
import { moderationQueue, reviewVacancy, suggestedRules, type GroundType, type ModerationCase } from './review-data';

/** The text with every word a flag quoted marked, so the reviewer sees at once what raised it. */
function Marked({ text, quotes }: { text: string; quotes: string[] }) {
  return (
    <>
      {highlight(text, quotes).map((segment, i) =>
        segment.flagged ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}

function Decide({ item, onDone }: { item: ModerationCase; onDone: (title: string, status: string) => void }) {
  const t = texts.review;
  const rules = suggestedRules(item);
  const [approve, setApprove] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [groundType, setGroundType] = useState<GroundType>('TERMS_OF_USE');
  const [ground, setGround] = useState(rules.map((r) => t.rules[r]).join('; '));
  const [facts, setFacts] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (approve === null) return;
    if (!approve && (!ground.trim() || !facts.trim())) {
      setProblem(t.removeNeeds);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const decided = await reviewVacancy(item.vacancy.id, {
        approve,
        reason: reason.trim() || null,
        ground: approve ? null : ground.trim(),
        facts: approve ? null : facts.trim(),
        groundType,
      });
      onDone(item.vacancy.title, texts.vacancyStatuses[decided.status] ?? decided.status);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  const text = (id: string, label: string, help: string, value: string, set: (v: string) => void, rows = 2) => (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={2000}
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(e) => set(e.target.value)}
      />
      <p id={`${id}-help`} className="help">
        {help}
      </p>
    </>
  );

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="decision-heading">
      <h3 id="decision-heading">{t.decision}</h3>
      <fieldset>
        <legend>{t.decisionChoice}</legend>
        <label className="choice">
          <input type="radio" name="decision" checked={approve === true} onChange={() => setApprove(true)} />
          {t.approve}
        </label>
        <label className="choice">
          <input type="radio" name="decision" checked={approve === false} onChange={() => setApprove(false)} />
          {t.remove}
        </label>
      </fieldset>
      {text('review-reason', t.reason, t.reasonHelp, reason, setReason, 1)}
      {approve === false ? (
        <>
          <fieldset>
            <legend>{t.groundType}</legend>
            <label className="choice">
              <input
                type="radio"
                name="ground-type"
                checked={groundType === 'TERMS_OF_USE'}
                onChange={() => setGroundType('TERMS_OF_USE')}
              />
              {t.termsOfUse}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="ground-type"
                checked={groundType === 'ILLEGAL_CONTENT'}
                onChange={() => setGroundType('ILLEGAL_CONTENT')}
              />
              {t.illegalContent}
            </label>
          </fieldset>
          {text('review-ground', t.ground, t.groundHelp(rules.join(', ')), ground, setGround)}
          {text('review-facts', t.facts, t.factsHelp, facts, setFacts, 3)}
        </>
      ) : null}
      {problem ? (
        <p className="message message-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" disabled={busy || approve === null}>
        {t.submit}
      </button>
    </form>
  );
}

function Case({ item, onDone }: { item: ModerationCase; onDone: (title: string, status: string) => void }) {
  const t = texts.review;
  const quotes = quotedWords(item.screeningFlags.map((f) => f.message));
  const v = item.vacancy;
  return (
    <section id="review-case" className="panel" aria-labelledby="case-heading">
      <PanelHeading id="case-heading">{v.title}</PanelHeading>
      <p>
        {v.employer.legalName} · {v.occupation.label} · {t.location(countryName(v.memberState), v.city)}
      </p>
      <p>
        {item.hidden ? t.hidden : t.visible} {item.distinctNotifiers > 0 ? t.notifiers(item.distinctNotifiers) : ''}
      </p>
      <div className="columns">
        <div>
          <h3>{t.text}</h3>
          <div className="vacancy-text">
            <p className="vacancy-title">
              <Marked text={v.title} quotes={quotes} />
            </p>
            <p>
              <Marked text={v.description} quotes={quotes} />
            </p>
          </div>
          <h3>{t.flags}</h3>
          {item.screeningFlags.length === 0 ? <p>{t.noFlags}</p> : null}
          <ul className="flags">
            {item.screeningFlags.map((f) => (
              <li key={`${f.code}-${f.message}`}>
                <strong>{f.code}</strong> {f.message}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t.notices}</h3>
          {item.notices.length === 0 ? (
            <p>{t.noNotices}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t.notices}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.received}</th>
                  <th scope="col">{t.category}</th>
                  <th scope="col">{t.details}</th>
                </tr>
              </thead>
              <tbody>
                {item.notices.map((n) => (
                  <tr key={n.id}>
                    <td>{when(n.createdAt)}</td>
                    <td>
                      {texts.noticeCategories[n.category] ?? n.category}
                      {n.trustedFlagger ? <span className="badge">{t.trusted}</span> : null}
                    </td>
                    <td>{n.details ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Decide item={item} onDone={onDone} />
        </div>
      </div>
    </section>
  );
}

export function Review() {
  const t = texts.review;
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const queue = usePages(moderationQueue, `queue-${version}`);
  const chosen = queue.items.find((c) => c.vacancy.id === selected) ?? null;
  return (
    <Screen title={t.title} intro={t.intro}>
      {outcome ? <StatusMessage>{outcome}</StatusMessage> : null}
      {queue.error ? <ErrorMessage error={queue.error} onRetry={queue.reload} /> : null}
      {queue.loading && !queue.data ? <Loading /> : null}
      {queue.data && queue.items.length === 0 ? <p>{t.empty}</p> : null}
      {queue.items.length > 0 ? (
        <table>
          <caption>{t.queueCaption(queue.total)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.priority}</th>
              <th scope="col">{t.waiting}</th>
              <th scope="col">{t.vacancy}</th>
              <th scope="col">{t.employer}</th>
              <th scope="col">{t.flags}</th>
              <th scope="col">{t.notices}</th>
              <th scope="col">
                <span className="visually-hidden">{t.open}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((c) => (
              <tr key={c.vacancy.id} aria-selected={selected === c.vacancy.id}>
                <td>{t.priorities[c.priority] ?? c.priority}</td>
                <td>{when(c.waitingSince)}</td>
                <th scope="row">{c.vacancy.title}</th>
                <td>{c.vacancy.employer.legalName}</td>
                <td>{c.screeningFlags.map((f) => f.code).join(', ')}</td>
                <td>{c.notices.length}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t.open}: ${c.vacancy.title}`}
                    aria-controls={selected === c.vacancy.id ? 'review-case' : undefined}
                    aria-expanded={selected === c.vacancy.id}
                    onClick={() => {
                      setSelected(c.vacancy.id);
                      setOutcome(null);
                    }}
                  >
                    {t.open}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {queue.more ? (
        <button type="button" onClick={() => void queue.more?.()}>
          {texts.loadMore}
        </button>
      ) : null}
      {chosen ? (
        <Case
          key={chosen.vacancy.id}
          item={chosen}
          onDone={(title, status) => {
            setOutcome(t.saved(title, status));
            setSelected(null);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </Screen>
  );
}
