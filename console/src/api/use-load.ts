import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when `key` changes (and on reload). A reload keeps the last answer on screen
 * while the next one comes; a new key shows nothing of the old one (a list of another
 * status or year must not sit under the new caption). Loading is derived: the last answer
 * is for another request than the current.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [generation, setGeneration] = useState(0);
  const request = `${key}#${generation}`;
  const [answer, setAnswer] = useState<{ key: string; request: string; data: T | null; error: unknown } | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setAnswer({ key, request, data, error: null }),
      (error: unknown) => current && setAnswer((a) => ({ key, request, data: a?.key === key ? a.data : null, error })),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `request` says when what it loads has changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    data: answer?.key === key ? answer.data : null,
    error: answer?.request === request ? answer.error : null,
    loading: answer?.request !== request,
    reload,
  };
}
