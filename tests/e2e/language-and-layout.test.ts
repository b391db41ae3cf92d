/// <reference lib="dom" />
// Functions passed to page.evaluate() run in the browser, so these files see DOM types.
import { startBrowser, type BrowserHarness } from './support/browser';

describe('language and small screens in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a worker who switches to French keeps French after a reload and on another device', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'sam@boysproject.test');
    await page.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
    await page.getByLabel('Taal').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Mon aperçu' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon aperçu' }).waitFor();

    // A fresh browser (no local storage) gets French from the account after sign-in.
    const elsewhere = await h.newPage({ locale: 'nl-BE' });
    await h.signIn(elsewhere, 'sam@boysproject.test');
    await elsewhere.getByRole('heading', { level: 1, name: 'Mon aperçu' }).waitFor();
    expect(h.cspViolations(page)).toEqual([]);
  });

  it('Jules from Alias gets the French interface from the account', async () => {
    const page = await h.newPage({ locale: 'nl-BE' });
    await h.signIn(page, 'jules@alias.test');
    await page.getByRole('heading', { level: 1, name: 'Mon aperçu' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  });

  it('the sign-in page and the map work on a 360 px phone without scrolling sideways', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij Brug' }).waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByLabel('E-mailadres').fill('lotte@nextstep.test');
    await page.getByLabel('Wachtwoord').fill('wrong-password');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.').waitFor();

    await page.getByLabel('Wachtwoord').fill('brug-demo-2026');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);

    // The navigation folds into a menu button; Escape folds it again.
    const menu = page.getByRole('button', { name: 'Menu' });
    const navLink = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Hulpaanbod' });
    expect(await navLink.isVisible()).toBe(false);
    await menu.click();
    await navLink.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await navLink.waitFor({ state: 'hidden' });
    expect(h.cspViolations(page)).toEqual([]);
  });

  it('the browser harness notices a Content Security Policy violation (so the checks above can fail)', async () => {
    const page = await h.newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const reported = page.waitForEvent('console', { predicate: (m) => /Content Security Policy/i.test(m.text()) });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await reported;
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    expect(h.cspViolations(page).length).toBeGreaterThan(0);
  });
});
