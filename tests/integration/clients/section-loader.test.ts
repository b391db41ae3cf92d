import { ALL_SCOPES, Scope } from '../../../api/src/access/scopes';
import { openRequestTransaction, RequestContext } from '../../../api/src/context/request-context';
import { MemberRole } from '../../../api/src/modules/identity/membership.entity';
import { clientById, sectionByKey, sectionKey } from '../../../api/src/modules/clients/client.loaders';
import { createFullClient, organisationIds, recordConsent } from '../../support/clients';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * The application's own SQL keeps sections that are not shared out of the result, even on a
 * connection that row-level security does not bind (the owner's): the rule is in the query,
 * not only in the database's policies.
 */
describe('the section loader', () => {
  let api: TestApi;
  let clientId: string;
  let org: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    const sam = await api.as('sam@boysproject.test');
    clientId = await createFullClient(sam, 'Loader');
    await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE', 'NOTES'] });
  });
  afterAll(() => api.close());

  async function asNextStep<T>(work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    const { queryRunner: runner } = await openRequestTransaction(api.dataSource, {});
    try {
      const ctx = new RequestContext({ dataSource: api.dataSource, config: api.config }, runner, { set: () => undefined, clear: () => undefined });
      ctx.viewer = {
        userId: '00000000-0000-4000-8000-000000000001',
        displayName: 'Test',
        sessionId: 'test',
        networkRole: null,
        organisationId: org.NextStep,
        organisationName: 'NextStep',
        role: MemberRole.WORKER,
      };
      return await work(ctx);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('returns only the consented sections, without the owner connection’s row-level security', async () => {
    const rows = await asNextStep((ctx) => ctx.loader(sectionByKey).loadMany(ALL_SCOPES.map((s) => sectionKey(clientId, s))));
    const scopes = rows.filter((r): r is Exclude<typeof r, Error | null> => !!r && !(r instanceof Error)).map((r) => r.scope);
    expect(scopes.sort()).toEqual([Scope.NOTES, Scope.PROFILE]);
  });

  it('returns no client that the organisation may not see', async () => {
    const [{ id: other }] = await api.dataSource.query(`SELECT id FROM clients WHERE pseudonym = 'Kiki'`);
    const clients = await asNextStep((ctx) => ctx.loader(clientById).loadMany([clientId, other]));
    expect(clients.map((c) => (c && !(c instanceof Error) ? c.pseudonym : null))).toEqual(['Loader', null]);
  });
});
