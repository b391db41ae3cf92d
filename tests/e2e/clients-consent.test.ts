/// <reference lib="dom" />
// Functions passed to page.evaluate() run in the browser, so these files see DOM types.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserHarness } from './support/browser';

const PSEUDONYM = 'Kiki Zonnebloem';
const HOUSING_NOTE = 'Slaapt sinds de zomer in een kraakpand.';
const HEALTH_NOTE = 'Vraagt naar het hepatitis B-vaccin; wil geen huisarts.';

async function openClients(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Cliënten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
}

function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

describe('clients and consent in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a client shared with NextStep is seen there section by section, nowhere else, and no more once the consent is revoked; the audit trail shows who looked', async () => {
    // Sam (Boysproject) registers a client with a nickname and a profile.
    const sam = await h.newPage();
    await h.signIn(sam, 'sam@boysproject.test');
    await openClients(sam);
    await sam.getByRole('link', { name: 'Cliënt registreren' }).click();
    await sam.getByText(/Een roepnaam of bijnaam is genoeg/).waitFor();
    await sam.getByRole('button', { name: 'Cliënt registreren' }).click();
    await sam.getByText('Geef een roepnaam: een bijnaam is genoeg.').waitFor();
    await sam.getByLabel('Roepnaam').fill(PSEUDONYM);
    await sam.getByRole('checkbox', { name: 'Profiel' }).check();
    const profile = sam.getByRole('group', { name: 'Profiel' });
    await profile.getByLabel('Leeftijd').selectOption('AGE_25_34');
    await profile.getByLabel('Genderidentiteit').fill('trans vrouw');
    await profile.getByRole('checkbox', { name: 'Roemeens' }).check();
    await sam.getByRole('button', { name: 'Cliënt registreren' }).click();

    await sam.getByRole('heading', { level: 1, name: PSEUDONYM }).waitFor();
    const clientUrl = new URL(sam.url()).pathname;
    expect(clientUrl).toMatch(/^\/clients\/[0-9a-f-]+$/);
    await section(sam, 'Profiel').getByText('25–34').waitFor();
    await section(sam, 'Profiel')
      .getByText(/Gewijzigd door Sam/)
      .waitFor();

    // The life domains and health, through the shared intake's edit forms.
    await section(sam, 'Levensdomeinen').getByText('Nog niet ingevuld').waitFor();
    await section(sam, 'Levensdomeinen').getByRole('button', { name: 'Levensdomeinen invullen' }).click();
    await sam.getByRole('combobox', { name: 'Situatie bij Wonen' }).selectOption('2');
    await sam.getByRole('textbox', { name: 'Notitie bij Wonen' }).fill(HOUSING_NOTE);
    await sam.getByRole('combobox', { name: 'Situatie bij Werk en opleiding' }).selectOption('3');
    await section(sam, 'Levensdomeinen').getByRole('button', { name: 'Opslaan' }).click();
    await section(sam, 'Levensdomeinen').getByRole('status').filter({ hasText: 'Levensdomeinen opgeslagen.' }).waitFor();
    await section(sam, 'Levensdomeinen').getByText(HOUSING_NOTE).waitFor();

    await section(sam, 'Gezondheid').getByRole('button', { name: 'Gezondheid invullen' }).click();
    await section(sam, 'Gezondheid').getByLabel('Verzekerd').selectOption('no');
    await section(sam, 'Gezondheid').getByRole('textbox', { name: 'Notitie', exact: true }).fill(HEALTH_NOTE);
    await section(sam, 'Gezondheid').getByRole('button', { name: 'Opslaan' }).click();
    await section(sam, 'Gezondheid').getByText(HEALTH_NOTE).waitFor();

    // Sam shares the profile and the life domains (not health) with NextStep.
    await sam.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Delen' }).click();
    await sam.getByText('Nog met geen enkele organisatie gedeeld.').waitFor();
    const share = sam.getByRole('button', { name: 'Delen met een organisatie' });
    await share.click();
    const dialog = sam.getByRole('dialog', { name: 'Delen met een organisatie' });
    // Escape closes the dialog and gives the keyboard back to where it was; Enter opens it again.
    await dialog.getByLabel('Met welke organisatie?').waitFor();
    await sam.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await share.evaluate((button) => button === document.activeElement)).toBe(true);
    await sam.keyboard.press('Enter');
    // Recording without choices says what is missing.
    await dialog.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await dialog.getByText('Kies een organisatie.').waitFor();
    await dialog.getByText('Kies minstens één onderdeel.').waitFor();
    const organisation = dialog.getByLabel('Met welke organisatie?');
    const nextStep = await organisation.locator('option', { hasText: 'NextStep' }).getAttribute('value');
    await organisation.selectOption(nextStep);
    await dialog.getByRole('checkbox', { name: 'Profiel' }).check();
    await dialog.getByRole('checkbox', { name: 'Levensdomeinen' }).check();
    await dialog.getByText(/Heel gevoelig: deel alleen met zorg die het echt nodig heeft/).waitFor();
    await dialog.getByLabel('Waarvoor').fill('Warme overdracht naar het uitstapprogramma');
    await dialog.getByRole('radio', { name: 'Mondeling' }).check();
    await dialog.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await sam.getByRole('status').filter({ hasText: 'Gedeeld met NextStep.' }).waitFor();
    const consentRow = sam.getByRole('row', { name: 'NextStep' });
    await consentRow.getByText('Geldig').waitFor();
    await consentRow.getByText('Profiel, Levensdomeinen').waitFor();

    // Lotte (NextStep), on her phone, finds the client under "Shared with us".
    const lotte = await h.newPage({ width: 360, height: 740 });
    const lotteResponses: Promise<string>[] = [];
    lotte.on('response', (response) => {
      if (response.url().includes('/graphql')) lotteResponses.push(response.text().catch(() => ''));
    });
    await h.signIn(lotte, 'lotte@nextstep.test');
    await openClients(lotte);
    await lotte.getByRole('button', { name: 'Gedeeld met ons' }).click();
    const row = lotte.getByRole('listitem').filter({ has: lotte.getByRole('link', { name: PSEUDONYM }) });
    await row.getByText('Van Boysproject').waitFor();
    await row.getByText('Profiel, Levensdomeinen').waitFor();
    await row.getByRole('link', { name: PSEUDONYM }).click();
    await lotte.getByRole('heading', { level: 1, name: PSEUDONYM }).waitFor();
    await lotte.getByText(/Cliënt van Boysproject\./).waitFor();
    await lotte.getByText(/Met jouw organisatie gedeeld: Profiel, Levensdomeinen, tot /).waitFor();
    await section(lotte, 'Profiel').getByText('trans vrouw').waitFor();
    await section(lotte, 'Levensdomeinen').getByText(HOUSING_NOTE).waitFor();
    await section(lotte, 'Gezondheid').getByText('Niet gedeeld met jouw organisatie').waitFor();
    expect(await lotte.content()).not.toContain(HEALTH_NOTE);
    expect(await lotte.content()).not.toContain('hepatitis');
    // Not hidden by the page either: the API never sent it.
    const bodies = await Promise.all(lotteResponses);
    expect(bodies.join('\n')).toContain(HOUSING_NOTE);
    expect(bodies.join('\n')).not.toContain('hepatitis');
    // Sharing and the audit trail are the owner's.
    expect(await lotte.getByRole('link', { name: 'Delen' }).count()).toBe(0);
    expect(await lotte.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Noor (Moviera) has no consent: the direct address says not found, and nothing more.
    const noor = await h.newPage();
    await h.signIn(noor, 'noor@moviera.test');
    await noor.goto(clientUrl);
    await noor.getByRole('heading', { level: 1, name: 'Cliënt niet gevonden' }).waitFor();
    expect(await noor.content()).not.toContain(PSEUDONYM);

    // Sam revokes the consent in two clicks.
    await consentRow.getByRole('button', { name: 'Toestemming voor NextStep intrekken' }).click();
    const revoke = sam.getByRole('dialog', { name: 'Toestemming voor NextStep intrekken?' });
    await revoke.getByLabel('Reden (niet verplicht)').fill('De cliënt wil eerst zelf kennismaken');
    await revoke.getByRole('button', { name: 'Ja, intrekken' }).click();
    await revoke.waitFor({ state: 'hidden' });
    await sam.getByRole('status').filter({ hasText: 'Toestemming voor NextStep ingetrokken.' }).waitFor();
    await consentRow.getByText('Ingetrokken', { exact: true }).waitFor();
    expect(await consentRow.getByRole('button', { name: 'Toestemming voor NextStep intrekken' }).count()).toBe(0);

    // From the next request on, NextStep cannot open the client any more.
    await lotte.reload();
    await lotte.getByRole('heading', { level: 1, name: 'Cliënt niet gevonden' }).waitFor();
    expect(await lotte.content()).not.toContain(HOUSING_NOTE);

    // The audit trail shows Sam who looked: Lotte, for NextStep, under the consent.
    await sam.getByRole('link', { name: 'Wie zag mijn gegevens' }).click();
    const lotteRows = sam.getByRole('row').filter({ hasText: 'Lotte (demo)' });
    await lotteRows.first().waitFor();
    await lotteRows.filter({ hasText: 'NextStep' }).filter({ hasText: 'Bekeken' }).filter({ hasText: 'Toestemming voor NextStep' }).first().waitFor();
    expect(await sam.getByRole('row').filter({ hasText: 'Noor' }).count()).toBe(0);

    // ... as a CSV of every entry ...
    const [download] = await Promise.all([sam.waitForEvent('download'), sam.getByRole('button', { name: 'Downloaden als CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('"Wanneer","Wie","Organisatie","Wat","Onderdelen","Toestemming"');
    expect(csv).toMatch(/"Lotte \(demo\)","NextStep","Bekeken","[^"]*Levensdomeinen[^"]*","Toestemming voor NextStep"/);

    // ... and on paper, without the app's navigation.
    await sam.getByRole('link', { name: 'Afdrukbare versie' }).click();
    await sam.getByRole('heading', { level: 1, name: `Wie zag de gegevens van ${PSEUDONYM}` }).waitFor();
    await sam.getByRole('row').filter({ hasText: 'Lotte (demo)' }).first().waitFor();
    await sam.getByRole('button', { name: 'Afdrukken' }).waitFor();
    expect(await sam.getByRole('navigation').count()).toBe(0);

    for (const page of [sam, lotte, noor]) expect(h.cspViolations(page)).toEqual([]);
  });

  it('the safe-contact rules of a client are a warning at the top of the client page', async () => {
    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    await openClients(sam);
    await sam.getByLabel('Zoek op roepnaam').fill('Mil');
    await sam.getByRole('button', { name: 'Zoeken' }).click();
    await sam.getByRole('status').filter({ hasText: '1 cliënt' }).waitFor();
    await sam.getByRole('link', { name: 'Milan' }).click();
    const banner = sam.getByRole('region', { name: 'Veilig contact: lees dit voor je contact opneemt' });
    await banner.getByText('Iemand anders kan de telefoon lezen: geen gevoelige woorden in berichten.').waitFor();
    await banner.getByText('Alleen veilig op: Doordeweeks 11-15 uur').waitFor();
    await banner.getByText('Codewoord: fietsenmaker').waitFor();
    // The banner comes before the record itself.
    const bannerTop = (await banner.boundingBox())!.y;
    const tabsTop = (await sam.getByRole('navigation', { name: 'Onderdelen van het dossier' }).boundingBox())!.y;
    expect(bannerTop).toBeLessThan(tabsTop);
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('a coordinator has no clients entry and cannot open a client', async () => {
    const sam = await h.newPage();
    await h.signIn(sam, 'sam@boysproject.test');
    await openClients(sam);
    await sam.getByRole('link', { name: 'Milan' }).click();
    await sam.getByRole('heading', { level: 1, name: 'Milan' }).waitFor();
    const milan = new URL(sam.url()).pathname;

    // The coordinator works in English.
    const page = await h.newPage();
    await h.signIn(page, 'coordinator@brug.test');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Service map' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Clients' }).count()).toBe(0);
    await page.goto(milan);
    await page.getByRole('heading', { level: 1, name: 'Client not found' }).waitFor();
    expect(await page.content()).not.toContain('fietsenmaker');
  });
});
