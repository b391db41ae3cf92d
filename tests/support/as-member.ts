import { loadConfig } from '../../api/src/config';
import { openRequestTransaction, RequestContext } from '../../api/src/context/request-context';
import { MemberRole } from '../../api/src/modules/identity/membership.entity';
import type { TestApi } from './test-api';

/**
 * Runs `work` with a request context of a worker of `organisationId` (or a coordinator), as the
 * API's own role, in a transaction that is rolled back: for service functions (the figures'
 * aggregates) that have no GraphQL field of their own yet.
 */
export async function asMember<T>(api: TestApi, organisationId: string | null, work: (ctx: RequestContext) => Promise<T>, coordinator = false): Promise<T> {
  const now = new Date();
  const { queryRunner } = await openRequestTransaction(api.appDataSource, { 'brug.now': now.toISOString() });
  try {
    const ctx = new RequestContext(
      { dataSource: api.appDataSource, config: loadConfig() },
      queryRunner,
      { set: () => undefined, clear: () => undefined },
      { now },
    );
    ctx.viewer = {
      userId: '00000000-0000-4000-8000-000000000000',
      displayName: 'test',
      sessionId: 'x',
      networkRole: coordinator ? ('COORDINATOR' as never) : null,
      organisationId,
      organisationName: null,
      role: organisationId ? MemberRole.WORKER : null,
    };
    await queryRunner.query(`SELECT set_config('brug.organisation_id', $1, true)`, [organisationId ?? '']);
    return await work(ctx);
  } finally {
    await queryRunner.rollbackTransaction();
    await queryRunner.release();
  }
}
