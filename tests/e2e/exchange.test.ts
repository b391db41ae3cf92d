import { startBrowser, type BrowserHarness } from './support/browser';

describe('importing the service map in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a coordinator checks an HSDS file, sees what would change and imports it', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'coordinator@brug.test');
    // The file a regional map would send: today's export with one listing renamed.
    const exported = await (await page.request.get('/hsds/export')).json();
    const service = exported[0].services[0];
    service.name = `${service.name} (vernieuwd)`;

    await page.getByRole('link', { name: 'Import the map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import the service map (HSDS)' }).waitFor();
    await page
      .getByLabel('HSDS file (JSON)')
      .setInputFiles({ name: 'kaart.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What would happen' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(`Changed Service: ${service.name.replace(/[()]/g, '\\$&')}`) });
    await row.getByText('Changes: name').waitFor();
    expect(await page.getByRole('row').count()).toBe(2); // the heading row and the one change

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('The map is up to date: 0 new, 1 changed.').waitFor();
    const [{ name }] = await h.api.dataSource.query(`SELECT name FROM services WHERE id = $1`, [service.id]);
    expect(name).toBe(service.name);
    expect(h.cspViolations(page)).toEqual([]);
  });

  it('an address the administrator did not allow is refused with the reason, nothing imported', async () => {
    const page = await h.newPage({ width: 360, height: 780 });
    await h.signIn(page, 'coordinator@brug.test');
    await page.goto('/exchange/import');
    await page.getByLabel('An address on the web (an HSDS API or a published file)').check();
    await page.getByLabel('Address (URL)').fill('https://socialekaart.example/hsds/organizations');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page
      .getByRole('alert')
      .getByText(/BRUG_HSDS_IMPORT_HOSTS/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
  });

  it('on a phone, a broken file says which record is invalid and why, and offers no import', async () => {
    const page = await h.newPage({ width: 360, height: 780 });
    await h.signIn(page, 'coordinator@brug.test');
    const exported = await (await page.request.get('/hsds/export')).json();
    exported[0].services[0].email = 'pas-une-adresse';
    await page.goto('/exchange/import');
    await page.getByRole('heading', { level: 1, name: 'Import the service map (HSDS)' }).waitFor();
    await page.getByLabel('HSDS file (JSON)').setInputFiles({ name: 'map.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('First fix the invalid records in the file', { exact: false }).waitFor();
    const row = page.getByRole('row', { name: /Invalid Service/ });
    await row.getByText('must match format "email"', { exact: false }).waitFor();
    expect(await row.getByText(exported[0].services[0].id).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(h.cspViolations(page)).toEqual([]);
  });
});
