import { useEffect, useRef } from 'react';

/** The heading of a panel that opens in answer to a button: it takes the focus, so the keyboard follows. */
export function PanelHeading({ id, children }: { id: string; children: React.ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 id={id} ref={heading} tabIndex={-1}>
      {children}
    </h2>
  );
}
