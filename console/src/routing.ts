import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'employers' }
  | { name: 'review' }
  | { name: 'programmes' }
  | { name: 'programme'; id: string }
  | { name: 'shortages' }
  | { name: 'notFound' };

/** Screens live in the URL fragment, so the service serves one page and links and the back button work. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/employers') return { name: 'employers' };
  if (path === '/review') return { name: 'review' };
  if (path === '/programmes') return { name: 'programmes' };
  if (path === '/shortages') return { name: 'shortages' };
  const programme = /^\/programmes\/([0-9a-f-]{36})$/i.exec(path);
  if (programme) return { name: 'programme', id: programme[1]! };
  return { name: 'notFound' };
}

export const href = {
  home: '#/',
  employers: '#/employers',
  review: '#/review',
  programmes: '#/programmes',
  programme: (id: string) => `#/programmes/${id}`,
  shortages: '#/shortages',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}
