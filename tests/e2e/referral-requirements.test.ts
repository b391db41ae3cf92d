import { startBrowser, type BrowserHarness } from './support/browser';

const SERVICE = 'Uitstapprogramma NextStep';
const QUESTION = 'Is the person 18 or older?';
const DOCUMENT = 'Proof of residence';
const WHY = 'Wordt over drie weken 18; NextStep wil hem graag al leren kennen.';

describe('referral requirements in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowser();
  });
  afterAll(async () => {
    await h.close();
  });

  it('a coordinator adds a question to a service, a worker answers it in the wizard, and the receiver reads the answer', async () => {
    const [{ id: serviceId }] = await h.api.dataSource.query(`SELECT id FROM services WHERE name = $1`, [SERVICE]);
    // A client of Boysproject that NextStep already holds a consent for.
    const [{ id: clientId }] = await h.api.dataSource.query(
      `INSERT INTO clients (pseudonym, owner_organisation_id) SELECT 'Vince', id FROM organisations WHERE name = 'Boysproject' RETURNING id`,
    );
    await h.api.dataSource.query(
      `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
       SELECT $1, c.owner_organisation_id, o.id, '{PROFILE}', 'Doorverwijzing', 'VERBAL', now() - interval '1 day', now() + interval '300 days', 'Sam (demo)', now()
         FROM clients c, organisations o WHERE c.id = $1 AND o.name = 'NextStep'`,
      [clientId],
    );

    // The coordinator keeps the map: NextStep's exit programme asks two things of every referral.
    const coordinator = await h.newPage({ locale: 'en-GB' });
    await h.signIn(coordinator, 'coordinator@brug.test');
    await coordinator.goto(`/services/${serviceId}/edit`);
    await coordinator.getByRole('button', { name: 'Add a yes/no question' }).click();
    await coordinator.getByLabel('Question 1 (yes/no)').fill(QUESTION);
    await coordinator.getByRole('checkbox', { name: '‘No’ means: not eligible' }).check();
    await coordinator.getByRole('button', { name: 'Add a document' }).click();
    await coordinator.getByLabel('Document or information 2').fill(DOCUMENT);
    await coordinator.getByRole('button', { name: 'Save service' }).click();
    const panel = coordinator.locator('section, .panel').filter({ has: coordinator.getByRole('heading', { name: 'What a referral must contain' }) });
    await panel.getByText(QUESTION).waitFor();
    await panel.getByText(DOCUMENT).waitFor();

    // Sam refers the client from his phone; the wizard asks the service's requirements in their own step.
    const sam = await h.newPage({ width: 360, height: 740 });
    await h.signIn(sam, 'sam@boysproject.test');
    await sam.goto(`/referrals/new?client=${clientId}&service=${serviceId}`);
    await sam.getByRole('heading', { level: 1, name: 'Vince verwijzen' }).waitFor();
    await sam.getByLabel('Waarom verwijs je?').fill('Wil uitstappen en zoekt werk.');
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByRole('heading', { level: 2, name: /Voorwaarden/ }).waitFor();
    // Nothing answered yet: the step says what is missing and does not move on.
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByText('Kies ja of nee.').waitFor();
    const question = sam.getByRole('group', { name: QUESTION });
    await question.getByRole('radio', { name: 'Nee' }).check();
    await question.getByText(/komt de persoon volgens de dienst niet in aanmerking/).waitFor();
    await sam.getByRole('group', { name: DOCUMENT }).getByRole('checkbox', { name: 'Wordt bezorgd of is bijgevoegd' }).check();
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByText('Zeg waarom je toch verwijst.').waitFor();
    await question.getByLabel('Waarom verwijs je toch?').fill(WHY);
    await sam.getByRole('button', { name: 'Volgende' }).click();

    await sam.getByRole('radio', { name: 'De cliënt neemt zelf contact op' }).check();
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByRole('button', { name: 'Volgende' }).click();
    await sam.getByRole('heading', { level: 3, name: 'Voorwaarden van de dienst' }).waitFor();
    await sam.getByText(WHY, { exact: false }).waitFor();
    await sam.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await sam.getByRole('heading', { level: 1, name: `Verwijzing naar ${SERVICE}` }).waitFor();
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const referralPath = new URL(sam.url()).pathname;

    // Lotte (NextStep) reads the answers on the referral, with the question as it was asked.
    const lotte = await h.newPage();
    await h.signIn(lotte, 'lotte@nextstep.test');
    await lotte.goto(referralPath);
    const answers = lotte.locator('section, .panel').filter({ has: lotte.getByRole('heading', { name: 'Wat de dienst vroeg' }) });
    await answers.getByText(QUESTION).waitFor();
    await answers.getByText('Nee', { exact: true }).waitFor();
    await answers.getByText('Komt volgens de voorwaarden niet in aanmerking').waitFor();
    await answers.getByText(WHY, { exact: false }).waitFor();
    await answers.getByText('Wordt bezorgd', { exact: true }).waitFor();
    expect(h.cspViolations(coordinator)).toEqual([]);
    expect(h.cspViolations(sam)).toEqual([]);
    expect(h.cspViolations(lotte)).toEqual([]);
  });
});
