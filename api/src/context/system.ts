import type { DataSource, QueryRunner } from 'typeorm';
import { loadConfig, type Config } from '../config';
import { abandonRequestTransaction, inOwnTransaction, noCookies, RequestContext, withTransactionToItself } from './request-context';

/** The runners whose transaction has `brug.system` on right now (asSystem's, runAsSystem's). */
const asTheSystem = new WeakSet<QueryRunner>();

/**
 * Brug's own work goes through the same access module as a person's request: a context with
 * no viewer and the system's rules in the one ability (`defineAbility(null, { system: true })`),
 * so its queries carry SQL conditions like any other, on top of row-level security.
 */
export function systemView(ctx: RequestContext): RequestContext {
  const system = new RequestContext(ctx.deps, ctx.queryRunner, noCookies, { now: ctx.now, requestId: ctx.requestId });
  system.system = true;
  return system;
}

/**
 * Runs `work` as the system inside the request's own transaction, for a step a person's request
 * asks Brug to do that goes beyond that person's rights (the owner's erasure removes what other
 * organisations wrote; the owner's export reads it): `brug.system` is switched on for row-level
 * security, local to the transaction, only while `work` runs, and back to what it was after it,
 * also when it fails. `work` gets a system context (no viewer, the system's rules in the one
 * ability) and has the transaction to itself: the request's other statements (concurrent field
 * resolvers) wait until it ends, so nothing else runs under the system's policies. What it
 * does commits or rolls back with the request (and the request's audit entry for it).
 * Decide first with the person's ability whether they may ask for it; `work` must use only the
 * context it is given.
 */
export async function asSystem<T>(ctx: RequestContext, work: (system: RequestContext) => Promise<T>): Promise<T> {
  // Already the system with `brug.system` on (inside asSystem or runAsSystem): carry on as it.
  if (ctx.system && asTheSystem.has(ctx.queryRunner)) return work(ctx);
  return withTransactionToItself(ctx.queryRunner, async (runner) => {
    const [{ before }] = (await runner.query(`SELECT coalesce(current_setting('brug.system', true), '') AS before, set_config('brug.system', 'on', true)`)) as [
      { before: string },
    ];
    const system = new RequestContext(ctx.deps, runner, noCookies, { now: ctx.now, requestId: ctx.requestId });
    system.system = true;
    asTheSystem.add(runner);
    try {
      const result = await work(system);
      // The system's own work writes no trail of its own here: the person's request records what it asked for.
      if (system.audit.size) throw new Error('asSystem: record the access in the asking request (ctx.audit), not in the system context.');
      return result;
    } finally {
      // Back off; if that cannot be sent, nothing more of the request may run (it rolls back).
      asTheSystem.delete(runner);
      await runner.query(`SELECT set_config('brug.system', $1, true)`, [before]).catch(() => abandonRequestTransaction(ctx.queryRunner));
    }
  });
}

/**
 * Runs `work` as the system in a transaction of its own (`brug.system` on for row-level
 * security, local to the transaction), and commits it with its audit entries, or nothing.
 */
export async function runAsSystem<T>(dataSource: DataSource, now: Date, work: (ctx: RequestContext) => Promise<T>, config: Config = loadConfig()): Promise<T> {
  return inOwnTransaction({ dataSource, config }, { 'brug.system': 'on', 'brug.now': now.toISOString() }, (ctx) => {
    ctx.system = true;
    asTheSystem.add(ctx.queryRunner);
    return work(ctx);
  });
}
