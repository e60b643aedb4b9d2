import { useState } from 'react';
import type { Page } from './queries';
import { useLoad } from './use-load';

/** A connection read page by page: the pages so far, and the next one on request. */
export function usePages<T>(load: (after: string | null) => Promise<Page<T>>, key: string) {
  const [extra, setExtra] = useState<{ key: string; pages: Page<T>[] }>({ key, pages: [] });
  const first = useLoad(() => load(null), key);
  const pages = [...(first.data ? [first.data] : []), ...(extra.key === key ? extra.pages : [])];
  const last = pages[pages.length - 1];
  return {
    ...first,
    items: pages.flatMap((p) => p.edges.map((e) => e.node)),
    total: first.data?.totalCount ?? 0,
    more: last?.pageInfo.hasNextPage
      ? async () => {
          const next = await load(last.pageInfo.endCursor);
          setExtra((current) => ({ key, pages: [...(current.key === key ? current.pages : []), next] }));
        }
      : null,
    reload: () => {
      setExtra({ key, pages: [] });
      first.reload();
    },
  };
}
