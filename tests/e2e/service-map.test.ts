import type { Page } from 'playwright-core';
import { startBrowser, type BrowserHarness } from './support/browser';

const STI_TEST = 'Anonieme soa- en hiv-test';

async function openFilter(page: Page, summary: string) {
  await page.locator('summary', { hasText: summary }).click();
}

describe('the service map in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a worker finds an STI test in Antwerp and reads what, for whom, where, when and how to refer', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'sam@boysproject.test');
    await page.goto('/map');
    await page.getByRole('status').filter({ hasText: 'diensten gevonden' }).waitFor();

    await openFilter(page, 'Wat');
    // The filters live in the URL: the box shows checked once the URL says so (click, then wait).
    await page.getByRole('checkbox', { name: 'Soa- en hiv-test' }).click();
    await page.waitForURL(/category=STI_HIV_TESTING/);
    await page.getByLabel('Regio').selectOption('BE-VAN');
    await page.getByRole('status').filter({ hasText: '2 diensten gevonden' }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('category')).toEqual(['STI_HIV_TESTING']);
    expect(new URL(page.url()).searchParams.get('region')).toBe('BE-VAN');
    await page.getByRole('article', { name: 'Soa-polikliniek: test en behandeling' }).waitFor();
    // Brussels' test is not in Antwerp.
    expect(await page.getByRole('article', { name: 'Dépistage IST/VIH et PrEP' }).count()).toBe(0);

    const card = page.getByRole('article', { name: STI_TEST });
    await card.getByText('Plaats beschikbaar').waitFor();
    await card.getByText('Wachttijd: 3 dagen').waitFor();
    await card.getByRole('link', { name: STI_TEST }).click();

    await page.getByRole('heading', { level: 1, name: STI_TEST }).waitFor();
    await page.getByText(/Gratis en anonieme soa- en hiv-test op de permanentie/).waitFor();
    await page.getByRole('list', { name: 'Voor wie' }).getByText('Mannelijke sekswerkers').waitFor();
    await page.getByText('Voorbeeldstraat 12, 2060 Antwerpen').waitFor();
    await page.getByText('Woensdag 14–18 u').waitFor();
    await page
      .getByText(/Nederlands, Frans, Engels, Spaans, Roemeens/)
      .last()
      .waitFor();
    await page.getByText('Kom langs op de permanentie of laat je werker een afspraak maken. Geen identiteitsbewijs nodig.').waitFor();
    await page.getByText('Ja, zonder officiële naam').waitFor();
    await page.getByText(/^Laatst bevestigd op /).waitFor();
    // A worker of the organisation may change its capacity, not edit the listing.
    await page.getByLabel('Neemt doorverwijzingen aan?').waitFor();
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);

    // Reloading the search keeps the filters (they live in the URL).
    await page.goBack();
    await page.getByRole('status').filter({ hasText: '2 diensten gevonden' }).waitFor();
    expect(await page.getByLabel('Regio').inputValue()).toBe('BE-VAN');
    expect(h.cspViolations(page)).toEqual([]);
  });

  it('an organisation admin marks a service full and the map shows it', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin@boysproject.test');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn organisatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Boysproject' }).waitFor();

    await page.getByRole('button', { name: `Plaats van ${STI_TEST} aanpassen` }).click();
    const dialog = page.getByRole('dialog', { name: STI_TEST });
    await dialog.getByLabel('Neemt doorverwijzingen aan?').selectOption('FULL');
    await dialog.getByLabel('Wachttijd in dagen').fill('21');
    await dialog.getByRole('button', { name: 'Plaats opslaan' }).click();
    await dialog.getByText('Plaats en wachttijd opgeslagen.').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: 'Hulpaanbod' }).click();
    await page.getByLabel('Zoek op woorden').fill('hiv-test');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const card = page.getByRole('article', { name: STI_TEST });
    await card.getByText('Volzet').waitFor();
    await card.getByText('Wachttijd: 21 dagen').waitFor();

    // A colleague sees it too, and "accepting referrals now" leaves it out.
    const colleague = await h.newPage();
    await h.signIn(colleague, 'sam@boysproject.test');
    await colleague.goto('/map?q=hiv-test');
    await colleague.getByRole('article', { name: STI_TEST }).getByText('Volzet').waitFor();
    await colleague.getByRole('checkbox', { name: 'Neemt nu doorverwijzingen aan' }).click();
    await colleague.waitForURL(/accepting=1/);
    await colleague.getByRole('article', { name: STI_TEST }).waitFor({ state: 'detached' });
    expect(h.cspViolations(page)).toEqual([]);
  });
});
