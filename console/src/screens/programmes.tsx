import { programmesFor } from '../api/queries';
import type { Session } from '../api/session';
import { useLoad } from '../api/use-load';
import { ErrorMessage, Loading } from '../components/messages';
import { Screen } from '../components/screen';
import { countryName, orList } from '../lib/names';
import { href } from '../routing';
import { texts } from '../texts';

/** Every programme for an admin; their own for a programme administrator. */
export function Programmes({ session }: { session: Session }) {
  const programmes = useLoad(() => programmesFor(session.user.role), `programmes-${session.user.role}`);
  const t = texts.programmes;
  return (
    <Screen title={t.title} intro={t.intro}>
      {programmes.error ? <ErrorMessage error={programmes.error} onRetry={programmes.reload} /> : null}
      {programmes.loading && !programmes.data ? <Loading /> : null}
      {programmes.data?.length === 0 ? <p>{t.empty}</p> : null}
      {programmes.data && programmes.data.length > 0 ? (
        <table>
          <caption>{t.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.memberStates}</th>
              <th scope="col">{t.partners}</th>
              <th scope="col">{t.active}</th>
            </tr>
          </thead>
          <tbody>
            {programmes.data.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={href.programme(p.id)}>{p.name}</a>
                </th>
                <td>{orList(p.memberStates.map(countryName))}</td>
                <td>{orList(p.partnerCountries.map(countryName))}</td>
                <td>{p.active ? texts.yes : texts.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Screen>
  );
}
