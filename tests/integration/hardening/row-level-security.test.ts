import type { DataSource, EntityManager } from 'typeorm';
import { isConsentLive } from '../../../api/src/access/live-consent';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * The database itself refuses another organisation's clients, whatever the API code does:
 * these queries run as `brug_app` (the API's role) with no application check at all.
 */
describe('row-level security in PostgreSQL', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let sharedClient: string;

  /** Runs SQL as the API's role, acting for an organisation (and one of its people) at a moment, like a request does. */
  async function asOrganisation<T>(organisation: string | null, work: (em: EntityManager) => Promise<T>, now = new Date(), user = ''): Promise<T> {
    return api.appDataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('brug.organisation_id', $1, true), set_config('brug.now', $2, true), set_config('brug.user_id', $3, true)`, [
        organisation ?? '',
        now.toISOString(),
        user,
      ]);
      return work(em);
    });
  }

  // Only this file's clients: the demo network has clients and consents of its own.
  const pseudonyms = async (em: EntityManager) =>
    (await em.query(`SELECT pseudonym FROM clients WHERE pseudonym LIKE 'rls-%' ORDER BY pseudonym`)).map((r: { pseudonym: string }) => r.pseudonym);

  beforeAll(async () => {
    api = await startTestApi();
    const owner: DataSource = api.dataSource;
    org = Object.fromEntries((await owner.query(`SELECT name, id FROM organisations`)).map((r: { name: string; id: string }) => [r.name, r.id]));
    await owner.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ('rls-moviera-own', $1)`, [org.Moviera]);
    [{ id: sharedClient }] = await owner.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ('rls-boys-shared', $1) RETURNING id`, [
      org.Boysproject,
    ]);
    await owner.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ('rls-boys-private', $1)`, [org.Boysproject]);
    await owner.query(
      `INSERT INTO client_sections (client_id, owner_organisation_id, scope, data) VALUES ($1, $2, 'PROFILE', '{"ageRange":"25-34"}'), ($1, $2, 'HEALTH', '{"summary":"private"}')`,
      [sharedClient, org.Boysproject],
    );
    await owner.query(
      `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
       VALUES ($1, $2, $3, '{PROFILE}', 'test', 'VERBAL', now() - interval '1 day', now() + interval '30 days', 'test', now())`,
      [sharedClient, org.Boysproject, org.Moviera],
    );
  });
  afterAll(() => api.close());

  it('an organisation sees its own clients and the ones shared with it, never the others', async () => {
    expect(await asOrganisation(org.Moviera, pseudonyms)).toEqual(['rls-boys-shared', 'rls-moviera-own']);
    expect(await asOrganisation(org.Boysproject, pseudonyms)).toEqual(['rls-boys-private', 'rls-boys-shared']);
    expect(await asOrganisation(org.NextStep, pseudonyms)).toEqual([]);
  });

  it('without an acting organisation (a coordinator, or nobody) no client row comes back', async () => {
    expect(await asOrganisation(null, pseudonyms)).toEqual([]);
    expect(await api.appDataSource.query(`SELECT count(*)::int AS n FROM clients`)).toEqual([{ n: 0 }]);
  });

  it('only the sections named in the consent are readable by the grantee', async () => {
    const scopes = await asOrganisation(org.Moviera, (em) => em.query(`SELECT scope FROM client_sections WHERE client_id = $1`, [sharedClient]));
    expect(scopes).toEqual([{ scope: 'PROFILE' }]);
  });

  it('an expired consent grants nothing, judged at the request time', async () => {
    const inTwoMonths = new Date(Date.now() + 60 * 24 * 3600_000);
    expect(await asOrganisation(org.Moviera, pseudonyms, inTwoMonths)).toEqual(['rls-moviera-own']);
  });

  it('a revoked consent grants nothing from the next transaction on', async () => {
    const [{ id: clientId }] = await api.dataSource.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ('rls-revoked', $1) RETURNING id`, [
      org.Boysproject,
    ]);
    const [{ id: consentId }] = await api.dataSource.query(
      `INSERT INTO consents (client_id, owner_organisation_id, grantee_organisation_id, scopes, purpose, method, valid_from, valid_until, recorded_by_name, recorded_at)
       VALUES ($1, $2, $3, '{PROFILE}', 'test', 'VERBAL', now() - interval '1 day', now() + interval '30 days', 'test', now()) RETURNING id`,
      [clientId, org.Boysproject, org.NextStep],
    );
    expect(await asOrganisation(org.NextStep, pseudonyms)).toEqual(['rls-revoked']);
    await asOrganisation(org.Boysproject, (em) => em.query(`UPDATE consents SET revoked_at = now() WHERE id = $1`, [consentId]));
    expect(await asOrganisation(org.NextStep, pseudonyms)).toEqual([]);
  });

  it('an organisation cannot register a client in another organisation’s name', async () => {
    await expect(
      asOrganisation(org.Moviera, (em) => em.query(`INSERT INTO clients (pseudonym, owner_organisation_id) VALUES ('forged', $1)`, [org.Boysproject])),
    ).rejects.toThrow(/row-level security/);
  });

  it('a pooled connection carries nothing over from one request to the next', async () => {
    const single = api.appDataSource;
    await asOrganisation(org.Boysproject, pseudonyms);
    // Whichever pooled connection answers now, the previous transaction's settings are gone.
    for (let i = 0; i < 10; i++) {
      const [{ setting }] = await single.query(`SELECT current_setting('brug.organisation_id', true) AS setting`);
      expect(setting ?? '').toBe('');
      expect(await single.query(`SELECT pseudonym FROM clients`)).toEqual([]);
    }
  });

  it('after real API requests acting for an organisation, the pool the API uses holds no trace of it', async () => {
    const sam = await api.as('sam@boysproject.test');
    // Enough requests at once that several pooled connections serve Boysproject.
    await Promise.all(Array.from({ length: 12 }, () => sam.ok(`{ me { activeOrganisation { name } } }`)));
    const probes = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.appDataSource.query(
          `SELECT current_user AS role, coalesce(current_setting('brug.organisation_id', true), '') AS org, coalesce(current_setting('brug.user_id', true), '') AS usr, (SELECT count(*)::int FROM clients) AS clients`,
        ),
      ),
    );
    for (const [probe] of probes) expect(probe).toEqual({ role: 'brug_app', org: '', usr: '', clients: 0 });
  });

  it('the API role owns no relation or function and holds no role that could bypass row-level security', async () => {
    const owned = await api.dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'brug_app'
       UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname = 'brug_app'`,
    );
    expect(owned).toEqual([]);
    const inherited = await api.dataSource.query(
      `WITH RECURSIVE held(oid) AS (SELECT oid FROM pg_roles WHERE rolname = 'brug_app'
         UNION SELECT m.roleid FROM pg_auth_members m JOIN held h ON m.member = h.oid)
       SELECT r.rolname FROM held h JOIN pg_roles r ON r.oid = h.oid WHERE r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb`,
    );
    expect(inherited).toEqual([]);
  });

  it('the API role owns no table, is no superuser and cannot bypass row-level security or edit the audit trail', async () => {
    const [role] = await api.dataSource.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'brug_app'`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    expect(await api.dataSource.query(`SELECT tablename FROM pg_tables WHERE tableowner = 'brug_app'`)).toEqual([]);
    const forced = await api.dataSource.query(
      `SELECT relname FROM pg_class WHERE relname = ANY($1) AND relrowsecurity AND relforcerowsecurity ORDER BY relname`,
      [['clients', 'client_sections', 'consents', 'client_events', 'audit_entries']],
    );
    expect(forced.map((r: { relname: string }) => r.relname)).toEqual(['audit_entries', 'client_events', 'client_sections', 'clients', 'consents']);
    await expect(asOrganisation(org.Boysproject, (em) => em.query(`UPDATE audit_entries SET action = 'x'`))).rejects.toThrow(/permission denied/);
    await expect(asOrganisation(org.Boysproject, (em) => em.query(`DELETE FROM audit_entries`))).rejects.toThrow(/permission denied/);
  });

  describe('every table with a client_id column, as the catalogue lists them', () => {
    interface ClientTable {
      name: string;
      enabled: boolean;
      forced: boolean;
      /** Its columns that name an organisation (`*organisation_id`): a row there may be that organisation's own record. */
      organisationColumns: string[];
    }
    let tables: ClientTable[];

    beforeAll(async () => {
      // Rows in the tables the demo leaves empty, made as a worker makes them: a read (audit trail), a visit.
      const sam = await api.as('sam@boysproject.test');
      const [{ id: milan }] = await api.dataSource.query(`SELECT id FROM clients WHERE pseudonym = 'Milan'`);
      await sam.ok(`query($id: ID!) { client(id: $id) { pseudonym } }`, { id: milan });
      await sam.ok(`mutation($id: ID!) { markClientVisited(clientId: $id) }`, { id: milan });
      // A document (a letter in the profile section), uploaded as the worker uploads it.
      const uploaded = await fetch(
        `${sam.baseUrl}/api/clients/${milan}/documents?${new URLSearchParams({ scope: 'PROFILE', kind: 'LETTER', title: 'Brief' })}`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${sam.token}`, 'content-type': 'application/octet-stream' },
          body: new Uint8Array(Buffer.from('%PDF-1.4\n(brief)\n%%EOF\n', 'latin1')),
        },
      );
      expect(uploaded.status).toBe(200);
      // A code for the client's own view, and a case conference led by the client's own organisation.
      await sam.ok(`mutation($id: ID!) { createClientViewCode(clientId: $id, phoneWarningSeen: true) { code } }`, { id: milan });
      const [{ id: boysproject }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
      const [{ id: unled }] = await api.dataSource.query(
        `SELECT c.id FROM clients c LEFT JOIN care_plans p ON p.client_id = c.id
          WHERE c.owner_organisation_id = $1 AND c.erased_at IS NULL AND p.lead_organisation_id IS NULL ORDER BY c.pseudonym LIMIT 1`,
        [boysproject],
      );
      await sam.ok(`mutation($id: ID!, $org: ID!) { setCarePlanLead(clientId: $id, organisationId: $org) { leadOrganisation { name } } }`, {
        id: unled,
        org: boysproject,
      });
      await sam.ok(`mutation($input: PlanCaseConferenceInput!) { planCaseConference(input: $input) { id } }`, {
        input: {
          clientId: unled,
          plannedAt: new Date(Date.now() + 86_400_000).toISOString(),
          place: 'Kantoor',
          agenda: 'Woonplek',
          invitedOrganisationIds: [boysproject],
        },
      });
      // An assessment of the life domains.
      await sam.ok(`mutation($input: RecordLifeDomainAssessmentInput!) { recordLifeDomainAssessment(input: $input) { id } }`, {
        input: { clientId: milan, assessedOn: new Date().toISOString().slice(0, 10), ratings: [{ domain: 'HOUSING', rating: 3 }] },
      });
      // A referral to a service outside the network.
      await sam.ok(`mutation($input: CreateExternalReferralInput!) { createExternalReferral(input: $input) { id } }`, {
        input: {
          clientId: milan,
          serviceName: 'Buurthuis',
          category: 'SOCIAL_SERVICES',
          city: 'Mechelen',
          contact: 'Ria',
          urgency: 'SOON',
          reason: 'Dagbesteding',
          clientWishes: '',
        },
      });
      // A proposed hand-over of a case to another organisation (still open).
      const [{ id: nextStep }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'NextStep'`);
      await sam.ok(`mutation($input: ProposeTransferInput!) { proposeTransfer(input: $input) { id } }`, {
        input: { clientId: unled, toOrganisationId: nextStep, agreement: { agreed: true, method: 'WRITTEN' }, note: 'Verhuist' },
      });
      tables = await api.dataSource.query(
        `SELECT cl.relname AS name, cl.relrowsecurity AS enabled, cl.relforcerowsecurity AS forced,
                coalesce((SELECT array_agg(o.column_name::text ORDER BY o.column_name) FROM information_schema.columns o
                   WHERE o.table_schema = c.table_schema AND o.table_name = c.table_name AND o.column_name LIKE '%organisation_id'), '{}') AS "organisationColumns"
           FROM information_schema.columns c
           JOIN pg_namespace n ON n.nspname = c.table_schema
           JOIN pg_class cl ON cl.relnamespace = n.oid AND cl.relname = c.table_name AND cl.relkind IN ('r', 'p')
          WHERE c.column_name = 'client_id' AND c.table_schema = current_schema() AND NOT cl.relispartition
          ORDER BY cl.relname`,
      );
    });

    it("keep their partitions (the audit trail's months) out of the API role's reach: it reads them only through the parent, under its policies", async () => {
      const partitions: { name: string; readable: boolean }[] = await api.dataSource.query(
        `SELECT cl.relname AS name, has_table_privilege('brug_app', cl.oid, 'SELECT') AS readable
           FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
          WHERE cl.relispartition AND n.nspname = current_schema()`,
      );
      expect(partitions.length).toBeGreaterThan(0);
      expect(partitions.filter((p) => p.readable)).toEqual([]);
    });

    it('are all under row-level security, enabled and forced (so not even their owner reads past it)', () => {
      // The catalogue finds the ones a hand-kept list would; a new table joins this check by itself.
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['audit_entries', 'client_events', 'client_sections', 'consents', 'referrals']));
      expect(tables.filter((t) => !t.enabled || !t.forced).map((t) => t.name)).toEqual([]);
    });

    it('show an organisation with no tie to a client not one row of it, in any of them', async () => {
      // An organisation that owns no client, holds no consent and is party to no referral.
      const [stranger] = await api.dataSource.query(
        `SELECT o.id, (SELECT m.user_id FROM memberships m WHERE m.organisation_id = o.id LIMIT 1) AS "userId" FROM organisations o
          WHERE NOT EXISTS (SELECT 1 FROM clients c WHERE c.owner_organisation_id = o.id)
            AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.grantee_organisation_id = o.id)
            AND NOT EXISTS (SELECT 1 FROM referrals r WHERE o.id IN (r.sender_organisation_id, r.receiving_organisation_id))
          ORDER BY (SELECT count(*) FROM memberships m WHERE m.organisation_id = o.id) DESC, o.name LIMIT 1`,
      );
      expect(stranger).toBeDefined();
      for (const table of tables) {
        const [{ n: stored }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table.name}`);
        // Something to hide, or the check below could not fail: give the demo (or this file) a row of a new table.
        expect({ table: table.name, hasRows: stored > 0 }).toEqual({ table: table.name, hasRows: true });
        const [{ n: seen }] = await asOrganisation(
          stranger.id,
          (em) => em.query(`SELECT count(*)::int AS n FROM ${table.name}`),
          new Date(),
          stranger.userId ?? '',
        );
        expect({ table: table.name, seen }).toEqual({ table: table.name, seen: 0 });
      }
    });

    it('show every organisation only rows of clients it may see now, or rows that are its own record (one it wrote, sent or received)', async () => {
      const clients: { id: string; owner: string }[] = await api.dataSource.query(`SELECT id, owner_organisation_id AS owner FROM clients`);
      const consents: { clientId: string; grantee: string; revokedAt: Date | null; validFrom: Date; validUntil: Date }[] = await api.dataSource.query(
        `SELECT client_id AS "clientId", grantee_organisation_id AS grantee, revoked_at AS "revokedAt", valid_from AS "validFrom", valid_until AS "validUntil" FROM consents`,
      );
      const now = new Date();
      // The access rule in TypeScript (owner, or a live consent), not the SQL under test.
      const mayPass = (organisation: string, clientId: string) =>
        clients.some((c) => c.id === clientId && c.owner === organisation) ||
        consents.some((k) => k.clientId === clientId && k.grantee === organisation && isConsentLive(k, now));
      const organisations: { id: string; name: string; userIds: string[] }[] = await api.dataSource.query(
        `SELECT o.id, o.name, coalesce(array_agg(m.user_id::text) FILTER (WHERE m.user_id IS NOT NULL), '{}') AS "userIds"
           FROM organisations o LEFT JOIN memberships m ON m.organisation_id = o.id GROUP BY o.id, o.name`,
      );
      let hiddenRows = 0;
      const leaks: string[] = [];
      for (const organisation of organisations) {
        for (const table of tables) {
          const own = table.organisationColumns.length ? table.organisationColumns.map((column) => `${column} = $1::uuid`).join(' OR ') : '$1::uuid IS NULL';
          // Every one of its people in turn: some tables are per person too.
          for (const user of organisation.userIds.length ? organisation.userIds : ['']) {
            const rows: { clientId: string; own: boolean }[] = await asOrganisation(
              organisation.id,
              (em) => em.query(`SELECT client_id AS "clientId", coalesce(${own}, false) AS own FROM ${table.name}`, [organisation.id]),
              now,
              user,
            );
            for (const row of rows)
              if (!row.own && !mayPass(organisation.id, row.clientId)) leaks.push(`${organisation.name} sees a row of ${table.name} of client ${row.clientId}`);
          }
          const [{ n }]: { n: number }[] = await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table.name} WHERE client_id <> ALL($1::uuid[])`, [
            clients.filter((c) => mayPass(organisation.id, c.id)).map((c) => c.id),
          ]);
          hiddenRows += n;
        }
      }
      expect(hiddenRows).toBeGreaterThan(0);
      expect(leaks).toEqual([]);
    });
  });
});
