import { conflict } from '../../common';
import type { RequestContext } from '../../context';

/**
 * Runs `work` once per (user, operation, key). The key row is inserted first: a concurrent
 * duplicate blocks on the unique index until the first transaction ends, then finds its
 * result (or, if the first rolled back, does the work itself). Without a key, just works.
 */
export async function once<T>(
  ctx: RequestContext,
  operation: string,
  key: string | null | undefined,
  work: () => Promise<T>,
  idOf: (result: T) => string,
  replay: (resultId: string) => Promise<T>,
): Promise<T> {
  if (!key) return work();
  const userId = ctx.viewer!.userId;
  const inserted: { id: string }[] = await ctx.em.query(
    `INSERT INTO idempotency_keys (user_id, operation, key, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, operation, key) DO NOTHING RETURNING id`,
    [userId, operation, key, ctx.now],
  );
  if (!inserted.length) {
    const [earlier] = await ctx.em.query<[{ result_id: string | null }?]>(
      `SELECT result_id FROM idempotency_keys WHERE user_id = $1 AND operation = $2 AND key = $3`,
      [userId, operation, key],
    );
    if (!earlier?.result_id) throw conflict('A request with this idempotency key is still being handled; try again in a moment.');
    return replay(earlier.result_id);
  }
  const result = await work();
  await ctx.em.query(`UPDATE idempotency_keys SET result_id = $2 WHERE id = $1`, [inserted[0].id, idOf(result)]);
  return result;
}
