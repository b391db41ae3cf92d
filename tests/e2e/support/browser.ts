/// <reference lib="dom" />
// Functions passed to page.evaluate() run in the browser, so these files see DOM types.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_ACCOUNTS } from '../../../api/src/modules/identity/demo-two-factor';
import { totpCode } from '../../../api/src/modules/identity/two-factor';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../../support/test-api';

/**
 * Debian's Chromium when present, else the one inside @sparticuz/chromium (BRUG_BROWSER chooses),
 * prepared once per run by jest's global set-up (tests/e2e/support/chromium.mjs).
 */
function chromiumForTests(): { name: string; executablePath: string; args: string[]; env: Record<string, string> } {
  const prepared = process.env.BRUG_TEST_CHROMIUM;
  if (!prepared) throw new Error('No browser prepared: run the browser tests through jest (its global set-up prepares Chromium).');
  return JSON.parse(prepared);
}

export interface NewPageOptions {
  width?: number;
  height?: number;
  locale?: string;
  serviceWorkers?: 'allow' | 'block';
}

export interface BrowserHarness {
  api: TestApi;
  browser: Browser;
  /**
   * A fresh context (own cookies and storage) for one user; closed by close(). The app's service
   * worker is blocked unless `serviceWorkers: 'allow'` (the offline journeys): requests a service
   * worker makes are not seen by routes, and the other journeys test the page, not the cache.
   */
  newPage(options?: NewPageOptions): Promise<Page>;
  /** Signs in through the sign-in page and waits for the first page (home; the service map for coordinators). */
  signIn(page: Page, email: string, password?: string): Promise<void>;
  /** Console errors the page reported that mention the Content Security Policy. */
  cspViolations(page: Page): string[];
  close(): Promise<void>;
}

/**
 * One real API (demo network, serving web/dist) and one Chromium per test file (Debian's, or
 * the one bundled in node_modules: see chromium.mjs). Every page
 * may only talk to the API on localhost: any other request is aborted and fails the test.
 */
export async function startBrowser(): Promise<BrowserHarness> {
  const api = await startTestApi();
  // launch() starts Chromium on a fresh temporary profile (its user-data-dir, removed on
  // close); each user gets a new context of its own (no shared cookies or storage).
  const { executablePath, args, env } = chromiumForTests();
  const browser = await chromium.launch({ executablePath, args, env: { ...process.env, ...env }, headless: true });
  const contexts: BrowserContext[] = [];
  const violations = new WeakMap<Page, string[]>();
  const outside: string[] = [];
  const origin = new URL(api.url).origin;

  async function newPage(options: NewPageOptions = {}): Promise<Page> {
    const context = await browser.newContext({
      serviceWorkers: options.serviceWorkers ?? 'block',
      baseURL: api.url,
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: options.locale ?? 'nl-BE',
    });
    contexts.push(context);
    // Generous: the whole suite runs in parallel, and a busy machine is not a failure.
    context.setDefaultTimeout(30_000);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('ws://localhost')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    // Chromium also logs violations itself; this makes every one show up as a console error.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const list: string[] = [];
    violations.set(page, list);
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) list.push(message.text());
    });
    return page;
  }

  // A two-factor code works once: each sign-in of the same demo account uses the next time
  // step, and tells the API (test clock, on the sign-in request only) which moment it is for.
  const twoFactorSteps = new Map<string, number>();
  async function enterDemoCode(page: Page, email: string): Promise<void> {
    const step = Math.max(Math.floor(Date.now() / 30_000), (twoFactorSteps.get(email) ?? 0) + 1);
    twoFactorSteps.set(email, step);
    const at = new Date(step * 30_000 + 1_000);
    const codeField = page.locator('input[name="code"]');
    await codeField.waitFor();
    await page.route('**/graphql', (route) => {
      const body = route.request().postData() ?? '';
      // fallback, not continue: the context's localhost-only handler must still see the request.
      if (!body.includes('"code"')) return route.fallback();
      return route.fallback({ headers: { ...route.request().headers(), 'x-brug-test-now': at.toISOString() } });
    });
    await codeField.fill(totpCode(DEMO_TOTP_SECRET, at));
    await page.locator('form button[type="submit"]').first().click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.locator('main h1').first().waitFor();
    // Requests of the first page may still be in this handler: let them finish first.
    await page.unrouteAll({ behavior: 'wait' });
  }

  async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto('/sign-in');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('form button[type="submit"]').click();
    if (email in DEMO_TWO_FACTOR_ACCOUNTS) await enterDemoCode(page, email);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.locator('main h1').first().waitFor();
  }

  return {
    api,
    browser,
    newPage,
    signIn,
    cspViolations: (page) => violations.get(page) ?? [],
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await api.close();
      if (outside.length) throw new Error(`The web app tried to reach other hosts: ${outside.join(', ')}`);
    },
  };
}
