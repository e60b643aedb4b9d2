import { useCallback, useEffect, useState } from 'react';
import { authorize } from './api/client';
import { me } from './api/queries';
import { clearSession, CONSOLE_ROLES, loadSession, saveSession, type Session } from './api/session';
import { Screen } from './components/screen';
import { href, useRoute, type Route } from './routing';
import { Employers } from './screens/employers';
import { Home } from './screens/home';
import { ProgrammeDashboard } from './screens/programme-dashboard';
import { Programmes } from './screens/programmes';
import { Review } from './screens/review';
import { Shortages } from './screens/shortages';
import { SignIn } from './screens/sign-in';
import { texts } from './texts';

interface NavItem {
  route: Route['name'];
  link: string;
  label: string;
  adminOnly: boolean;
}

const NAV: NavItem[] = [
  { route: 'home', link: href.home, label: texts.nav.home, adminOnly: false },
  { route: 'employers', link: href.employers, label: texts.nav.employers, adminOnly: true },
  { route: 'review', link: href.review, label: texts.nav.review, adminOnly: true },
  { route: 'programmes', link: href.programmes, label: texts.nav.programmes, adminOnly: false },
  { route: 'shortages', link: href.shortages, label: texts.nav.shortages, adminOnly: false },
];

function NotFound() {
  return (
    <Screen title={texts.notFound.title}>
      <p>{texts.notFound.body}</p>
    </Screen>
  );
}

function Content({ route, session }: { route: Route; session: Session }) {
  const admin = session.user.role === 'ADMIN';
  switch (route.name) {
    case 'home':
      return <Home session={session} />;
    case 'employers':
      return admin ? <Employers /> : <NotFound />;
    case 'review':
      return admin ? <Review /> : <NotFound />;
    case 'programmes':
      return <Programmes session={session} />;
    case 'programme':
      return <ProgrammeDashboard key={route.id} programmeId={route.id} session={session} />;
    case 'shortages':
      return <Shortages />;
    case 'notFound':
      return <NotFound />;
  }
}

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const route = useRoute();

  const signOut = useCallback((message: string | null = null) => {
    clearSession();
    authorize(null, () => undefined);
    setNotice(message);
    setSession(null);
  }, []);

  authorize(session?.token ?? null, () => signOut(texts.errors.sessionExpired));

  // A stored session is checked once: the account may have changed role or gone since.
  useEffect(() => {
    if (!session) return;
    me().then(
      (user) => {
        if (!user) signOut(texts.errors.sessionExpired);
        else if (!CONSOLE_ROLES.includes(user.role)) signOut(texts.errors.wrongRole);
      },
      () => undefined,
    );
    // Only on the session's first use.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session?.token]);

  if (!session) {
    return (
      <main id="main">
        <SignIn
          notice={notice}
          onSignedIn={(s) => {
            saveSession(s);
            setNotice(null);
            setSession(s);
          }}
        />
      </main>
    );
  }

  const current = route.name === 'programme' ? 'programmes' : route.name;
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {texts.skipToContent}
      </a>
      <header className="top">
        <p className="brand">{texts.appName}</p>
        <nav aria-label={texts.nav.label}>
          <ul>
            {NAV.filter((item) => !item.adminOnly || session.user.role === 'ADMIN').map((item) => (
              <li key={item.route}>
                <a href={item.link} aria-current={current === item.route ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span>{texts.nav.signedInAs(session.user.email, texts.roles[session.user.role] ?? session.user.role)}</span>
          <button
            type="button"
            onClick={() => {
              // Signing out on purpose starts the next person at home; an expired session keeps the place.
              window.location.hash = href.home;
              signOut();
            }}
          >
            {texts.nav.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Content route={route} session={session} />
      </main>
    </>
  );
}
