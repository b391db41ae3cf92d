import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createMailer, drainEmailNotices } from '../../../api/src/modules/notifications/email/email-outbox';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';
import { CREATE, network, Network } from '../referrals/fixtures';

const SET = `mutation($input: EmailNoticeSettingsInput!) { setEmailNoticeSettings(input: $input) { enabled quietHoursStart quietHoursEnd timeZone available } }`;
const GET = `{ emailNoticeSettings { enabled quietHoursStart quietHoursEnd timeZone available } }`;

interface Caught {
  to: string[];
  raw: string;
}

/**
 * E-mail notices of new referrals, through a real SMTP conversation with a local catcher: one
 * mail per opted-in worker of the receiving organisation, sent only by the outbox drain (after
 * the referral's transaction committed), saying only that there is a new referral and where.
 */
describe('e-mail notices of new referrals', () => {
  let api: TestApi;
  let net: Network;
  let smtp: SMTPServer;
  let mails: Caught[];
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  const brussels = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  const drain = (now: Date) => drainEmailNotices(api.appDataSource, createMailer(api.config)!, api.config, now);

  beforeAll(async () => {
    mails = [];
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const port = (smtp.server.address() as AddressInfo).port;
    api = await startTestApi({ config: { smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://brug.example' } });
    net = await network(api);
    // A second NextStep worker who never opts in.
    await api.dataSource.query(
      `WITH u AS (INSERT INTO users (email, display_name, password_hash, locale) SELECT 'bo@nextstep.test', 'Bo (test)', password_hash, 'en' FROM users WHERE email = 'lotte@nextstep.test' RETURNING id)
       INSERT INTO memberships (user_id, organisation_id, role) SELECT u.id, m.organisation_id, m.role FROM u, memberships m JOIN users l ON l.id = m.user_id AND l.email = 'lotte@nextstep.test'`,
    );
    sam = await api.as('sam@boysproject.test');
    lotte = await api.as('lotte@nextstep.test');
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  /** Sent now (the request's own clock); returns the time after it committed. */
  async function send(urgency: string): Promise<Date> {
    const clientId = await net.newClient('Boysproject', `Zeldzame Pseudoniem ${urgency}`);
    await net.grant(clientId, 'NextStep');
    await sam.ok(CREATE, {
      input: {
        clientId,
        serviceId: net.service('Uitstapprogramma NextStep'),
        reason: 'Geheime reden uitstap',
        clientWishes: 'Geheime wens',
        urgency,
        send: true,
      },
    });
    return new Date();
  }

  it('is off until the user turns it on, and checks the quiet hours', async () => {
    expect((await lotte.ok(GET)).emailNoticeSettings).toEqual({
      enabled: false,
      quietHoursStart: null,
      quietHoursEnd: null,
      timeZone: 'Europe/Brussels',
      available: true,
    });
    const half = await lotte.request(SET, { input: { enabled: true, quietHoursStart: 22 } });
    expect(half.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const late = await lotte.request(SET, { input: { enabled: true, quietHoursStart: 24, quietHoursEnd: 7 } });
    expect(late.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await lotte.ok(SET, { input: { enabled: true } })).setEmailNoticeSettings.enabled).toBe(true);
    // The sender opts in too: a new referral is not news to whoever sent it.
    await sam.ok(SET, { input: { enabled: true } });
  });

  it('mails each opted-in receiving worker once, after the referral committed, with no client data', async () => {
    await send('URGENT');
    const noon = await send('ROUTINE');
    expect(mails).toHaveLength(0); // nothing leaves in the request itself
    expect(await drain(noon)).toBe(2);
    expect(await drain(noon)).toBe(0); // each notice once
    expect(mails.map((m) => m.to)).toEqual([['lotte@nextstep.test'], ['lotte@nextstep.test']]);
    for (const mail of mails) {
      expect(mail.raw).toContain('Je hebt een nieuwe doorverwijzing in Brug.');
      expect(mail.raw).toContain('https://brug.example/referrals/inbox');
      expect(mail.raw).not.toMatch(/Pseudoniem|Geheime|Uitstapprogramma|Boysproject/);
    }
  });

  it("waits for the end of the quiet hours, in the user's time zone", async () => {
    mails.length = 0;
    // Quiet from this hour (in Brussels) for two hours.
    const hour = Number(brussels(new Date()).slice(0, 2));
    const end = (hour + 2) % 24;
    await lotte.ok(SET, { input: { enabled: true, quietHoursStart: hour, quietHoursEnd: end } });
    const night = await send('URGENT');
    expect(await drain(night)).toBe(0);
    const [row] = await api.dataSource.query(`SELECT next_attempt_at FROM email_notices WHERE sent_at IS NULL`);
    expect(brussels(row.next_attempt_at)).toBe(`${String(end).padStart(2, '0')}:00`);
    expect(row.next_attempt_at.getTime() - night.getTime()).toBeGreaterThan(3_600_000);
    expect(await drain(new Date(row.next_attempt_at.getTime() - 60_000))).toBe(0);
    expect(mails).toHaveLength(0);
    expect(await drain(row.next_attempt_at)).toBe(1);
    expect(mails.map((m) => m.to)).toEqual([['lotte@nextstep.test']]);
  });

  it('retries a failed notice later and sends nothing for a worker who turned notices off', async () => {
    mails.length = 0;
    await lotte.ok(SET, { input: { enabled: true } });
    const noon = await send('SOON');
    const failing = { sendMail: async () => Promise.reject(Object.assign(new Error('421 try later'), { code: 'EENVELOPE' })) };
    expect(await drainEmailNotices(api.appDataSource, failing, api.config, noon)).toBe(0);
    const [row] = await api.dataSource.query(`SELECT attempts, next_attempt_at FROM email_notices WHERE sent_at IS NULL AND gave_up_at IS NULL`);
    expect(row.attempts).toBe(1);
    expect(row.next_attempt_at.getTime()).toBeGreaterThan(noon.getTime());
    expect(await drain(noon)).toBe(0); // not due yet
    expect(await drain(row.next_attempt_at)).toBe(1);
    expect(mails).toHaveLength(1);

    await lotte.ok(SET, { input: { enabled: false } });
    const later = await send('URGENT');
    expect(await drain(later)).toBe(0);
    expect(mails).toHaveLength(1);
  });
});
