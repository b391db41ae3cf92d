import type { Page } from 'playwright-core';
import { startBrowser, type BrowserHarness } from './support/browser';

const CLIENT = 'Nico';
const SERVICE = 'Uitstapprogramma NextStep';
const REASON = 'Wil stoppen met het werk in de bars en zoekt een eigen inkomen.';
const LOTTE_MESSAGE = 'Welkom! Donderdag om 14 uur past ons. Komen jullie samen?';
const SAM_MESSAGE = 'Ja, ik kom mee. Tot donderdag.';

async function openNav(page: Page, name: string | RegExp) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();
}

/** The "Inbox" navigation entry, whose name carries the unread count ("Inbox 3 ongelezen"). */
function inboxLink(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: /^Inbox/ });
}

async function unreadCount(page: Page): Promise<number> {
  const badge = inboxLink(page).getByText(/\d+ ongelezen/);
  if (!(await badge.count())) return 0;
  const match = /(\d+) ongelezen/.exec((await badge.textContent()) ?? '');
  return match ? Number(match[1]) : 0;
}

describe('referrals in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('Sam refers a client to NextStep with consent in the same step; it appears in Lotte’s inbox without a reload, she accepts, and they talk in the thread', async () => {
    // Lotte (NextStep) has her inbox open on a laptop.
    const lotte = await h.newPage();
    await h.signIn(lotte, 'lotte@nextstep.test');
    await openNav(lotte, /^Inbox/);
    await lotte.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await lotte
      .getByRole('status')
      .filter({ hasText: /verwijzing/ })
      .waitFor();
    const before = await unreadCount(lotte);
    let navigations = 0;
    lotte.on('framenavigated', (frame) => {
      if (frame === lotte.mainFrame()) navigations += 1;
    });
    await lotte.evaluate(() => ((window as unknown as { brugMarker: string }).brugMarker = 'still the same page'));
    expect(await lotte.getByRole('link', { name: new RegExp(`^${CLIENT} · `) }).count()).toBe(0);

    // Sam (Boysproject), on his phone, starts from the client's page.
    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    await openNav(sam, 'Cliënten');
    await sam.getByRole('link', { name: CLIENT, exact: true }).click();
    await sam.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    await sam.getByRole('link', { name: 'Verwijzen' }).click();
    await sam.getByRole('heading', { level: 1, name: `${CLIENT} verwijzen` }).waitFor();

    // (a) the service, found on the map by what the client needs.
    await sam.getByLabel('Zoekwoorden').fill('Uitstapprogramma');
    await sam.getByRole('button', { name: 'Zoeken' }).click();
    const card = sam.getByRole('listitem').filter({ has: sam.getByRole('heading', { name: SERVICE }) });
    await card.getByRole('button', { name: 'Deze dienst kiezen' }).click();
    await sam.getByText(`Gekozen dienst: ${SERVICE} (NextStep)`).first().waitFor();
    await sam.getByRole('button', { name: 'Volgende' }).click();

    // (b) why, what the client wants, how urgent.
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByText('Zeg kort waarom je verwijst.').waitFor();
    await sam.getByLabel('Waarom verwijs je?').fill(REASON);
    await sam.getByLabel('Wat wil de cliënt zelf?').fill('Rustig kennismaken, liefst met Sam erbij.');
    await sam.getByRole('radio', { name: /^Snel/ }).check();
    await sam.getByRole('button', { name: 'Volgende' }).click();

    // (c) the warm handoff: a first meeting, accompanied.
    await sam.getByLabel('Wanneer').fill('2026-12-10T14:00');
    await sam.getByLabel('Waar').fill('Bij NextStep, Voorbeeldplein 8');
    await sam.getByLabel('Wie gaat mee?').fill('Sam gaat mee');
    await sam.getByRole('button', { name: 'Volgende' }).click();

    // (d) what to share; NextStep holds no consent yet, so Sam records it here.
    await sam.getByText(/De verwijzing zelf opent niets/).waitFor();
    await sam.getByText(/NextStep heeft nog geen toestemming van de cliënt/).waitFor();
    await sam.getByRole('checkbox', { name: 'Profiel' }).check();
    await sam.getByLabel('Waarvoor').fill('Warme overdracht naar het uitstapprogramma');
    await sam.getByRole('radio', { name: 'Mondeling' }).check();
    await sam.getByRole('button', { name: 'Volgende' }).click();

    // (e) review and send.
    await sam.getByText(REASON).waitFor();
    await sam.getByText(/Nieuw: Profiel tot/).waitFor();
    await sam.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await sam.getByRole('heading', { level: 1, name: `Verwijzing naar ${SERVICE}` }).waitFor();
    await sam.getByText('Verstuurd', { exact: true }).first().waitFor();
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Lotte's badge and list change by themselves: no reload, no navigation.
    const row = lotte.getByRole('link', { name: `${CLIENT} · ${SERVICE}` });
    await row.waitFor();
    await inboxLink(lotte)
      .getByText(`${before + 1} ongelezen`, { exact: true })
      .waitFor({ state: 'attached' });
    expect(navigations).toBe(0);
    expect(await lotte.evaluate(() => (window as unknown as { brugMarker?: string }).brugMarker)).toBe('still the same page');

    // She opens and accepts it.
    await row.click();
    await lotte.getByRole('heading', { level: 1, name: `Verwijzing naar ${SERVICE}` }).waitFor();
    await lotte.getByText(REASON).waitFor();
    await lotte.getByText('Sam gaat mee').waitFor();
    await lotte.getByRole('button', { name: 'Aanvaarden' }).click();
    const dialog = lotte.getByRole('dialog', { name: 'Aanvaarden' });
    await dialog.getByLabel('Wie van ons neemt het op?').waitFor();
    await dialog.getByRole('button', { name: 'Aanvaarden' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await lotte.getByText('Aanvaard', { exact: true }).first().waitFor();
    expect(await lotte.getByRole('button', { name: 'Aanvaarden' }).count()).toBe(0);

    // The thread: Lotte writes, Sam sees it; Sam answers, Lotte sees it.
    await lotte.getByRole('textbox', { name: 'Bericht' }).fill(LOTTE_MESSAGE);
    await lotte.getByRole('button', { name: 'Versturen', exact: true }).click();
    await lotte.getByRole('list', { name: 'Berichten' }).getByText(LOTTE_MESSAGE).waitFor();

    const samThread = sam.getByRole('list', { name: 'Berichten' });
    await samThread.getByText(LOTTE_MESSAGE).waitFor();
    // ... and the acceptance, with who took it on.
    await sam.getByText('Aanvaard', { exact: true }).first().waitFor();
    await sam.getByText('Lotte (demo)', { exact: true }).first().waitFor();
    await sam.getByRole('textbox', { name: 'Bericht' }).fill(SAM_MESSAGE);
    await sam.getByRole('button', { name: 'Versturen', exact: true }).click();
    await samThread.getByText(SAM_MESSAGE).waitFor();
    await lotte.getByRole('list', { name: 'Berichten' }).getByText(SAM_MESSAGE).waitFor();

    // Newest at the bottom.
    const bodies = await lotte.getByRole('list', { name: 'Berichten' }).locator('.thread__body').allTextContents();
    expect(bodies.slice(-2)).toEqual([LOTTE_MESSAGE, SAM_MESSAGE]);

    // Sam revokes NextStep's consent: the referral is cancelled, and Lotte's page keeps only what
    // is not about the client. It says the rest is hidden, and offers no message box.
    const referralPath = new URL(sam.url()).pathname;
    await sam.goto('/clients');
    await sam.getByRole('link', { name: CLIENT }).first().click();
    await sam.getByRole('link', { name: 'Delen' }).click();
    await sam.getByRole('button', { name: 'Toestemming voor NextStep intrekken' }).first().click();
    await sam.getByRole('dialog', { name: 'Toestemming voor NextStep intrekken?' }).getByRole('button', { name: 'Ja, intrekken' }).click();
    await sam.getByRole('status').filter({ hasText: 'Toestemming voor NextStep ingetrokken.' }).waitFor();
    await lotte.goto(referralPath);
    await lotte.getByText('Deze cliënt is niet (meer) met jouw organisatie gedeeld.', { exact: false }).waitFor();
    await lotte.getByText('Ingetrokken', { exact: true }).first().waitFor();
    expect(await lotte.getByText('Verborgen zolang de cliënt niet met jouw organisatie gedeeld is.').count()).toBe(2);
    const shown = await lotte.locator('main').innerText();
    for (const text of [REASON, LOTTE_MESSAGE, SAM_MESSAGE, 'Sam gaat mee']) expect(shown).not.toContain(text);
    expect(await lotte.getByRole('textbox', { name: 'Bericht' }).count()).toBe(0);
    // Boysproject keeps its own record of the thread.
    await sam.goto(referralPath);
    await sam.getByRole('list', { name: 'Berichten' }).getByText(LOTTE_MESSAGE).waitFor();
    expect(h.cspViolations(sam)).toEqual([]);
    expect(h.cspViolations(lotte)).toEqual([]);
  });

  it('a draft saved half-way keeps the wizard on its step with the consent as typed; then it is finished and sent', async () => {
    const PURPOSE = 'Aanmelding bij het regionale uitstaptraject';
    const RUPS = 'RUPS uitstaptraject';
    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    await openNav(sam, 'Cliënten');
    await sam.getByRole('link', { name: 'Kiki', exact: true }).click();
    await sam.getByRole('heading', { level: 1, name: 'Kiki' }).waitFor();
    await sam.getByRole('link', { name: 'Verwijzen' }).click();
    await sam.getByRole('heading', { level: 1, name: 'Kiki verwijzen' }).waitFor();

    await sam.getByRole('checkbox', { name: 'Alleen diensten die nu aannemen' }).uncheck();
    await sam.getByLabel('Zoekwoorden').fill(RUPS);
    await sam.getByRole('button', { name: 'Zoeken' }).click();
    await sam
      .getByRole('listitem')
      .filter({ has: sam.getByRole('heading', { name: RUPS }) })
      .getByRole('button', { name: 'Deze dienst kiezen' })
      .click();
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByLabel('Waarom verwijs je?').fill('Wil uitstappen en verhuist naar Den Bosch.');
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByRole('radio', { name: 'De cliënt neemt zelf contact op' }).check();
    await sam.getByRole('button', { name: 'Volgende' }).click();

    // Step 4: RUPS holds no consent, so Sam types it in, then saves a draft before going on.
    await sam.getByText(/RUPS Den Bosch heeft nog geen toestemming van de cliënt/).waitFor();
    await sam.getByRole('checkbox', { name: 'Profiel' }).check();
    await sam.getByLabel('Waarvoor').fill(PURPOSE);
    const until = await sam.getByLabel('Tot wanneer').inputValue();
    const sooner = `${Number(until.slice(0, 4)) - 1}${until.slice(4)}`;
    await sam.getByLabel('Tot wanneer').fill(sooner);
    await sam.getByRole('radio', { name: 'Schriftelijk' }).check();
    await sam.getByRole('button', { name: 'Bewaren als concept' }).click();
    await sam.getByText('Concept bewaard.').waitFor();
    await sam.waitForURL(/[?&]draft=[0-9a-f-]{36}/);
    const draftId = new URL(sam.url()).searchParams.get('draft');

    // Still the same step, with everything as typed.
    await sam.getByRole('heading', { level: 2, name: /Delen$/ }).waitFor();
    expect(await sam.getByLabel('Waarvoor').inputValue()).toBe(PURPOSE);
    expect(await sam.getByLabel('Tot wanneer').inputValue()).toBe(sooner);
    expect(await sam.getByRole('radio', { name: 'Schriftelijk' }).isChecked()).toBe(true);
    expect(await sam.getByRole('checkbox', { name: 'Profiel' }).isChecked()).toBe(true);

    // Saving again keeps the same draft; then review and send it.
    await sam.getByRole('button', { name: 'Bewaren als concept' }).click();
    await sam.getByText('Concept bewaard.').waitFor();
    expect(new URL(sam.url()).searchParams.get('draft')).toBe(draftId);
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByText(/Nieuw: Profiel tot .*\(Schriftelijk\)/).waitFor();
    await sam.getByText('De cliënt neemt zelf contact op').waitFor();
    await sam.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await sam.getByRole('heading', { level: 1, name: `Verwijzing naar ${RUPS}` }).waitFor();
    expect(new URL(sam.url()).pathname).toBe(`/referrals/${draftId}`);
    await sam.getByText('Verstuurd', { exact: true }).first().waitFor();
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(h.cspViolations(sam)).toEqual([]);
  });
});
