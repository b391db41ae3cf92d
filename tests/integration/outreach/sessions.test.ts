import { startTestApi, type TestApi } from '../../support/test-api';
import type { GraphQLClient } from '../../support/graphql-client';
import { LOG, newId, SESSION_FIELDS, sessionInput, UPDATE } from './fixtures';

/** Boysproject logs its outreach; only its own members see or change it, and every change is in the audit trail. */
describe('outreach sessions', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let admin: GraphQLClient;
  let jules: GraphQLClient;
  let coordinator: GraphQLClient;

  beforeAll(async () => {
    api = await startTestApi();
    [sam, admin, jules, coordinator] = await Promise.all(
      ['sam@boysproject.test', 'admin@boysproject.test', 'jules@alias.test', 'coordinator@brug.test'].map((e) => api.as(e)),
    );
  });
  afterAll(() => api.close());

  it('a worker logs a session with its counts, and finds it in the list with who went and what was handed out', async () => {
    const id = newId();
    const input = await sessionInput(sam);
    const { logOutreachSession: logged } = await sam.ok(LOG, { id, input });
    expect(logged).toMatchObject({
      id,
      version: 1,
      contactsTotal: 12,
      contactsNew: 3,
      languages: ['nl', 'ro'],
      topics: ['SAFER_SEX', 'HOUSING'],
      signals: 'A new meeting place behind the station.',
      colleagues: [{ displayName: 'Sam (demo)' }],
      materials: [{ count: 80 }],
      referrals: [{ category: 'STI_HIV_TESTING', count: 2 }],
      createdBy: { displayName: 'Sam (demo)' },
      canEdit: true,
    });
    const { outreachSessions } = await admin.ok(`{ outreachSessions { id contactsTotal } }`);
    expect(outreachSessions.map((s: { id: string }) => s.id)).toContain(id);
  });

  it('sending the same entry again answers the same session and stores it once', async () => {
    const id = newId();
    const input = await sessionInput(sam);
    const first = await sam.ok(LOG, { id, input });
    const again = await sam.ok(LOG, { id, input: { ...input, contactsTotal: 99 } });
    expect(again.logOutreachSession).toEqual(first.logOutreachSession);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM outreach_sessions WHERE id = $1`, [id]);
    expect(count).toBe(1);
    const [{ materials }] = await api.dataSource.query(`SELECT count(*)::int AS materials FROM outreach_session_materials WHERE session_id = $1`, [id]);
    expect(materials).toBe(1);
  });

  it('six sends of one entry that meet at the same moment store one session, and every send gets it back', async () => {
    const id = newId();
    const input = await sessionInput(sam);
    // Hold back every insert into the table until the sends have looked for the id and found nothing,
    // so they truly meet at the key (reads go on; writes wait for the lock).
    const gate = api.dataSource.createQueryRunner();
    await gate.connect();
    await gate.startTransaction();
    await gate.query(`LOCK TABLE outreach_sessions IN SHARE ROW EXCLUSIVE MODE`);
    // Six phones or tabs of Sam's (one sign-in each: a sign-in's requests take their turn on its
    // session row); fewer than the API's connections, so none waits for a connection instead.
    const phones = await Promise.all(Array.from({ length: 6 }, () => api.as('sam@boysproject.test')));
    const pending = Promise.all(phones.map((phone) => phone.request(LOG, { id, input })));
    let met = 0;
    for (let waited = 0; waited < 60; waited++) {
      const [{ waiting }] = await api.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_locks WHERE relation = 'outreach_sessions'::regclass AND NOT granted`,
      );
      met = waiting;
      if (waiting >= 4) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await gate.commitTransaction();
    await gate.release();
    const answers = await pending;
    expect(met).toBeGreaterThanOrEqual(4);
    expect(answers.map((a) => a.errors ?? null)).toEqual(Array(6).fill(null));
    expect(new Set(answers.map((a) => a.data.logOutreachSession.id))).toEqual(new Set([id]));
    const [{ sessions, referrals }] = await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM outreach_sessions WHERE id = $1) AS sessions,
              (SELECT count(*)::int FROM outreach_session_referrals WHERE session_id = $1) AS referrals`,
      [id],
    );
    expect({ sessions, referrals }).toEqual({ sessions: 1, referrals: 1 });
  });

  it('another organisation and the coordinator see none of its sessions, by list or by id, and cannot change them', async () => {
    const id = newId();
    const { logOutreachSession: logged } = await sam.ok(LOG, { id, input: await sessionInput(sam) });
    for (const outsider of [jules, coordinator]) {
      const { outreachSessions, outreachSession } = await outsider.ok(
        `query($id: ID!) { outreachSessions(first: 500) { id } outreachSession(id: $id) { id } }`,
        { id },
      );
      expect(outreachSessions.map((s: { id: string }) => s.id)).not.toContain(id);
      expect(outreachSession).toBeNull();
      const refused = await outsider.fails(UPDATE, { id, version: logged.version, input: await sessionInput(sam) });
      expect(refused.code).toBe('NOT_FOUND');
    }
    const { outreachSessions } = await coordinator.ok(`{ outreachSessions { id } outreachPlaces { id } }`);
    expect(outreachSessions).toEqual([]);
  });

  it("Alias's places, material kinds and workers cannot be named by Boysproject, and nothing is stored", async () => {
    const { outreachPlaces, outreachMaterialKinds, me } = await jules.ok(`{ outreachPlaces { id } outreachMaterialKinds { id } me { id } }`);
    const attempts: [Record<string, unknown>, string][] = [
      [{ placeId: outreachPlaces[0].id }, 'placeId'],
      [{ materials: [{ materialKindId: outreachMaterialKinds[0].id, count: 5 }] }, 'materials'],
      [{ colleagueIds: [me.id] }, 'colleagueIds'],
    ];
    for (const [override, field] of attempts) {
      const id = newId();
      const refused = await sam.fails(LOG, { id, input: await sessionInput(sam, override) });
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field } });
      const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM outreach_sessions WHERE id = $1`, [id]);
      expect(count).toBe(0);
    }
  });

  it('refuses impossible numbers and times with the field that is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ contactsNew: 13 }, 'contactsNew'],
      [{ endsAt: new Date(Date.now() - 5 * 3_600_000).toISOString() }, 'endsAt'],
      [{ contactsTotal: -1 }, 'contactsTotal'],
      [{ languages: ['xx'] }, 'languages'],
    ];
    for (const [override, field] of cases) {
      const refused = await sam.fails(LOG, { id: newId(), input: await sessionInput(sam, override) });
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.message).toContain(field);
    }
  });

  it('an edit changes the session, raises its version and refuses a stale edit with CONFLICT', async () => {
    const id = newId();
    const input = await sessionInput(sam);
    const { logOutreachSession: logged } = await sam.ok(LOG, { id, input });
    const { updateOutreachSession: edited } = await admin.ok(UPDATE, { id, version: logged.version, input: { ...input, contactsTotal: 15, materials: [] } });
    expect(edited).toMatchObject({ version: 2, contactsTotal: 15, materials: [], updatedBy: { displayName: 'Robin Admin (demo)' } });
    const stale = await sam.fails(UPDATE, { id, version: logged.version, input: { ...input, contactsTotal: 1, contactsNew: 0 } });
    expect(stale.code).toBe('CONFLICT');
    const { outreachSession } = await sam.ok(`query($id: ID!) { outreachSession(id: $id) { contactsTotal version } }`, { id });
    expect(outreachSession).toEqual({ contactsTotal: 15, version: 2 });
  });

  it('creates and edits are audited through the one entry point, without a client', async () => {
    const id = newId();
    const input = await sessionInput(sam);
    const { logOutreachSession: logged } = await sam.ok(LOG, { id, input });
    await sam.ok(LOG, { id, input }); // a repeat is not a second change
    await sam.ok(UPDATE, { id, version: logged.version, input: { ...input, contactsTotal: 20 } });
    const entries = await api.dataSource.query(
      `SELECT operation, action, client_id, consent_id, actor_name, actor_organisation_name FROM audit_entries
        WHERE action IN ('logOutreachSession', 'updateOutreachSession') AND at >= now() - interval '1 hour' AND actor_name = 'Sam (demo)' ORDER BY id DESC LIMIT 2`,
    );
    expect(entries).toEqual([
      {
        operation: 'UPDATE',
        action: 'updateOutreachSession',
        client_id: null,
        consent_id: null,
        actor_name: 'Sam (demo)',
        actor_organisation_name: 'Boysproject',
      },
      {
        operation: 'CREATE',
        action: 'logOutreachSession',
        client_id: null,
        consent_id: null,
        actor_name: 'Sam (demo)',
        actor_organisation_name: 'Boysproject',
      },
    ]);
  });

  it('the month view asks a period: only the sessions that started in it', async () => {
    const input = await sessionInput(sam, { startsAt: '2026-03-10T19:00:00.000Z', endsAt: '2026-03-10T22:00:00.000Z' });
    const id = newId();
    await sam.ok(LOG, { id, input });
    const march = await sam.ok(`{ outreachSessions(from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z") { id } }`);
    expect(march.outreachSessions.map((s: { id: string }) => s.id)).toEqual([id]);
    const april = await sam.ok(`{ outreachSessions(from: "2026-04-01T00:00:00Z", to: "2026-05-01T00:00:00Z") { id } }`);
    expect(april.outreachSessions).toEqual([]);
  });

  it('a list of 1 or 8 sessions costs the same number of SQL statements', async () => {
    for (let i = 0; i < 8; i++) await sam.ok(LOG, { id: newId(), input: await sessionInput(sam) });
    const query = `query($first: Int) { outreachSessions(first: $first) { ${SESSION_FIELDS} } }`;
    const one = await admin.request(query, { first: 1 });
    const eight = await admin.request(query, { first: 8 });
    expect(eight.data.outreachSessions).toHaveLength(8);
    expect(eight.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });

  it("the demo network holds Alias's and Boysproject's outreach", async () => {
    const { outreachSessions, outreachPlaces } = await jules.ok(
      `{ outreachSessions { contactsTotal place { name } } outreachPlaces(includeArchived: true) { name archived } }`,
    );
    expect(outreachSessions.length).toBeGreaterThanOrEqual(4);
    expect(outreachPlaces.filter((p: { archived: boolean }) => p.archived)).toHaveLength(1);
  });
});
