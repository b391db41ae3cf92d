import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { tooManyRequests } from '../../common';
import type { LoginThrottleConfig } from '../../config';

export interface ThrottleKey {
  key: string;
  maxFailures: number;
}

/** The keys a sign-in counts against: the e-mail address (known or not, hashed) and the client address. */
export function throttleKeys(config: LoginThrottleConfig, normalisedEmail: string, clientAddress: string | undefined): ThrottleKey[] {
  const keys = [{ key: `account:${createHash('sha256').update(normalisedEmail).digest('hex')}`, maxFailures: config.accountMaxFailures }];
  if (clientAddress) keys.push({ key: `address:${clientAddress}`, maxFailures: config.addressMaxFailures });
  return keys;
}

/**
 * Counts failed sign-ins in the database, so every API process shares one count. Checks and
 * resets run in the request's transaction; a failure is written on a connection of its own
 * (autocommit), because the failed sign-in's transaction is rolled back and the count must stay.
 */
export class LoginThrottler {
  constructor(
    private readonly em: EntityManager,
    private readonly dataSource: DataSource,
    private readonly config: LoginThrottleConfig,
  ) {}

  /** Refuses the attempt while any of its keys is locked (`what`: what failed, for the message). */
  async check(keys: ThrottleKey[], now: Date, what = 'sign-ins'): Promise<void> {
    const [row] = await this.em.query<[{ locked_until: Date | null }?]>(
      `SELECT max(locked_until) AS locked_until FROM login_throttles WHERE key = ANY($1) AND locked_until > $2`,
      [keys.map((k) => k.key), now],
    );
    if (row?.locked_until) {
      const seconds = Math.max(1, Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000));
      const minutes = Math.ceil(seconds / 60);
      throw tooManyRequests(`Too many failed ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, seconds);
    }
  }

  /** Counts a failure; the one that reaches the limit locks the key, twice as long as the lock before. */
  async recordFailure(keys: ThrottleKey[], now: Date): Promise<void> {
    const { windowMinutes, baseLockSeconds, maxLockMinutes } = this.config;
    for (const { key, maxFailures } of keys) {
      await this.dataSource.query(
        `INSERT INTO login_throttles AS t (key, failures, window_started_at, lockouts) VALUES ($1, 1, $2, 0)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at <= $2::timestamptz - make_interval(mins => $3) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at <= $2::timestamptz - make_interval(mins => $3) THEN $2 ELSE t.window_started_at END,
           -- A day without trouble forgets earlier locks.
           lockouts = CASE WHEN t.window_started_at <= $2::timestamptz - interval '1 day' THEN 0 ELSE t.lockouts END`,
        [key, now, windowMinutes],
      );
      await this.dataSource.query(
        `UPDATE login_throttles
            SET failures = 0, window_started_at = $2, lockouts = lockouts + 1,
                locked_until = $2::timestamptz + make_interval(secs => least($4::float8 * 60, $3::float8 * power(2, least(lockouts, 30))))
          WHERE key = $1 AND failures >= $5`,
        [key, now, baseLockSeconds, maxLockMinutes, maxFailures],
      );
    }
  }

  /** A successful sign-in clears the account's count (never the address's: one good account must not unlock an address). */
  async reset(keys: ThrottleKey[]): Promise<void> {
    const account = keys.filter((k) => k.key.startsWith('account:')).map((k) => k.key);
    await this.em.query(`DELETE FROM login_throttles WHERE key = ANY($1)`, [account]);
  }
}
