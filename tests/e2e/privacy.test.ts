/// <reference lib="dom" />
// Functions passed to page.evaluate() run in the browser, so these files see DOM types.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserHarness } from './support/browser';

const RUN = Date.now().toString(36);
const PSEUDONYM = `Roos Waterlelie ${RUN}`;
const GENDER = `non-binair persoon ${RUN}`;
const HEALTH_NOTE = `Wil een soa-test zonder verzekering ${RUN}.`;

async function openClients(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Cliënten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
}

function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name, exact: true });
}

describe('privacy in the browser: access request and erasure', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('the owner exports everything as a JSON file and on paper, then erases the client: only a placeholder and the audit trail remain', async () => {
    const sam = await h.newPage();
    await h.signIn(sam, 'sam@boysproject.test');
    await openClients(sam);
    await sam.getByRole('link', { name: 'Cliënt registreren' }).click();
    await sam.getByLabel('Roepnaam').fill(PSEUDONYM);
    await sam.getByRole('checkbox', { name: 'Profiel' }).check();
    const profile = sam.getByRole('group', { name: 'Profiel' });
    await profile.getByLabel('Leeftijd').selectOption('AGE_25_34');
    await profile.getByLabel('Genderidentiteit').fill(GENDER);
    await sam.getByRole('button', { name: 'Cliënt registreren' }).click();
    await sam.getByRole('heading', { level: 1, name: PSEUDONYM }).waitFor();
    const clientUrl = new URL(sam.url()).pathname;

    await section(sam, 'Gezondheid').getByRole('button', { name: 'Gezondheid invullen' }).click();
    await section(sam, 'Gezondheid').getByRole('textbox', { name: 'Notitie', exact: true }).fill(HEALTH_NOTE);
    await section(sam, 'Gezondheid').getByRole('button', { name: 'Opslaan' }).click();
    await section(sam, 'Gezondheid').getByText(HEALTH_NOTE).waitFor();

    // The Privacy tab says what the client receives, and downloads it as a dated JSON file.
    await tab(sam, 'Privacy').click();
    await sam.getByRole('heading', { name: 'Exporteren voor een inzageverzoek' }).waitFor();
    await sam.getByText(/de contactnotities, de doorverwijzingen met hun verloop en berichten/).waitFor();
    const [download] = await Promise.all([sam.waitForEvent('download'), sam.getByRole('button', { name: 'JSON downloaden' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^brug-export-roos-waterlelie-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(exported.format).toBe('brug.client-export');
    expect(exported.client.pseudonym).toBe(PSEUDONYM);
    const sections = Object.fromEntries(exported.sections.map((s: { scope: string; data: unknown }) => [s.scope, s.data]));
    expect(sections.PROFILE.genderIdentity).toBe(GENDER);
    expect(sections.HEALTH.note).toBe(HEALTH_NOTE);
    await sam
      .getByRole('status')
      .filter({ hasText: /Export gedownload als brug-export-/ })
      .waitFor();

    // The printable view lays the same out readably, without the app's navigation.
    await sam.getByRole('link', { name: 'Afdrukbare versie' }).click();
    await sam.getByRole('heading', { level: 1, name: `Alle gegevens over ${PSEUDONYM}` }).waitFor();
    const health = sam.getByRole('region', { name: 'Gezondheid', exact: true });
    await health.getByText(HEALTH_NOTE).waitFor();
    await sam.getByRole('region', { name: 'Profiel', exact: true }).getByText(GENDER).waitFor();
    await sam.getByRole('region', { name: 'Wie zag de gegevens' }).getByText('Bekeken').first().waitFor();
    await sam.getByRole('button', { name: 'Afdrukken' }).waitFor();
    expect(await sam.getByRole('navigation').count()).toBe(0);
    await sam.getByRole('link', { name: 'Terug naar het dossier' }).click();

    // Erasing explains what goes and what stays, and needs a reason and the pseudonym typed.
    await sam.getByRole('button', { name: 'Dossier wissen…' }).click();
    const dialog = sam.getByRole('dialog', { name: `Dossier van ${PSEUDONYM} wissen?` });
    await dialog.getByText(/het overzicht van wie de gegevens bekeek: dat wordt nooit gewist/).waitFor();
    await dialog.getByText(/de teksten van de doorverwijzingen .* en alle berichten/).waitFor();
    await dialog.getByLabel(`Typ ter bevestiging de roepnaam: ${PSEUDONYM}`).fill('Roos');
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await dialog.getByText('Geef een reden.').waitFor();
    await dialog.getByText('De roepnaam klopt niet: typ hem precies zoals hierboven.').waitFor();
    await dialog.getByLabel('Reden').fill('Verzoek van de cliënt');
    await dialog.getByLabel(`Typ ter bevestiging de roepnaam: ${PSEUDONYM}`).fill(PSEUDONYM);
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    const result = sam.getByRole('dialog', { name: 'Wat er gewist is' });
    await result
      .getByRole('status')
      .filter({ hasText: /Het dossier is gewist\. Het heet nu "Erased client [0-9A-F]{4}"/ })
      .waitFor();
    const placeholder = (await result.getByRole('status').textContent())!.match(/Erased client [0-9A-F]{4}/)![0];
    expect(await result.locator('dt', { hasText: 'Onderdelen verwijderd' }).locator('xpath=following-sibling::dd').textContent()).toBe('2');
    await result.getByRole('button', { name: 'Terug naar de cliënten' }).click();

    // The client list no longer shows the client.
    await sam.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
    await sam
      .getByRole('status')
      .filter({ hasText: /cliënt/ })
      .first()
      .waitFor();
    expect(await sam.getByRole('link', { name: PSEUDONYM }).count()).toBe(0);
    expect(await sam.content()).not.toContain(PSEUDONYM);

    // The client page says it was erased; the health text is nowhere.
    await sam.goto(clientUrl);
    await sam.getByRole('heading', { level: 1, name: placeholder }).waitFor();
    await sam.getByRole('heading', { name: /^Dit dossier is gewist op / }).waitFor();
    expect(await tab(sam, 'Delen').count()).toBe(0);
    expect(await sam.content()).not.toContain(HEALTH_NOTE);
    expect(await sam.content()).not.toContain(GENDER);

    // Erasing again is not offered, and the audit trail still shows the export and the erasure.
    await tab(sam, 'Privacy').click();
    await sam.getByText(/Dit dossier is gewist op .*: er valt niets meer te wissen\./).waitFor();
    expect(await sam.getByRole('button', { name: 'Dossier wissen…' }).count()).toBe(0);
    await tab(sam, 'Wie zag mijn gegevens').click();
    await sam.getByRole('row').filter({ hasText: 'Sam' }).filter({ hasText: 'Geëxporteerd' }).first().waitFor();
    await sam.getByRole('row').filter({ hasText: 'Sam' }).filter({ hasText: 'Gewist' }).first().waitFor();
    expect(await sam.content()).not.toContain(HEALTH_NOTE);

    expect(h.cspViolations(sam)).toEqual([]);
  });

  it('after the retention period without activity, a client is listed under "Due for review" and flagged on its page', async () => {
    // Six years on (the test clock on every request, sign-in included): the demo clients are due.
    const sam = await h.newPage({ width: 360, height: 740 });
    const later = new Date(Date.now() + 6 * 366 * 86_400_000).toISOString();
    await sam.route('**/graphql', (route) => route.fallback({ headers: { ...route.request().headers(), 'x-brug-test-now': later } }));
    await h.signIn(sam, 'sam@boysproject.test');
    await sam.goto('/clients');
    await sam.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
    await sam.getByRole('link', { name: /^Te herzien \(\d+\)$/ }).click();
    await sam.getByRole('heading', { level: 1, name: 'Te herzien: cliënten zonder activiteit' }).waitFor();
    const milan = sam.getByRole('listitem').filter({ has: sam.getByRole('link', { name: 'Milan', exact: true }) });
    await milan.getByText(/^Laatste activiteit /).waitFor();
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await milan.getByRole('link', { name: 'Milan', exact: true }).click();
    await sam.getByRole('heading', { level: 1, name: 'Milan' }).waitFor();
    await sam.getByText('Te herzien', { exact: true }).waitFor();
    await sam.getByText(/Bekijk met je organisatie of jullie dit dossier nog moeten bewaren, of het wissen\./).waitFor();
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('today, a recently active client carries no review badge', async () => {
    const sam = await h.newPage();
    await h.signIn(sam, 'sam@boysproject.test');
    await openClients(sam);
    await sam.getByRole('link', { name: 'Milan', exact: true }).click();
    await sam.getByRole('heading', { level: 1, name: 'Milan' }).waitFor();
    await sam.getByRole('navigation', { name: 'Onderdelen van het dossier' }).waitFor();
    expect(await sam.getByText('Te herzien', { exact: true }).count()).toBe(0);
  });
});
