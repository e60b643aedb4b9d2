import { useEffect, useRef } from 'react';
import { texts } from '../texts';

/** The page has just loaded: its first screen leaves the focus at the top, where the skip link is. */
let firstScreen = true;

/**
 * A screen's heading and introduction. On each new screen the heading takes the focus, so
 * keyboard and screen-reader users start where the content starts, and the title follows.
 */
export function Screen({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${texts.appName}`;
    if (firstScreen) firstScreen = false;
    else heading.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </>
  );
}
