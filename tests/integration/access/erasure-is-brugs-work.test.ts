import type { EntityManager } from 'typeorm';
import { asSystem } from '../../../api/src/context/system';
import { loadConfig } from '../../../api/src/config';
import { openRequestTransaction, RequestContext } from '../../../api/src/context/request-context';
import { ErasureAsTheSystem1796655509167 } from '../../../migrations/1796655509167-ErasureAsTheSystem';
import { organisationIds } from '../../support/clients';
import { startTestApi, TestApi } from '../../support/test-api';
import { richClient, RichClient } from '../privacy/fixtures';

/**
 * Erasure removes what other organisations wrote about a client, and only Brug itself may do
 * that (api/src/context/system.ts `asSystem`, `brug.system` on for the step): as `brug_app`
 * without it, not even the owner of an erased client deletes another organisation's notes,
 * plan, sections or thread, and no request deletes a client row.
 */
describe('row-level security: deleting client data is the system’s work only', () => {
  let api: TestApi;
  let org: Record<string, string>;
  let rich: RichClient;
  let users: Record<string, string>;

  /** Every statement runs as the API's role for `organisation` (and one of its people), optionally as the system; always rolled back. */
  async function tryAs(organisation: string, user: string, system: boolean, work: (em: EntityManager) => Promise<number[]>): Promise<number[]> {
    const runner = api.appDataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT set_config('brug.organisation_id', $1, true), set_config('brug.user_id', $2, true), set_config('brug.system', $3, true)`, [
        organisation,
        user,
        system ? 'on' : '',
      ]);
      return await work(runner.manager);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** What erasure deletes or scrubs, each statement's count of rows it reached. */
  const ERASURE_STATEMENTS = [
    `DELETE FROM contact_notes WHERE client_id = $1`,
    `DELETE FROM care_plan_actions WHERE client_id = $1`,
    `DELETE FROM care_goals WHERE client_id = $1`,
    `DELETE FROM care_plans WHERE client_id = $1`,
    `DELETE FROM client_sections WHERE client_id = $1`,
    // A person's own visits are theirs (client_visits_own); the others' are what erasure must reach.
    `DELETE FROM client_visits WHERE client_id = $1 AND user_id IS DISTINCT FROM brug_user()`,
    `DELETE FROM life_domain_assessments WHERE client_id = $1`,
    `DELETE FROM external_referrals WHERE client_id = $1`,
    `DELETE FROM client_documents WHERE client_id = $1`,
    `UPDATE client_events SET summary = '{}' WHERE client_id = $1 AND scope IS NOT NULL`,
  ];
  const run = (statements: string[], clientId: string) => async (em: EntityManager) => {
    const counts: number[] = [];
    for (const sql of statements) counts.push((await em.query(sql, [clientId]))[1]);
    return counts;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const sam = await api.as('sam@boysproject.test');
    const lotte = await api.as('lotte@nextstep.test');
    org = await organisationIds(api);
    rich = await richClient(api, sam, lotte);
    users = Object.fromEntries(
      (await api.dataSource.query(`SELECT email, id FROM users WHERE email IN ('sam@boysproject.test', 'lotte@nextstep.test')`)).map(
        (r: { email: string; id: string }) => [r.email, r.id],
      ),
    );
    // The client marked erased (as the erasure does first), its other texts still there.
    await api.dataSource.query(`UPDATE clients SET erased_at = now() WHERE id = $1`, [rich.clientId]);
  });
  afterAll(() => api.close());

  it('the fixture holds rows of both organisations in every table erasure empties (so the checks below can fail)', async () => {
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM contact_notes WHERE client_id = $1 AND organisation_id = $2`, [
      rich.clientId,
      org.NextStep,
    ]);
    expect(n).toBe(1);
    const counts = await tryAs(org.Boysproject, users['sam@boysproject.test'], true, run(ERASURE_STATEMENTS, rich.clientId));
    expect(counts.map((c, i) => [ERASURE_STATEMENTS[i], c > 0])).toEqual(ERASURE_STATEMENTS.map((sql) => [sql, true]));
  });

  it('as the owner of an erased client, without brug.system, an ordinary request deletes and scrubs nothing', async () => {
    const counts = await tryAs(org.Boysproject, users['sam@boysproject.test'], false, run(ERASURE_STATEMENTS, rich.clientId));
    expect(counts.map((c, i) => [ERASURE_STATEMENTS[i], c])).toEqual(ERASURE_STATEMENTS.map((sql) => [sql, 0]));
  });

  it('nor does the organisation that wrote the notes and holds the consent, nor either side of the thread', async () => {
    const counts = await tryAs(org.NextStep, users['lotte@nextstep.test'], false, run(ERASURE_STATEMENTS, rich.clientId));
    expect(counts.map((c, i) => [ERASURE_STATEMENTS[i], c])).toEqual(ERASURE_STATEMENTS.map((sql) => [sql, 0]));
    const thread = [
      `DELETE FROM referral_messages WHERE referral_id IN (SELECT id FROM referrals WHERE client_id = $1)`,
      `DELETE FROM referral_events WHERE referral_id IN (SELECT id FROM referrals WHERE client_id = $1)`,
      `DELETE FROM referrals WHERE client_id = $1`,
    ];
    for (const [who, user] of [
      [org.Boysproject, users['sam@boysproject.test']],
      [org.NextStep, users['lotte@nextstep.test']],
    ]) {
      expect(await tryAs(who, user, false, run(thread, rich.clientId))).toEqual([0, 0, 0]);
    }
  });

  it('the migration undoes to the erasure-only policies and redoes to exactly the same policies', async () => {
    const policies = async (via: { query(sql: string): Promise<unknown> }) =>
      (await via.query(
        `SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies WHERE schemaname = current_schema() ORDER BY tablename, policyname`,
      )) as { policyname: string }[];
    const before = await policies(api.dataSource);
    expect(before.map((p) => p.policyname)).not.toContain('contact_notes_erase');
    const migration = new ErasureAsTheSystem1796655509167();
    const runner = api.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      expect((await policies(runner)).map((p) => p.policyname)).toEqual(expect.arrayContaining(['contact_notes_erase', 'sections_access', 'clients_delete']));
      await migration.up(runner);
      expect(await policies(runner)).toEqual(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("asSystem switches brug.system on only for its step, while the request's concurrent statements wait, and back off after a failure", async () => {
    const { queryRunner } = await openRequestTransaction(api.appDataSource, { 'brug.organisation_id': org.Boysproject });
    const ctx = new RequestContext({ dataSource: api.appDataSource, config: loadConfig() }, queryRunner, { set: () => undefined, clear: () => undefined });
    const setting = async (via: RequestContext) => (await via.em.query<[{ s: string }]>(`SELECT coalesce(current_setting('brug.system', true), '') AS s`))[0].s;
    try {
      const seen: string[] = [];
      let sibling: Promise<void> = Promise.resolve();
      const inside = asSystem(ctx, async (system) => {
        // A field resolver of the same request asks now, in the middle of the system's step.
        sibling = setting(ctx).then((s) => void seen.push(`sibling:${s}`));
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen.push(`system:${await setting(system)}`);
        expect(system.system).toBe(true);
        expect(system.viewer).toBeNull();
      });
      await inside;
      await sibling;
      expect(seen).toEqual(['system:on', 'sibling:']);
      await expect(
        asSystem(ctx, () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await setting(ctx)).toBe('');
    } finally {
      await queryRunner.rollbackTransaction();
      await queryRunner.release();
    }
  });

  it('no request deletes a client row (its cascade would remove every organisation’s records)', async () => {
    for (const system of [false, true]) {
      expect(await tryAs(org.Boysproject, users['sam@boysproject.test'], system, run([`DELETE FROM clients WHERE id = $1`], rich.clientId))).toEqual([0]);
    }
  });
});
