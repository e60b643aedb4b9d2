import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityProblems, onlyFrom, openBrowser } from './browser';
import {
  Api,
  buildDemoWorld,
  DemoWorld,
  FLAGGED_TITLE,
  PASSWORD,
  PROGRAMME_ADMIN_EMAIL,
  REPORTED_TITLE,
} from './demo-world';
import { RunningServer, startServer } from './server';

/**
 * The operator console in a real headless Chromium against the real service (built as
 * `npm run build` builds it, seeded as on a new machine): an administrator and a programme
 * administrator walk every screen, by keyboard where it matters, and each screen is
 * checked for what a screen reader needs. CONSOLE_SCREENSHOTS=docs/console keeps the
 * screenshots README shows.
 */
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, process.env.CONSOLE_SCREENSHOTS ?? 'dist/console-screenshots');

jest.setTimeout(120_000);

describe('operator console', () => {
  let server: RunningServer;
  let world: DemoWorld;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;
  let foreign: string[] = [];
  const scripts: { url: string; encoding: string | undefined; bytes: Promise<number> }[] = [];
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const go = async (link: string) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  };
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const cells = (table: Locator) =>
    table.evaluate((t: HTMLTableElement) =>
      [...t.rows].map((r) => [...r.cells].map((c) => (c.textContent ?? '').trim())),
    );
  const expectAccessible = async () => expect(await accessibilityProblems(page)).toEqual([]);

  async function signIn(email: string, password: string): Promise<void> {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    world = await buildDemoWorld(new Api(server.url), server.adminPassword);
    browser = await openBrowser();
    // Offline by construction: anything not asked of the service itself is refused and remembered.
    foreign = await onlyFrom(browser.context, new URL(server.url).origin);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push({
        url: response.url(),
        encoding: response.headers()['content-encoding'],
        bytes: response
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      });
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('serves the console at /console with a strict content policy, gzip and no request elsewhere', async () => {
    const response = await page.goto(`${server.url}/console`);
    expect(page.url()).toBe(`${server.url}/console/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await heading('Sign in').waitFor();
    await page.waitForLoadState('networkidle');

    const budget = JSON.parse(readFileSync(join(ROOT, 'dist', 'console', 'bundle-size.json'), 'utf8')) as {
      budgetBytes: number;
      firstLoadJavaScriptGzipBytes: number;
    };
    const transferred = (await Promise.all(scripts.map((s) => s.bytes))).reduce((sum, b) => sum + b, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.encoding === 'gzip')).toBe(true);
    expect(transferred).toBeLessThanOrEqual(budget.budgetBytes);
    expect(Math.abs(transferred - budget.firstLoadJavaScriptGzipBytes)).toBeLessThan(2048);
    expect(foreign).toEqual([]);
    await expectAccessible();
    await shot('01-sign-in');
  });

  it('refuses a wrong password and an account that is not for the console', async () => {
    await signIn('admin@pathways.local', 'not the password');
    await page.getByRole('alert').getByText('The email or password is not right.').waitFor();
    await signIn('youssef@candidates.example', PASSWORD);
    await page
      .getByRole('alert')
      .getByText('This console is for administrators and programme administrators.')
      .waitFor();
  });

  it('signs an administrator in to a home of what is waiting, reachable by keyboard', async () => {
    await signIn('admin@pathways.local', server.adminPassword);
    await heading('Home').waitFor();
    const pending = page.getByRole('link', { name: /Employers waiting for verification/ });
    await expect(pending.textContent()).resolves.toContain(String(world.pendingEmployers.length));
    await page.getByRole('link', { name: /Talent Partnership programmes/ }).waitFor();
    await expect(page.getByRole('link', { name: /Vacancies waiting for review/ }).textContent()).resolves.toContain(
      '2',
    );

    // After a load, the first Tab stop skips to the content.
    await page.reload();
    await heading('Home').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await expectAccessible();
    await shot('02-home-admin');
  });

  it('verifies a pending employer by keyboard, refuses a suspension without a reason, and shows the history', async () => {
    await go('Employers');
    await heading('Employers').waitFor();
    const queue = page.getByRole('table', { name: /pending organisations: 2/ });
    await queue.waitFor();
    for (const name of world.pendingEmployers) await queue.getByRole('rowheader', { name }).waitFor();

    const brussels = world.pendingEmployers[0]!;
    await page.getByRole('button', { name: `Decide on ${brussels}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Decide on ${brussels}` }).waitFor();
    await page
      .getByRole('table', { name: `History of ${brussels}` })
      .getByText('registered')
      .waitFor();
    await expectAccessible();
    await shot('03-employers');

    // Suspend needs a reason: the radio group moves with the arrow keys, the form submits with Enter.
    await page.getByRole('radio', { name: 'Verify' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Suspend' }).isChecked()).resolves.toBe(true);
    await page.getByLabel('Reason', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Give a reason to suspend or remove an organisation.').waitFor();

    await page.getByRole('radio', { name: 'Suspend' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.getByLabel('Reason', { exact: true }).focus();
    await page.keyboard.type('Registration checked in the Belgian register (KBO)');
    await page.getByRole('button', { name: 'Save decision' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`${brussels} is now verified.`).waitFor();
    await page.getByRole('table', { name: /pending organisations: 1/ }).waitFor();
    const recent = page.getByRole('table', { name: 'Recent status changes' });
    await recent.getByRole('row', { name: /Registration checked in the Belgian register/ }).waitFor();
    await expectAccessible();
  });

  it('reviews vacancies: flagged words highlighted, notices shown, removal only with a ground and facts', async () => {
    await go('Vacancy review');
    await heading('Vacancy review').waitFor();
    const queue = page.getByRole('table', { name: 'Vacancies waiting for a decision: 2' });
    await queue.getByRole('rowheader', { name: FLAGGED_TITLE }).waitFor();
    await queue.getByRole('rowheader', { name: REPORTED_TITLE }).waitFor();

    await page.getByRole('button', { name: `Review: ${FLAGGED_TITLE}` }).click();
    const panel = page.getByRole('region', { name: FLAGGED_TITLE });
    const flags = await panel.locator('.flags li').allTextContents();
    expect(flags.join(' ')).toMatch(/FEE_REQUEST/);
    expect(flags.join(' ')).toMatch(/DOCUMENT_RETENTION/);
    // Every passage a flag quotes is highlighted (overlapping quotes make one highlight).
    const marked = (await panel.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    const quoted = [...flags.join(' ').matchAll(/"([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    for (const quote of quoted) expect(marked.some((m) => m.includes(quote))).toBe(true);
    expect(marked).toContain('keep your passport');
    await panel.getByRole('radio', { name: 'Remove it' }).check();
    await expect(panel.getByLabel('Ground').inputValue()).resolves.toMatch(/^V1: .*; V2: /);
    await expectAccessible();
    await shot('08-review');
    await panel.getByRole('button', { name: 'Save decision' }).click();
    await panel.getByRole('alert').getByText('Give the ground and the facts to remove a vacancy.').waitFor();
    await panel.getByLabel('Facts').fill('Asks candidates for a 450 EUR recruitment fee and keeps their passports.');
    await panel.getByRole('button', { name: 'Save decision' }).click();
    await page.getByRole('status').getByText(`“${FLAGGED_TITLE}” is now removed.`).waitFor();
    await page.getByRole('table', { name: 'Vacancies waiting for a decision: 1' }).waitFor();

    await page.getByRole('button', { name: `Review: ${REPORTED_TITLE}` }).click();
    const reported = page.getByRole('region', { name: REPORTED_TITLE });
    await reported.getByText('Hidden from the public until decided.').waitFor();
    await reported.getByText('3 different people sent notices.').waitFor();
    await expect(reported.getByRole('row', { name: /Fee request/ }).count()).resolves.toBe(3);
    await reported.getByRole('row', { name: /Amina: the hotel asked for a deposit/ }).waitFor();
    await reported.getByRole('radio', { name: 'Keep it public (approve)' }).check();
    await reported.getByRole('button', { name: 'Save decision' }).click();
    await page.getByRole('status').getByText(`“${REPORTED_TITLE}” is now published.`).waitFor();
    await page.getByText('Nothing is waiting for review.').waitFor();
    await expectAccessible();
  });

  it('shows every shortage list of a year as a heat map and a table', async () => {
    await go('Shortage lists');
    await heading('Shortage lists').waitFor();
    const year = new Date().getFullYear();
    const heat = page.getByRole('table', {
      name: `Shortage occupations per Member State and ISCO major group, ${year}`,
    });
    await heat.getByRole('rowheader', { name: 'EU-wide' }).waitFor();
    await heat.getByRole('cell', { name: 'Germany, Craft and related trades workers: 3' }).waitFor();
    const lists = page.getByRole('table', { name: `Shortage lists for ${year}` });
    await lists.getByRole('row', { name: /Belgium 6/ }).waitFor();
    await expectAccessible();
    await shot('05-shortages');

    await page.getByLabel('Year').selectOption('2023');
    await page
      .getByRole('table', { name: 'Shortage lists for 2023' })
      .getByRole('rowheader', { name: 'EU-wide' })
      .waitFor();
    const lists2023 = await new Api(server.url).call(`{ shortageLists(year: 2023) { memberState } }`);
    await expect(page.getByRole('table', { name: 'Shortage lists for 2023' }).getByRole('row').count()).resolves.toBe(
      lists2023.shortageLists.length + 1,
    );
  });

  it('opens a programme dashboard: eligibility, the funnel, missing skills, matches explained', async () => {
    await go('Programmes');
    await page.getByRole('link', { name: 'THAMM Germany (demo)' }).click();
    await heading('THAMM Germany (demo)').waitFor();
    await page.getByText(`${world.eligible} of ${world.visible} visible candidates are eligible`).waitFor();

    // The funnel's numbers, as the table under the chart gives them.
    const funnel = page.getByRole('region', { name: 'Eligibility funnel' });
    await funnel.getByText('Show the numbers').click();
    expect(await cells(funnel.getByRole('table'))).toEqual([
      ['Criterion', 'Fail this criterion', 'Still eligible after it'],
      ['Citizen of Egypt, Morocco or Tunisia', '1', '7'],
      ['Aged 18 or over', '0', '7'],
      ['Aged 45 or under', '1', '6'],
      ['German B1 or above', '1', '5'],
      ['Occupation in ISCO 7411, 7212, 5120', '0', '5'],
      ['Training completed', '5', '3'],
    ]);
    await funnel
      .getByRole('img', { name: /Eligibility funnel\. Citizen of Egypt, Morocco or Tunisia: 1 fail/ })
      .waitFor();
    const missing = page.getByRole('region', { name: 'Essential skills most often missing' });
    await missing.getByRole('img', { name: /Essential skills most often missing\. .+: 1/ }).waitFor();

    const matches = page.getByRole('table', { name: /Eligible candidates paired with the programme’s vacancies: \d+/ });
    await matches
      .getByRole('row', { name: /Welder for ship sections/ })
      .first()
      .waitFor();
    await matches
      .getByRole('button', { name: /Details/ })
      .first()
      .click();
    const detail = page.getByRole('region', { name: /Candidate .* · / });
    await detail.getByRole('img', { name: /Score breakdown\. Essential skills: \d+ %/ }).waitFor();
    await detail.getByText(/^Scores \d+ out of 100\.$/).waitFor();
    await detail.getByText('Has completed the programme’s training.').waitFor();
    await detail.getByText('Credentials are awarded by the programme’s own administrators.').waitFor();
    await expectAccessible();
    await shot('04-programme-dashboard');
  });

  it('signs a programme administrator in to their programmes only, and lets them award a credential', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in').waitFor();
    await signIn(PROGRAMME_ADMIN_EMAIL, PASSWORD);
    await heading('Home').waitFor();
    await page.getByRole('link', { name: 'THAMM Germany (demo)' }).waitFor();
    await expect(page.getByRole('link', { name: 'PALIM Flanders ICT (demo)' }).count()).resolves.toBe(0);
    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(nav).toEqual(['Home', 'Programmes', 'Shortage lists']);
    await expectAccessible();
    await shot('06-home-programme-admin');

    await page.goto(`${server.url}/console/#/employers`);
    await heading('Not found').waitFor();

    await page.goto(`${server.url}/console/#/programmes/${world.programmeId}`);
    await heading('THAMM Germany (demo)').waitFor();
    const matches = page.getByRole('table', { name: /Eligible candidates paired/ });
    await matches
      .getByRole('button', { name: /Details/ })
      .nth(1)
      .click();
    const detail = page.getByRole('region', { name: /Candidate .* · / });
    await detail.getByRole('checkbox', { name: 'Training completed' }).check();
    await detail.getByRole('button', { name: 'Award credential' }).click();
    await detail.getByRole('status').getByText('Credential awarded with the training completed.').waitFor();
    await expectAccessible();
    await shot('07-programme-admin-award');
  });

  it('answers a session the API no longer accepts with the sign-in screen', async () => {
    await page.evaluate(() => {
      const key = 'pathways.console.session';
      const session = JSON.parse(sessionStorage.getItem(key)!) as { token: string };
      sessionStorage.setItem(key, JSON.stringify({ ...session, token: `${session.token}x` }));
    });
    await page.reload();
    await heading('Sign in').waitFor();
    await page.getByText('Your session has ended. Sign in again.').waitFor();
  });
});
