import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../config';
import { openRequestTransaction, RequestContext } from './request-context';

const noCookies = { set: () => undefined, clear: () => undefined };

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
 * Runs `work` as the system in a transaction of its own (`brug.system` on for row-level
 * security, local to the transaction), and commits it with its audit entries, or nothing.
 */
export async function runAsSystem<T>(dataSource: DataSource, now: Date, work: (ctx: RequestContext) => Promise<T>, config: Config = loadConfig()): Promise<T> {
  const { queryRunner: runner } = await openRequestTransaction(dataSource, { 'brug.system': 'on', 'brug.now': now.toISOString() });
  const ctx = new RequestContext({ dataSource, config }, runner, noCookies, { now });
  ctx.system = true;
  try {
    const result = await work(ctx);
    await ctx.audit.flush(ctx.em);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release().catch(() => undefined);
  }
}
