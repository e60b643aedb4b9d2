import { BrowserContext, Page } from 'playwright-core';
import { onlyFrom, openBrowser } from './browser';
import { RunningServer, startServer } from './server';

/**
 * GraphiQL at GET /graphql in a real headless Chromium with every request to another host
 * refused: it loads from the service's own build and answers a query, as on a machine with
 * no network.
 */
jest.setTimeout(120_000);

describe('GraphiQL', () => {
  let server: RunningServer;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;
  let foreign: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    foreign = await onlyFrom(browser.context, new URL(server.url).origin);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads offline from the service itself and runs a query', async () => {
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    expect(await page.getByText('Loading GraphiQL...').count()).toBe(0);
    // The editor holds the first tab's query before it is run.
    await page.locator('.graphiql-query-editor').getByText('suggestOccupations').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page
      .locator('.result-window')
      .getByText('"Pathways"')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        // What GraphiQL showed instead, for the failure report.
        console.log(await page.locator('.result-window').innerText(), pageErrors, foreign);
        throw error;
      });
    expect(await page.locator('.result-window').innerText()).not.toContain('errors');
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
