import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium, headless, with a profile of its own and nothing running in the background. */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pathways-console-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Offline by construction: every request not to `origin` (or a data: URL) is refused and
 * remembered in the list returned.
 */
export async function onlyFrom(context: BrowserContext, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

/**
 * What a screen reader or keyboard user would trip over on the current screen: controls
 * without a name, charts without a text alternative, tables without a caption or headers,
 * references to missing ids, duplicate ids, more or fewer than one h1.
 */
export function accessibilityProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element): string => {
      const labelled = el.getAttribute('aria-labelledby');
      if (labelled)
        return labelled
          .split(' ')
          .map((id) => text(document.getElementById(id)))
          .join(' ')
          .trim();
      const labels = (el as HTMLInputElement).labels;
      return (
        el.getAttribute('aria-label') ??
        (labels && labels.length > 0 ? [...labels].map(text).join(' ') : '') ??
        ''
      ).trim();
    };
    document.querySelectorAll('input, select, textarea').forEach((el) => {
      if (!nameOf(el)) problems.push(`unlabelled ${el.tagName.toLowerCase()}#${el.id}`);
    });
    document.querySelectorAll('button, a[href]').forEach((el) => {
      if (!(el.getAttribute('aria-label') ?? text(el))) problems.push(`nameless ${el.tagName.toLowerCase()}`);
    });
    document.querySelectorAll('canvas').forEach((el) => {
      if (el.getAttribute('role') !== 'img' || !el.getAttribute('aria-label')) problems.push('chart without text');
    });
    document.querySelectorAll('table').forEach((el) => {
      if (!el.querySelector('caption')) problems.push(`table without caption: ${text(el).slice(0, 40)}`);
      if (!el.querySelector('th')) problems.push(`table without headers: ${text(el).slice(0, 40)}`);
    });
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => problems.push(`duplicate id ${id}`));
    document.querySelectorAll('[aria-describedby], [aria-controls], [aria-labelledby]').forEach((el) => {
      for (const attribute of ['aria-describedby', 'aria-controls', 'aria-labelledby']) {
        for (const id of (el.getAttribute(attribute) ?? '').split(' ').filter(Boolean)) {
          if (!document.getElementById(id)) problems.push(`${attribute} points at missing #${id}`);
        }
      }
    });
    const h1 = document.querySelectorAll('h1').length;
    if (h1 !== 1) problems.push(`${h1} h1 elements`);
    if (document.documentElement.lang !== 'en') problems.push('no page language');
    return problems;
  });
}
