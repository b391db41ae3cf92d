/// <reference lib="dom" />
// Functions passed to page.evaluate() run in the browser, so these files see DOM types.
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserHarness } from './support/browser';

/** Counts what the worker does on the form, to keep logging a session a matter of a few taps. */
function counted(page: Page) {
  let actions = 0;
  const step = async <T>(work: Promise<T>) => {
    actions++;
    return work;
  };
  return {
    fill: (label: string | RegExp, value: string) => step(page.getByLabel(label, { exact: typeof label === 'string' }).fill(value)),
    click: (locator: ReturnType<Page['locator']>) => step(locator.click()),
    check: (label: string) => step(page.getByLabel(label, { exact: true }).check()),
    get actions() {
      return actions;
    },
  };
}

describe('outreach on a phone, with and without a connection', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  const sessionsWith = async (contacts: number, fresh: number) =>
    h.api.dataSource.query(
      `SELECT s.id, s.contacts_total, s.topics, (SELECT array_agg(m.count) FROM outreach_session_materials m WHERE m.session_id = s.id) AS materials
         FROM outreach_sessions s JOIN organisations o ON o.id = s.organisation_id
        WHERE o.name = 'Boysproject' AND s.contacts_total = $1 AND s.contacts_new = $2`,
      [contacts, fresh],
    );

  it('Sam logs a session at 360 px with the network cut; it waits on the phone, is sent once when the network is back, and stays once when sent again', async () => {
    const page = await h.newPage({ width: 360, height: 740, serviceWorkers: 'allow' });
    await h.signIn(page, 'sam@boysproject.test');
    await page.goto('/outreach/new');
    await page.getByLabel('Plaats').waitFor();
    // The app installs its service worker; once it serves the page, the app shell is kept.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByLabel('Plaats').waitFor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ name: 'Brug', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

    // No network: the page opens again from the phone itself, form and lists included.
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Outreach registreren', level: 1 }).waitFor();
    await page.getByText('Geen verbinding.', { exact: false }).waitFor();
    expect(await page.getByLabel('Plaats').inputValue()).not.toBe('');
    // No field asks for a name.
    expect(await page.getByLabel(/naam|name|pseudoniem/i).count()).toBe(0);

    const form = counted(page);
    await form.fill('Contacten', '17');
    await form.fill('Waarvan nieuw', '4');
    await form.fill('Condooms', '53');
    await form.click(page.getByText('Onderwerpen', { exact: true }));
    await form.check('Veilig vrijen');
    await form.click(page.getByRole('button', { name: 'Sessie opslaan' }));
    // A few interactions, not a minute of typing: the place and the last two hours are filled in.
    expect(form.actions).toBeLessThanOrEqual(6);

    await page.getByText('Bewaard op deze telefoon', { exact: false }).waitFor();
    const waiting = page.getByTestId('outbox-waiting');
    await waiting.getByText('17 contacten, 4 nieuw').waitFor();
    await page.getByRole('heading', { name: 'Wacht op verzending (1)' }).waitFor();
    expect(await sessionsWith(17, 4)).toEqual([]);

    // The network is back: the entry goes out by itself.
    await page.context().setOffline(false);
    await page.getByTestId('outbox-sent').getByText('17 contacten, 4 nieuw').waitFor();
    await page.getByRole('heading', { name: 'Wacht op verzending (0)' }).waitFor();
    const stored = await sessionsWith(17, 4);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ topics: ['SAFER_SEX'], materials: [53] });

    // The answer was lost (the phone marks it waiting again) and it is sent a second time: still once.
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('brug-outreach');
          open.onsuccess = () => {
            const store = open.result.transaction('entries', 'readwrite').objectStore('entries');
            const get = store.get(id);
            get.onsuccess = () => {
              store.put({ ...get.result, status: 'waiting', sentAt: undefined });
              store.transaction.oncomplete = () => resolve();
            };
          };
          open.onerror = () => reject(new Error(String(open.error)));
        }),
      stored[0].id,
    );
    await page.reload();
    await page.getByTestId('outbox-sent').getByText('17 contacten, 4 nieuw').waitFor();
    await page.getByRole('heading', { name: 'Wacht op verzending (0)' }).waitFor();
    expect(await sessionsWith(17, 4)).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(h.cspViolations(page)).toEqual([]);
  });

  it('the organisation finds its sessions in the list and the month view, and an edit is saved and audited', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'sam@boysproject.test');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Outreach', exact: true }).click();
    const list = page.getByTestId('outreach-sessions');
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);

    await page.getByRole('link', { name: 'Maand' }).click();
    const month = page.getByTestId('outreach-month');
    await month.waitFor();
    expect(await month.getByRole('columnheader').count()).toBe(7);
    // The latest session is on its day in its month (in the browser's time zone).
    const [latest] = await h.api.dataSource.query(
      `SELECT s.id, s.starts_at FROM outreach_sessions s JOIN organisations o ON o.id = s.organisation_id WHERE o.name = 'Boysproject' ORDER BY s.starts_at DESC LIMIT 1`,
    );
    const [monthOf, dayOf] = await page.evaluate(
      (iso) => {
        const d = new Date(iso);
        return [`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`, String(d.getDate())];
      },
      (latest.starts_at as Date).toISOString(),
    );
    await page.goto(`/outreach?view=month&month=${monthOf}`);
    const link = month.locator(`a[href="/outreach/${latest.id}"]`);
    await link.waitFor();
    expect(await link.locator('xpath=..').locator('.outreach-month__day').textContent()).toBe(dayOf);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await link.click();
    await page.getByRole('heading', { name: 'Outreachsessie', level: 1 }).waitFor();
    const sessionId = page.url().split('/').pop()!;
    expect(sessionId).toBe(latest.id);
    await page.getByRole('button', { name: 'Wijzigen' }).click();
    await page.getByLabel('Contacten', { exact: true }).fill('31');
    await page.getByLabel('Waarvan nieuw').fill('9');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('Wijziging opgeslagen.').waitFor();
    await page.getByText('31 contacten, 9 nieuw').waitFor();
    const [row] = await h.api.dataSource.query(`SELECT contacts_total, version FROM outreach_sessions WHERE id = $1`, [sessionId]);
    expect(row).toEqual({ contacts_total: 31, version: 2 });
    const audits = await h.api.dataSource.query(
      `SELECT operation, client_id FROM audit_entries WHERE action = 'updateOutreachSession' AND actor_name = 'Sam (demo)'`,
    );
    expect(audits).toEqual([{ operation: 'UPDATE', client_id: null }]);
  });

  it("Boysproject's admin adds a place and a kind of material; the worker's form offers them (keyboard only)", async () => {
    const admin = await h.newPage();
    await h.signIn(admin, 'admin@boysproject.test');
    await admin.goto('/outreach/lists');
    const placeForm = admin.getByRole('form', { name: 'Plaats toevoegen' });
    await placeForm.getByLabel('Naam').focus();
    await admin.keyboard.type('Station Berchem');
    await placeForm.getByLabel('Soort').selectOption('ZONE');
    await placeForm.getByLabel('Regio').selectOption('BE-VAN');
    await placeForm.getByLabel('Naam').press('Enter');
    await admin.getByText('Station Berchem · Zone · Antwerpen').waitFor();
    const kindForm = admin.getByRole('form', { name: 'Materiaal toevoegen' });
    await kindForm.getByLabel('Naam').fill('Femidoms');
    await kindForm.getByLabel('Naam').press('Enter');
    await admin.getByText('Femidoms').waitFor();

    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    await sam.goto('/outreach/new');
    await sam.getByLabel('Femidoms').waitFor();
    expect(await sam.getByLabel('Plaats').locator('option').allTextContents()).toContain('Station Berchem (Zone)');
    // A worker sees the lists but cannot change them.
    await sam.goto('/outreach/lists');
    await sam.getByText('Alleen de beheerder van je organisatie houdt deze lijsten bij.').waitFor();
    expect(await sam.getByRole('button', { name: /Archiveren/ }).count()).toBe(0);
  });

  it('Jules of Alias logs outreach in French, by keyboard, and is told when the numbers cannot be right', async () => {
    const page = await h.newPage({ width: 360, height: 740, locale: 'fr-BE' });
    await h.signIn(page, 'jules@alias.test');
    await page.goto('/outreach/new');
    await page.getByRole('heading', { name: 'Encoder une sortie', level: 1 }).waitFor();
    // By keyboard: type, Tab to the next count, Enter saves.
    await page.getByLabel('Contacts', { exact: true }).focus();
    await page.keyboard.type('6');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('contactsNew');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.getByText('Pas plus de nouveaux contacts que de contacts.').waitFor();
    await page.getByLabel('Dont nouveaux').fill('2');
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await page.getByText('Enregistré et envoyé.').waitFor();
    await page.getByTestId('outbox-sent').getByText('6 contacts, dont 2 nouveaux').waitFor();
  });
});
