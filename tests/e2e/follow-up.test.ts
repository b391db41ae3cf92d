/// <reference lib="dom" />
// Functions passed to page.evaluate() run in the browser, so these files see DOM types.
import type { Page } from 'playwright-core';
import { organisationIds, recordConsent } from '../support/clients';
import { startBrowser, type BrowserHarness } from './support/browser';

const GOAL = 'Een vaste slaapplek, niet meer bij klanten slapen.';
const ACTION = 'Samen naar het CAW voor een aanvraag begeleid wonen.';

/** A calendar day `plusDays` from now where the network works, as YYYY-MM-DD. */
function brusselsDay(plusDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + plusDays * 86_400_000),
  );
}

const timeline = (page: Page) => page.getByRole('list', { name: 'Tijdlijn' });

describe('following a client up together in the browser', () => {
  let h: BrowserHarness;
  let clientId: string;
  let referralId: string;
  beforeAll(async () => {
    h = await startBrowser();
    // Set up through the API: Boysproject registers the client and refers them warmly to
    // NextStep's exit programme, recording the client's consent for NextStep (plan and notes
    // included) with the referral. NextStep accepts it in the browser, below.
    const sam = await h.api.as('sam@boysproject.test');
    const [{ id: serviceId }] = await h.api.dataSource.query(`SELECT id FROM services WHERE name = 'Uitstapprogramma NextStep'`);
    const { createClient } = await sam.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { pseudonym: 'Robin' } });
    clientId = createClient.id;
    const { createReferral } = await sam.ok(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`, {
      input: {
        clientId,
        serviceId,
        urgency: 'SOON',
        reason: 'Wil uitstappen; eerst een slaapplek.',
        clientWishes: 'Rustig aan, met Sam erbij.',
        sharedScopes: ['PROFILE', 'LIFE_DOMAINS', 'NOTES'],
        consent: { method: 'VERBAL', purpose: 'Warme overdracht naar het uitstapprogramma', scopes: ['PROFILE', 'LIFE_DOMAINS', 'NOTES'] },
        send: true,
      },
    });
    expect(createReferral.status).toBe('SENT');
    referralId = createReferral.id;
  });
  afterAll(async () => {
    await h.close();
  });

  it('after accepting a referral from Boysproject, NextStep plans a housing action for Boysproject, whose worker completes it from the home screen, and both see it on the timeline', async () => {
    const lotte = await h.newPage();
    await h.signIn(lotte, 'lotte@nextstep.test');
    // NextStep accepts the referral from Boysproject on its referral page.
    await lotte.goto(`/referrals/${referralId}`);
    await lotte.getByRole('button', { name: 'Aanvaarden' }).click();
    const accept = lotte.getByRole('dialog', { name: 'Aanvaarden' });
    await accept.getByRole('button', { name: 'Aanvaarden' }).click();
    await accept.waitFor({ state: 'hidden' });
    await lotte.getByText('Aanvaard', { exact: true }).first().waitFor();
    await lotte.goto(`/clients/${clientId}/plan`);

    // NextStep writes down a housing goal in the client's words.
    await lotte.getByText('Nog geen doelen.', { exact: false }).waitFor();
    await lotte.getByText('Doel toevoegen').click();
    await lotte.getByLabel('Levensdomein').selectOption('HOUSING');
    await lotte.getByLabel('Het doel, in de woorden van de cliënt').fill(GOAL);
    await lotte.getByRole('button', { name: 'Doel opslaan' }).click();
    const housing = lotte.getByRole('region', { name: 'Wonen' });
    const goal = housing.getByRole('listitem', { name: GOAL });
    await goal.waitFor();
    expect(await goal.getByRole('combobox', { name: `Stand van het doel: ${GOAL}` }).inputValue()).toBe('OPEN');

    // ... and an action under it, owned by Boysproject, due in two days.
    await goal.getByText('Actie toevoegen').click();
    await goal.getByLabel('Wat wordt er gedaan?').fill(ACTION);
    await goal.getByLabel('Tegen wanneer').fill(brusselsDay(2));
    await goal.getByLabel('Wie doet het').selectOption({ label: 'Boysproject' });
    await goal.getByRole('button', { name: 'Actie opslaan' }).click();
    const action = goal.getByRole('listitem').filter({ hasText: ACTION });
    await action.getByText('Wie doet het: Boysproject').waitFor();
    // NextStep may not complete an action Boysproject owns (it is not the lead).
    expect(await action.getByRole('button', { name: /afronden/i }).count()).toBe(0);
    await goal.getByRole('combobox', { name: `Stand van het doel: ${GOAL}` }).selectOption('IN_PROGRESS');
    await lotte.getByRole('link', { name: 'Tijdlijn' }).click();
    await timeline(lotte).getByText('Lotte (demo) wijzigde een doel voor Wonen: Bezig.').waitFor();

    // Boysproject's worker finds it among this week's actions on the home screen and completes it.
    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    await sam.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
    const due = sam.getByRole('list', { name: 'Mijn acties deze week' }).getByRole('listitem').filter({ hasText: ACTION });
    await due.getByRole('link', { name: 'Plan van Robin' }).waitFor();
    await due.getByText(`Wonen: ${GOAL}`).waitFor();
    await due.getByRole('button', { name: `Actie afronden: ${ACTION}` }).click();
    const dialog = sam.getByRole('dialog', { name: 'Actie afronden' });
    await dialog.getByRole('radio', { name: 'Gedaan', exact: true }).check();
    await dialog.getByLabel('Notitie (wat gebeurde er, of waarom niet)').fill('Aanvraag ingediend; intake over twee weken.');
    await dialog.getByRole('button', { name: 'Afronden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await due.waitFor({ state: 'detached' });
    expect(await sam.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // Both see it on the client's timeline, the other organisation's entries named as such.
    await sam.goto(`/clients/${clientId}/timeline`);
    await timeline(sam).getByText('Sam (demo) rondde een actie af: gedaan.').waitFor();
    await timeline(sam).getByText('Notitie: Aanvraag ingediend; intake over twee weken.').waitFor();
    const added = timeline(sam).getByRole('listitem').filter({ hasText: 'Lotte (demo) voegde een actie toe voor Boysproject' });
    await added.getByText('NextStep', { exact: true }).waitFor();
    await added.getByText(ACTION).waitFor();
    const accepted = timeline(sam)
      .getByRole('listitem')
      .filter({ hasText: 'Lotte (demo) aanvaardde de doorverwijzing naar Uitstapprogramma NextStep van NextStep.' });
    await accepted.getByText('Urgentie: binnenkort').waitFor();

    await lotte.reload();
    const completed = timeline(lotte).getByRole('listitem').filter({ hasText: 'Sam (demo) rondde een actie af: gedaan.' });
    await completed.getByText('Boysproject', { exact: true }).waitFor();
    await timeline(lotte).getByText('Sam (demo) registreerde toestemming voor NextStep (profiel, levensdomeinen en plan, notities).').waitFor();
    await timeline(lotte).getByText('Sam (demo) verwees door naar Uitstapprogramma NextStep van NextStep.').waitFor();
    await timeline(lotte).getByText('Lotte (demo) aanvaardde de doorverwijzing naar Uitstapprogramma NextStep van NextStep.').waitFor();

    // Filtering by kind keeps only the plan; by organisation only Boysproject's entries.
    await lotte.getByLabel('Soort').selectOption('consent');
    await timeline(lotte).getByRole('listitem').filter({ hasText: 'registreerde toestemming' }).first().waitFor();
    await timeline(lotte).getByText('rondde een actie af').waitFor({ state: 'detached' });
    await lotte.getByLabel('Soort').selectOption('referrals');
    await timeline(lotte).getByText('aanvaardde de doorverwijzing', { exact: false }).waitFor();
    await timeline(lotte).getByText('registreerde toestemming', { exact: false }).first().waitFor({ state: 'detached' });
    await lotte.getByLabel('Soort').selectOption('');
    await lotte.getByLabel('Organisatie').selectOption({ label: 'Boysproject' });
    await timeline(lotte).getByText('Lotte (demo) voegde een actie toe').waitFor({ state: 'detached' });
    await completed.waitFor();

    // The action shows as done on the plan, with who completed it.
    await lotte.getByRole('link', { name: 'Plan' }).click();
    await lotte.getByText(/^Gedaan op .* door Sam \(demo\) \(Boysproject\)/).waitFor();
    expect(h.cspViolations(lotte)).toEqual([]);
    expect(h.cspViolations(sam)).toEqual([]);
  });

  it('a worker writes a contact note from the timeline and the other organisation reads it there', async () => {
    const lotte = await h.newPage();
    await h.signIn(lotte, 'lotte@nextstep.test');
    await lotte.goto(`/clients/${clientId}/timeline`);
    await lotte.getByRole('button', { name: 'Contactnotitie' }).click();
    const dialog = lotte.getByRole('dialog', { name: 'Contactnotitie schrijven' });
    await dialog.getByLabel('Soort contact').selectOption('PHONE');
    await dialog.getByLabel('Korte notitie').fill('Robin gebeld: intake bij het CAW bevestigd.');
    await dialog.getByRole('button', { name: 'Notitie opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await timeline(lotte).getByText('Lotte (demo) schreef een contactnotitie (Telefoon).').waitFor();
    await lotte
      .locator('section', { has: lotte.getByRole('heading', { name: 'Contactnotities' }) })
      .getByText('Robin gebeld: intake bij het CAW bevestigd.')
      .waitFor();

    // Boysproject sees that Robin has news since its last visit, and reads the note.
    const sam = await h.newPage();
    await h.signIn(sam, 'sam@boysproject.test');
    const news = sam.getByRole('list', { name: 'Nieuws sinds mijn laatste bezoek' }).getByRole('listitem').filter({ hasText: 'Robin' });
    await news.getByText('Notities').waitFor();
    await news.getByRole('link', { name: 'Robin' }).click();
    const entry = timeline(sam).getByRole('listitem').filter({ hasText: 'Lotte (demo) schreef een contactnotitie (Telefoon).' });
    await entry.getByText('NextStep', { exact: true }).waitFor();
    await entry.getByText('Robin gebeld: intake bij het CAW bevestigd.').waitFor();
  });

  it('an organisation without the plan in its consent reads a plain message instead of the plan', async () => {
    const orgs = await organisationIds(h.api);
    const sam = await h.api.as('sam@boysproject.test');
    await recordConsent(sam, { clientId, granteeOrganisationId: orgs.Moviera, scopes: ['PROFILE'] });
    const noor = await h.newPage();
    await h.signIn(noor, 'noor@moviera.test');
    await noor.goto(`/clients/${clientId}/plan`);
    await noor.getByText('De cliënt heeft het plan (levensdomeinen) niet met jouw organisatie gedeeld.', { exact: false }).waitFor();
    await noor.goto(`/clients/${clientId}/timeline`);
    await timeline(noor).getByRole('listitem').first().waitFor();
    expect(await noor.getByRole('button', { name: 'Contactnotitie' }).count()).toBe(0);
    expect(await timeline(noor).getByText(ACTION).count()).toBe(0);
  });

  it('a worker adds an assessment of the life domains on a phone and reads the ratings over time as a chart and a table, the earlier one kept', async () => {
    const sam = await h.api.as('sam@boysproject.test');
    const { createClient } = await sam.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { pseudonym: 'Kai' } });
    await sam.ok(`mutation($input: RecordLifeDomainAssessmentInput!) { recordLifeDomainAssessment(input: $input) { id } }`, {
      input: {
        clientId: createClient.id,
        assessedOn: brusselsDay(-28),
        ratings: [
          { domain: 'HOUSING', rating: 1 },
          { domain: 'HEALTH', rating: 3 },
        ],
      },
    });
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'sam@boysproject.test');
    await page.goto(`/clients/${createClient.id}/plan`);
    const progress = page.locator('section', { has: page.getByRole('heading', { name: 'Voortgang op de levensdomeinen' }) });
    await progress.getByText('Meting toevoegen').click();
    await progress.getByLabel('Score voor Wonen').selectOption('3');
    await progress.getByRole('button', { name: 'Meting opslaan' }).click();
    await progress.getByText('Meting opgeslagen. De vorige metingen blijven bewaard.').waitFor();
    const table = progress.getByRole('table', { name: 'Metingen van Wonen' });
    await table.getByRole('row').filter({ hasText: '3 · beperkt zelfredzaam' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await table.getByRole('row').filter({ hasText: '1 · acuut probleem' }).getByText('Sam (demo), Boysproject').waitFor();
    const chart = progress.getByRole('img', { name: /^Wonen: 1 op .*, 3 op / });
    await chart.waitFor();
    expect(await chart.locator('.recharts-line-dot').count()).toBe(2);
    await progress.getByLabel('Levensdomein').selectOption('HEALTH');
    expect(await progress.getByRole('table', { name: 'Metingen van Gezondheid' }).getByRole('row').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Tijdlijn' }).click();
    await timeline(page).getByText('Sam (demo) voegde een meting van de levensdomeinen toe.').first().waitFor();
    expect(h.cspViolations(page)).toEqual([]);
  });

  it('a worker records a referral to a service outside the network in English on a phone, then its outcome, and the timeline says so', async () => {
    const sam = await h.api.as('sam@boysproject.test');
    const { createClient } = await sam.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { pseudonym: 'Noa' } });
    await sam.ok(`mutation { setLocale(locale: en) { id } }`);
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'sam@boysproject.test');
    await page.locator('html[lang="en"]').waitFor();
    await page.goto(`/clients/${createClient.id}/outside`);
    await page.getByText('No referrals outside the network yet.').waitFor();
    await page.getByRole('button', { name: 'Save the referral' }).click();
    expect(await page.getByText('Please fill this in.').count()).toBe(4);
    await page.getByLabel('Name of the service').fill('Dagcentrum Het Anker');
    await page.getByLabel('Kind of service').selectOption('SOCIAL_SERVICES');
    await page.getByLabel('City').fill('Lier');
    await page.getByLabel('Urgency').selectOption('URGENT');
    await page.getByLabel('Contact at the service').fill('Mieke, 03 000 00 00');
    await page.getByLabel('Why this referral?').fill('Wants a place to go during the day');
    await page.getByRole('button', { name: 'Save the referral' }).click();
    const item = page.getByRole('list', { name: 'Referrals outside the network' }).getByRole('listitem').filter({ hasText: 'Dagcentrum Het Anker' });
    await item.getByText('Contact: Mieke, 03 000 00 00').waitFor();
    await item.getByText(/^Follow up by /).waitFor();
    await item.getByText('Record the outcome').click();
    await item.getByLabel('How did it go?').selectOption('SERVICE_STARTED');
    await item.getByRole('button', { name: 'Save the outcome' }).click();
    await item.getByText('Support started').waitFor();
    expect(await item.getByText('Record the outcome').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Timeline' }).click();
    const entries = page.getByRole('list', { name: 'Timeline' });
    await entries.getByText('Sam (demo) referred outside the network, to Dagcentrum Het Anker (Lier).').waitFor();
    await entries.getByText('Sam (demo) recorded the outcome of the referral to Dagcentrum Het Anker (Lier).').waitFor();
    expect(h.cspViolations(page)).toEqual([]);
    await sam.ok(`mutation { setLocale(locale: nl) { id } }`);
  });

  it('Boysproject hands a case over to Moviera with the client’s agreement; Moviera accepts from its home screen and owns the record', async () => {
    const sam = await h.newPage();
    await h.signIn(sam, 'sam@boysproject.test');
    const api = await h.api.as('sam@boysproject.test');
    const { createClient } = await api.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { pseudonym: 'Jesse' } });
    await sam.goto(`/clients/${createClient.id}`);
    await sam.getByRole('button', { name: 'Dossier overdragen' }).click();
    const dialog = sam.getByRole('dialog', { name: 'Dossier overdragen aan een andere organisatie' });
    await dialog.getByLabel('Aan welke organisatie?').selectOption({ label: 'Moviera (Arnhem)' });
    await dialog.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await dialog.getByText('Zonder akkoord van de cliënt blijft het dossier bij jouw organisatie.').waitFor();
    await dialog.getByLabel('De cliënt gaat akkoord met de overdracht').check();
    await dialog.getByLabel('Hoe gaf de cliënt het akkoord?').selectOption('WRITTEN');
    await dialog.getByLabel('profiel', { exact: false }).first().check();
    await dialog.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await dialog.getByText('Overdracht voorgesteld. Moviera moet ze nog aanvaarden.').waitFor();

    const noor = await h.newPage({ width: 360, height: 740 });
    await h.signIn(noor, 'noor@moviera.test');
    const card = noor.getByRole('list', { name: 'Overdrachten' });
    await card.getByText('Boysproject wil een dossier aan jullie overdragen. Je ziet de cliënt pas na aanvaarding.').waitFor();
    await card.getByRole('button', { name: 'Overdracht aanvaarden van Boysproject' }).click();
    await card.getByText('Aanvaard: het dossier is nu van jullie.').waitFor();
    await card.getByRole('link', { name: 'Open het dossier' }).click();
    await noor.getByRole('heading', { level: 1, name: 'Jesse' }).waitFor();
    await noor.getByRole('link', { name: 'Tijdlijn' }).click();
    await timeline(noor).getByText('Noor (demo) aanvaardde de overdracht: het dossier is nu van Moviera.').waitFor();
    expect(h.cspViolations(sam)).toEqual([]);
    expect(h.cspViolations(noor)).toEqual([]);
  });

  it('the lead organisation plans a case conference with the organisations that follow the client, records it and writes a decision onto the plan', async () => {
    const orgs = await organisationIds(h.api);
    const sam = await h.api.as('sam@boysproject.test');
    const { createClient } = await sam.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input: { pseudonym: 'Alex' } });
    await recordConsent(sam, { clientId: createClient.id, granteeOrganisationId: orgs.NextStep, scopes: ['PROFILE', 'LIFE_DOMAINS'] });
    await sam.ok(`mutation($c: ID!, $o: ID!) { setCarePlanLead(clientId: $c, organisationId: $o) { clientId } }`, { c: createClient.id, o: orgs.NextStep });
    const lotte = await h.newPage({ width: 360, height: 740 });
    await h.signIn(lotte, 'lotte@nextstep.test');
    await lotte.goto(`/clients/${createClient.id}/plan`);
    const panel = lotte.locator('section', { has: lotte.getByRole('heading', { name: 'Casusoverleg' }) });
    await panel.getByText('Casusoverleg plannen').click();
    await panel.getByLabel('Agenda').fill('Woonplek bespreken');
    await panel.getByRole('checkbox', { name: 'Boysproject' }).check();
    expect(await panel.getByRole('checkbox', { name: 'Moviera' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Overleg plannen' }).click();
    const item = panel.getByRole('list', { name: 'Casusoverleg' }).getByRole('listitem').filter({ hasText: 'Agenda: Woonplek bespreken' });
    await item.getByText('Uitgenodigd: Boysproject, NextStep').waitFor();
    await item.getByText('Verslag noteren').click();
    await item.getByRole('checkbox', { name: 'Boysproject' }).check();
    await item.getByRole('button', { name: 'Verslag opslaan' }).click();
    await item.getByText('Aanwezig: Boysproject').waitFor();
    await item.getByText('Besluit toevoegen aan het plan').click();
    await item.getByLabel('Het doel, in de woorden van de cliënt').fill('Een eigen plek');
    await item.getByLabel('Wat wordt er gedaan?').fill('Inschrijven bij de woningdienst');
    await item.getByLabel('Wie doet het').selectOption({ label: 'Boysproject' });
    await item.getByRole('button', { name: 'Besluit opslaan' }).click();
    await item.getByText('Inschrijven bij de woningdienst').waitFor();
    await lotte.getByRole('region', { name: 'Wonen' }).getByText('Een eigen plek').waitFor();
    expect(await lotte.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await lotte.getByRole('link', { name: 'Tijdlijn' }).click();
    await timeline(lotte).getByText('Lotte (demo) plande een casusoverleg.').waitFor();
    expect(h.cspViolations(lotte)).toEqual([]);
  });
});
