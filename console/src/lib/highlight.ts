/** A piece of vacancy text, marked when screening quoted it. */
export interface Segment {
  text: string;
  flagged: boolean;
}

/**
 * The words a screening flag quotes, as written: every flag message quotes the words that
 * raised it between straight or curly double quotes.
 */
export function quotedWords(messages: readonly string[]): string[] {
  const words = new Set<string>();
  for (const message of messages) {
    for (const match of message.matchAll(/["“”]([^"“”]{2,})["“”]/g)) {
      const quoted = match[1]!.trim();
      if (quoted.length >= 2) words.add(quoted);
    }
  }
  return [...words];
}

/**
 * Splits `text` into segments, marking every occurrence of any quote (ignoring case);
 * overlapping quotes merge into one marked segment.
 */
export function highlight(text: string, quotes: readonly string[]): Segment[] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const quote of quotes) {
    const needle = quote.toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    if (start > position) segments.push({ text: text.slice(position, start), flagged: false });
    segments.push({ text: text.slice(start, end), flagged: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), flagged: false });
  return segments;
}
