/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserHarness } from './support/browser';

async function openClient(page: Page, pseudonym: string, sharedWithUs = false) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Cliënten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
  if (sharedWithUs) await page.getByRole('button', { name: 'Gedeeld met ons' }).click();
  await page.getByRole('link', { name: pseudonym }).click();
  await page.getByRole('heading', { level: 1, name: pseudonym }).waitFor();
}

describe("the client's own view in the browser", () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it("the worker makes a code, the client opens their view on their phone, withdraws NextStep's consent, and NextStep finds nothing", async () => {
    const lotte = await h.newPage();
    await h.signIn(lotte, 'lotte@nextstep.test');
    await openClient(lotte, 'Milan', true);
    const milanForLotte = new URL(lotte.url()).pathname;

    // Sam (Boysproject) makes the code; Milan's phone may be read by someone else, so he is warned first.
    const sam = await h.newPage();
    await h.signIn(sam, 'sam@boysproject.test');
    await openClient(sam, 'Milan');
    await sam.getByRole('button', { name: 'Eigen inzage voor de cliënt' }).click();
    const dialog = sam.getByRole('dialog', { name: 'Een code voor de cliënt' });
    await dialog.getByRole('alert').filter({ hasText: 'Iemand anders kan de telefoon van de cliënt lezen' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Code maken' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Besproken: maak de code' }).click();
    const code = (await dialog.getByTestId('client-view-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await dialog.getByRole('img', { name: 'QR-code die de inzage opent met deze code' }).waitFor();
    await dialog.getByRole('button', { name: 'Kaartje afdrukken' }).waitFor();
    await dialog.getByText('Nog niet gebruikt').waitFor();

    // The client, on their own phone: nothing without the code.
    const client = await h.newPage({ width: 360, height: 740 });
    await client.goto('/my-view');
    await client.getByRole('heading', { name: 'Bekijk wie jouw gegevens ziet' }).waitFor();
    await client.getByLabel('Code').fill('AAAA-BBBB-CCCC');
    await client.getByRole('button', { name: 'Openen' }).click();
    await client.getByText('Deze code werkt niet.', { exact: false }).waitFor();
    await client.getByLabel('Code').fill(code.toLowerCase());
    await client.getByRole('button', { name: 'Openen' }).click();
    await client.getByText('Je dossier wordt bijgehouden door Boysproject.').waitFor();
    const nextStep = client.getByRole('listitem', { name: 'NextStep' });
    await nextStep.getByRole('heading', { name: 'NextStep mag zien:' }).waitFor();
    await nextStep.getByText(/Tot /).waitFor();
    // Lotte's look is in "who looked", in plain words; no section content anywhere.
    await client.getByRole('region', { name: 'Wie keek naar je gegevens' }).getByText('Lotte (demo) van NextStep').first().waitFor();
    expect(await client.content()).not.toContain('fietsenmaker');
    expect(await client.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await nextStep.getByRole('button', { name: 'Toestemming voor NextStep intrekken' }).click();
    const confirm = client.getByRole('dialog', { name: 'Toestemming voor NextStep intrekken?' });
    await confirm.getByRole('button', { name: 'Ja, intrekken' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await client.getByRole('status').filter({ hasText: 'NextStep ziet vanaf nu niets meer van je dossier.' }).waitFor();
    await client
      .getByRole('listitem', { name: 'NextStep' })
      .getByText(/Door jou ingetrokken op/)
      .waitFor();

    // NextStep's next request finds nothing.
    await lotte.goto(milanForLotte);
    await lotte.getByRole('heading', { level: 1, name: 'Cliënt niet gevonden' }).waitFor();

    // Sam sees that the client did it, and the code in use.
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await sam.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Delen', exact: true }).click();
    await sam
      .getByRole('row', { name: 'NextStep' })
      .getByText(/Door de cliënt zelf ingetrokken op/)
      .waitFor();

    // The client is done: the view closes, and the code does not open it again.
    await client.getByRole('button', { name: 'Klaar, sluiten' }).click();
    await client.getByText('De pagina is gesloten.', { exact: false }).waitFor();
    await client.goto('/my-view');
    await client.getByLabel('Code').fill(code);
    await client.getByRole('button', { name: 'Openen' }).click();
    await client.getByText('Deze code werkt niet.', { exact: false }).waitFor();
    expect(h.cspViolations(client)).toEqual([]);
    expect(h.cspViolations(sam)).toEqual([]);
  });
});

describe('consent over time in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a consent that ends within 30 days is on the home screen and renewed in two clicks; the Sharing tab keeps the old one as renewed', async () => {
    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    // Kiki's consent for NextStep ends in 10 days.
    const [kiki] = await h.api.dataSource.query(`SELECT id FROM clients WHERE pseudonym = 'Kiki'`);
    const [nextStep] = await h.api.dataSource.query(`SELECT id FROM organisations WHERE name = 'NextStep'`);
    await h.api.dataSource.query(`UPDATE consents SET revoked_at = now(), revocation_reason = 'test' WHERE client_id = $1 AND revoked_at IS NULL`, [kiki.id]);
    await h.api.dataSource.query(
      `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
       SELECT id, owner_organisation_id, $2, '{PROFILE}', 'Begeleiding bij uitstappen', 'VERBAL', now() - interval '355 days', now() + interval '10 days', 'Sam (demo)', now() - interval '355 days' FROM clients WHERE id = $1`,
      [kiki.id, nextStep.id],
    );
    await sam.reload();
    const card = sam.locator('section.panel').filter({ has: sam.getByRole('heading', { name: 'Toestemmingen die aflopen' }) });
    const item = card.getByRole('listitem', { name: 'Kiki' });
    await item.getByText(/NextStep · loopt af op/).waitFor();
    await item.getByRole('button', { name: 'Toestemming voor NextStep verlengen' }).click();
    const dialog = sam.getByRole('dialog', { name: 'Toestemming voor NextStep verlengen' });
    expect(await dialog.getByLabel('Hoe gaf de cliënt nu toestemming?').inputValue()).toBe('VERBAL');
    await dialog.getByRole('button', { name: 'Verlengen voor 12 maanden' }).click();
    await card
      .getByRole('status')
      .filter({ hasText: /Toestemming voor NextStep verlengd tot/ })
      .waitFor();
    await item.waitFor({ state: 'detached' });
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await sam.goto(`/clients/${kiki.id}/sharing`);
    await sam.getByText(/Verlengd op .* \(zie de nieuwere toestemming\)/).waitFor();
    await sam.getByText(/Elke toestemming die de cliënt ooit gaf staat hier/).waitFor();
  });
});

describe('documents in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('the owner attaches a signed form to a section and opens it again; a file that is not a PDF or image is refused', async () => {
    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    await openClient(sam, 'Kiki');
    await sam.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Documenten', exact: true }).click();
    await sam.getByRole('heading', { name: 'Documenten', level: 2 }).waitFor();
    const pdf = Buffer.from('%PDF-1.4\n(Getekend door Kiki)\n%%EOF\n', 'latin1');

    await sam.getByLabel('Bestand').setInputFiles({ name: 'formulier.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf maar tekst') });
    await sam.getByLabel('Korte omschrijving').fill('Nep');
    await sam.getByRole('button', { name: 'Toevoegen' }).click();
    await sam.getByRole('alert').filter({ hasText: 'Het document is niet toegevoegd.' }).waitFor();

    await sam.getByLabel('Bestand').setInputFiles({ name: 'scan.bin', mimeType: 'application/octet-stream', buffer: pdf });
    await sam.getByLabel('Bij welk onderdeel hoort het?').selectOption('IDENTITY');
    await sam.getByLabel('Korte omschrijving').fill('Getekend formulier december');
    await sam.getByRole('button', { name: 'Toevoegen' }).click();
    await sam.getByRole('status').filter({ hasText: 'Getekend formulier december toegevoegd.' }).waitFor();
    const link = sam.getByRole('link', { name: 'Getekend formulier december openen' });
    await sam.getByText(/Getekend toestemmingsformulier · Identiteit/).waitFor();
    const [download] = await Promise.all([sam.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^brug-document-[0-9a-f]{8}\.pdf$/);
    expect((await readFile(await download.path())).equals(pdf)).toBe(true);
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A WRITTEN consent points to it, and the Sharing tab opens it.
    await sam.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Delen', exact: true }).click();
    await sam.getByRole('button', { name: 'Delen met een organisatie' }).click();
    const dialog = sam.getByRole('dialog', { name: 'Delen met een organisatie' });
    const organisation = dialog.getByLabel('Met welke organisatie?');
    await organisation.locator('option', { hasText: 'Lumens' }).waitFor({ state: 'attached' });
    await organisation.selectOption(await organisation.locator('option', { hasText: 'Lumens' }).getAttribute('value'));
    await dialog.getByRole('checkbox', { name: 'Profiel' }).check();
    await dialog.getByLabel('Waarvoor').fill('Advies over begeleiding');
    await dialog.getByRole('radio', { name: 'Schriftelijk' }).check();
    await dialog.getByLabel('Getekend formulier (op het tabblad Documenten)').selectOption({ label: 'Getekend formulier december' });
    await dialog.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const [form] = await Promise.all([
      sam.waitForEvent('download'),
      sam.getByRole('row', { name: 'Lumens' }).getByRole('link', { name: 'Getekend formulier openen' }).click(),
    ]);
    expect((await readFile(await form.path())).equals(pdf)).toBe(true);
    expect(h.cspViolations(sam)).toEqual([]);
  });
});
