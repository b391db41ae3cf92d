import type { DataSource } from 'typeorm';
import { runAsSystem } from '../../access/system';
import { ReferralService } from './referral.service';

/**
 * Expiry for every organisation, in its own transaction, as the system (api/src/access/system.ts):
 * the one ability's system rules and row-level security's `brug.system` both apply.
 */
export function expireAsSystem(dataSource: DataSource, now = new Date()): Promise<number> {
  return runAsSystem(dataSource, now, (ctx) => new ReferralService(ctx).expireDue());
}

/** Runs expireAsSystem every minute (the API process's timer). Returns a stop function. */
export function startReferralExpiryTimer(dataSource: DataSource, onError: (error: unknown) => void = () => undefined, everyMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await expireAsSystem(dataSource);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
