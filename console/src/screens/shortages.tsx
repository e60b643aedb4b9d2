import { useState } from 'react';
import { shortageLists, type ShortageList } from '../api/queries';
import { useLoad } from '../api/use-load';
import { ErrorMessage, Loading } from '../components/messages';
import { Screen } from '../components/screen';
import { heatRows, shade } from '../lib/heatmap';
import { countryName } from '../lib/names';
import { texts } from '../texts';

const MEMBER_STATES = 27;

/**
 * A heat map as a table: one row per list, one column per ISCO major group, each cell
 * shaded by its count and holding the count as text, so it reads without colour too.
 */
function HeatMap({ lists, year }: { lists: ShortageList[]; year: number }) {
  const t = texts.shortages;
  const { rows, max, groups } = heatRows(lists);
  return (
    <div className="scroll">
      <table className="heatmap">
        <caption>{t.heatmapCaption(year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.state}</th>
            {groups.map((g) => (
              <th scope="col" key={g} title={texts.iscoMajorGroups[g]}>
                <abbr title={texts.iscoMajorGroups[g]}>{g}</abbr>
                <span className="group-name">{texts.iscoMajorGroups[g]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.memberState}>
              <th scope="row">{countryName(row.memberState)}</th>
              {groups.map((g) => {
                const count = row.counts[g] ?? 0;
                return (
                  <td
                    key={g}
                    className={`heat heat-${shade(count, max)}`}
                    aria-label={t.cell(countryName(row.memberState), texts.iscoMajorGroups[g] ?? g, count)}
                  >
                    {count || ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="legend" aria-hidden="true">
        {t.legendLow}
        {[1, 2, 3, 4, 5].map((step) => (
          <span key={step} className={`heat heat-${step} swatch`} />
        ))}
        {t.legendHigh}
      </p>
    </div>
  );
}

export function Shortages() {
  const t = texts.shortages;
  const [year, setYear] = useState(new Date().getFullYear());
  const loaded = useLoad(() => shortageLists(year), `shortages-${year}`);
  const years = loaded.data?.years.includes(year) ? loaded.data.years : [year, ...(loaded.data?.years ?? [])];
  const lists = loaded.data?.lists ?? [];
  const ownLists = lists.filter((l) => l.memberState !== 'EU').length;
  return (
    <Screen title={t.title} intro={t.intro}>
      <div className="toolbar">
        <label htmlFor="year">{t.year}</label>
        <select id="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[...new Set(years)]
            .sort((a, b) => b - a)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </select>
      </div>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading && !loaded.data ? <Loading /> : null}
      {loaded.data && lists.length === 0 ? <p>{t.empty(year)}</p> : null}
      {lists.length > 0 ? (
        <>
          <section aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">{t.heatmap}</h2>
            <p className="help">{t.heatmapHelp}</p>
            <HeatMap lists={lists} year={year} />
            <p>{t.missingStates(MEMBER_STATES - ownLists)}</p>
          </section>
          <section aria-labelledby="lists-heading">
            <h2 id="lists-heading">{t.table}</h2>
            <table>
              <caption>{t.tableCaption(year)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.state}</th>
                  <th scope="col">{t.count}</th>
                  <th scope="col">{t.occupations}</th>
                </tr>
              </thead>
              <tbody>
                {lists.map((list) => (
                  <tr key={list.memberState}>
                    <th scope="row">{countryName(list.memberState)}</th>
                    <td>{list.occupations.length}</td>
                    <td>
                      <ul className="inline-list">
                        {list.occupations.map((o) => (
                          <li key={o.code}>
                            <span className="code">{o.code}</span> {o.label}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </Screen>
  );
}
