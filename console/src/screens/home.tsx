import { adminOverview, programmesFor } from '../api/queries';
import type { Session } from '../api/session';
import { useLoad } from '../api/use-load';
import { ErrorMessage, Loading } from '../components/messages';
import { Screen } from '../components/screen';
import { countryName, orList } from '../lib/names';
import { href } from '../routing';
import { texts } from '../texts';
import { reviewCount } from './review-data';

function Tile({ label, value, link }: { label: string; value: number | string; link: string }) {
  return (
    <li className="tile">
      <a href={link}>
        <span className="tile-value">{value}</span>
        <span className="tile-label">{label}</span>
      </a>
    </li>
  );
}

function AdminHome() {
  const year = new Date().getFullYear();
  // The review count has its own request, so the other tiles show even if it fails.
  const overview = useLoad(async () => {
    const [counts, review] = await Promise.all([adminOverview(year), reviewCount().catch(() => null)]);
    return { ...counts, review: review ?? '–' };
  }, 'overview');
  return (
    <Screen title={texts.home.title} intro={texts.home.adminIntro}>
      {overview.error ? <ErrorMessage error={overview.error} onRetry={overview.reload} /> : null}
      {overview.data ? (
        <ul className="tiles">
          <Tile label={texts.home.pendingEmployers} value={overview.data.pending} link={href.employers} />
          <Tile label={texts.home.toReview} value={overview.data.review} link={href.review} />
          <Tile label={texts.home.programmes} value={overview.data.programmes} link={href.programmes} />
          <Tile label={texts.home.shortageLists(year)} value={overview.data.lists} link={href.shortages} />
        </ul>
      ) : overview.loading ? (
        <Loading />
      ) : null}
    </Screen>
  );
}

function ProgrammeAdminHome({ session }: { session: Session }) {
  const programmes = useLoad(() => programmesFor(session.user.role), 'mine');
  return (
    <Screen title={texts.home.title} intro={texts.home.programmeIntro}>
      {programmes.error ? <ErrorMessage error={programmes.error} onRetry={programmes.reload} /> : null}
      {programmes.loading && !programmes.data ? <Loading /> : null}
      {programmes.data?.length === 0 ? <p>{texts.home.noProgrammes}</p> : null}
      <ul className="cards">
        {programmes.data?.map((p) => (
          <li key={p.id} className="card">
            <h2>
              <a href={href.programme(p.id)}>{p.name}</a>
            </h2>
            <p>
              {texts.programmes.memberStates}: {orList(p.memberStates.map(countryName))}
            </p>
            <p>
              {texts.programmes.partners}: {orList(p.partnerCountries.map(countryName))}
            </p>
          </li>
        ))}
      </ul>
    </Screen>
  );
}

/** What a signed-in person sees first depends on their role. */
export function Home({ session }: { session: Session }) {
  return session.user.role === 'ADMIN' ? <AdminHome /> : <ProgrammeAdminHome session={session} />;
}
