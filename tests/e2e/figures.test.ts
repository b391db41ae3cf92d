import { readFile } from 'node:fs/promises';
import { seedNetwork } from '../integration/figures/seed';
import { seedOutreachAndProgress } from '../integration/figures/seed-more';
import { startBrowser, type BrowserHarness } from './support/browser';

describe('the figures page in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
    // 26 months back always hold the whole last complete year, whatever today's month: the page
    // is filtered to that year below, and every table must have figures in it.
    await seedNetwork(h.api.dataSource, { clients: 600, referrals: 2500, months: 26, serviceLimit: 10, seed: 5 });
    await seedOutreachAndProgress(h.api.dataSource, { sessions: 500, external: 500, assessed: 300, months: 26, seed: 5 });
  }, 120_000);
  afterAll(async () => {
    await h.close();
  });

  it('a worker on a 360 px phone reads their own and the network’s figures, filters them and downloads a table as CSV', async () => {
    const page = await h.newPage({ width: 360, height: 780 });
    await h.signIn(page, 'sam@boysproject.test');
    await page.goto('/figures');
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    // Its own organisation's figures first.
    expect(await page.getByLabel('Van wie', { exact: true }).inputValue()).toBe('ORGANISATION');
    await page.getByRole('heading', { level: 2, name: 'Verwijzingen per maand' }).waitFor();
    // Each chart has its table beside it, readable by a screen reader; the chart itself is hidden from it.
    const months = page.getByRole('table', { name: 'Verwijzingen per maand' });
    await months.getByRole('columnheader', { name: 'Verstuurd' }).waitFor();
    expect(await months.getByRole('row').count()).toBe(5);
    expect(await page.locator('.figure__chart[aria-hidden="true"] svg').count()).toBeGreaterThan(3);

    await page.getByLabel('Van wie', { exact: true }).selectOption('NETWORK');
    await page.waitForURL(/scope=NETWORK/);
    await page.getByLabel('Periode', { exact: true }).selectOption({ index: 0 });
    await page.waitForURL(/period=\d{4}/);
    // Dates in the reader's language: the months of a year, in Dutch.
    await page
      .getByRole('table', { name: 'Verwijzingen per maand' })
      .getByRole('rowheader', { name: /^januari \d{4}$/ })
      .waitFor();
    await page.getByLabel('Regio', { exact: true }).selectOption('BE-VAN');
    await page.waitForURL(/region=BE-VAN/);
    const regions = page.getByRole('table', { name: 'Verwijzingen per regio' });
    await regions.getByRole('rowheader', { name: 'Antwerpen' }).waitFor();
    // Once the filtered figures are in, Antwerp is the only region left.
    await regions.locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    expect(await regions.locator('tbody tr').count()).toBe(1);
    // Outreach, referrals outside the network and progress: a chart each, with its table.
    for (const name of [
      'Mensen bereikt op outreach, per maand',
      'Materiaal uitgedeeld op outreach',
      'Verwijzingen buiten het netwerk, per soort dienst (wat de kaart mist)',
      'Vooruitgang per levensdomein (minstens twee keer gescoord in de periode)',
    ]) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
      await page.getByRole('table', { name }).getByRole('row').first().waitFor();
    }
    await page.getByRole('table', { name: 'Mensen bereikt op outreach, per maand' }).getByRole('columnheader', { name: 'Nieuwe contacten' }).waitFor();
    await page
      .getByRole('table', { name: 'Vooruitgang per levensdomein (minstens twee keer gescoord in de periode)' })
      .getByRole('rowheader', { name: 'Wonen' })
      .waitFor();
    await page.getByRole('table', { name: 'Materiaal uitgedeeld op outreach' }).getByRole('rowheader', { name: 'Condooms' }).waitFor();
    await page.getByText('Mensen bereikt op outreach', { exact: true }).waitFor();
    // Suppressed counts say so to a screen reader.
    expect(await page.getByText('niet getoond').count()).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Verwijzingen per dienst als CSV downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^referralsByService-\d{4}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('"Dienst","Verstuurd","Wacht op antwoord","Aanvaard","Geweigerd","Verlopen","Afgerond","Geannuleerd"');
    expect(lines.at(-1)).toMatch(/^"Totaal",/);
    const [outside] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Verwijzingen buiten het netwerk, per soort dienst (wat de kaart mist) als CSV downloaden' }).click(),
    ]);
    expect(outside.suggestedFilename()).toMatch(/^outsideNetworkReferrals-\d{4}\.csv$/);
    const outsideCsv = (await readFile(await outside.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(outsideCsv[0]).toBe('"Soort dienst","Aantal"');
    expect(outsideCsv.at(-1)).toMatch(/^"Totaal",/);

    // Usable at 360 px: nothing sticks out sideways (wide tables scroll inside their own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(h.cspViolations(page)).toEqual([]);
  });

  it('a coordinator finds the figures in the navigation and sees the network’s only (no choice of organisation)', async () => {
    const page = await h.newPage({ locale: 'en-GB' });
    await h.signIn(page, 'coordinator@brug.test');
    await page
      .getByRole('link', { name: 'Cijfers' })
      .or(page.getByRole('link', { name: 'Figures' }))
      .first()
      .click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /^(Cijfers|Figures|Chiffres)$/ })
      .waitFor();
    expect(await page.getByLabel(/^(Van wie|Whose|De qui)$/).count()).toBe(0);
    await page.getByRole('table').first().waitFor();
    expect(h.cspViolations(page)).toEqual([]);
  });
});
