import { Client } from 'pg';
import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

describe('graceful shutdown', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });

  it('stopping the API lets a request in flight finish and commit, then takes no more', async () => {
    const sam = await api.as('sam@boysproject.test', DEMO_PASSWORD);
    // Hold Sam's row, so Sam's request is certainly in flight when the stop begins.
    const blocker = new Client({ connectionString: api.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT id FROM users WHERE email = 'sam@boysproject.test' FOR UPDATE`);
    const inFlight = sam.request(`mutation { setLocale(locale: fr) { locale } }`);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const stopped = api.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await blocker.query('COMMIT');
    await blocker.end();

    const result = await inFlight;
    expect(result.errors).toBeUndefined();
    expect(result.data.setLocale.locale).toBe('fr');
    await stopped;
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();

    const check = new Client({ connectionString: api.databaseUrl });
    await check.connect();
    expect((await check.query(`SELECT locale FROM users WHERE email = 'sam@boysproject.test'`)).rows[0].locale).toBe('fr');
    await check.end();
  });
});
