import { BrugError, conflict, badInput } from '../../common';
import type { RequestContext } from '../../context';
import { RecoveryCode } from './recovery-code.entity';
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  looksLikeTotp,
  newRecoveryCode,
  newTotpSecret,
  otpauthUrl,
  RECOVERY_CODE_COUNT,
  totpStep,
} from './two-factor';
import { User } from './user.entity';

export const twoFactorRequiredError = (message = 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.') =>
  new BrugError('UNAUTHENTICATED', message, { twoFactorRequired: true });

export const twoFactorEnrolmentRequiredError = () =>
  new BrugError('FORBIDDEN', 'Turn on two-factor sign-in first: your organisation requires it for your account.', { twoFactorEnrolmentRequired: true });

/**
 * Who must sign in with a second factor: coordinators, organisation admins (in any
 * membership) and every member of an organisation that requires it. One statement for all ids.
 */
export const TWO_FACTOR_REQUIRED_SQL = `(u.network_role = 'COORDINATOR' OR EXISTS (
   SELECT 1 FROM memberships m2 JOIN organisations o2 ON o2.id = m2.organisation_id
    WHERE m2.user_id = u.id AND (m2.role = 'ORG_ADMIN' OR o2.require_two_factor)))`;

export async function twoFactorRequiredFor(ctx: RequestContext, userIds: readonly string[]): Promise<Map<string, boolean>> {
  const rows: { id: string; required: boolean }[] = await ctx.em.query(
    `SELECT u.id, ${TWO_FACTOR_REQUIRED_SQL} AS required FROM users u WHERE u.id = ANY($1)`,
    [userIds],
  );
  return new Map(rows.map((r) => [r.id, r.required]));
}

export class TwoFactorService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Checks the second step of a sign-in: a TOTP code not used before (its time step is
   * remembered, so a code seen over someone's shoulder cannot be replayed) or an unused recovery code.
   */
  async verifySecondStep(userId: string, code: string): Promise<boolean> {
    const { em, now, config } = this.ctx;
    const typed = code.trim();
    if (looksLikeTotp(typed)) {
      const row = await em.createQueryBuilder(User, 'u').addSelect('u.totpSecret').where('u.id = :id', { id: userId }).getOne();
      if (!row?.totpSecret) return false;
      const step = totpStep(decryptSecret(config.secretKey, row.totpSecret), typed.replace(/\s/g, ''), now);
      if (step === null) return false;
      // Conditional, so two sign-ins racing with one code leave exactly one winner.
      const [, updated] = await em.query<[unknown[], number]>(
        `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
        [userId, step],
      );
      return updated === 1;
    }
    const [, used] = await em.query<[unknown[], number]>(`UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`, [
      userId,
      hashRecoveryCode(typed),
      now,
    ]);
    return used === 1;
  }

  async start(): Promise<{ secret: string; otpauthUrl: string }> {
    const { em, config } = this.ctx;
    const user = await em.findOneByOrFail(User, { id: this.ctx.viewer!.userId });
    if (user.twoFactorEnabledAt) throw conflict('Two-factor sign-in is already on for this account.');
    const secret = newTotpSecret();
    await em.update(User, { id: user.id }, { totpPendingSecret: encryptSecret(config.secretKey, secret) });
    return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
  }

  /** Turns two-factor sign-in on with the first code from the app; returns the recovery codes, once. */
  async confirm(code: string): Promise<string[]> {
    const { em, config, now } = this.ctx;
    const userId = this.ctx.viewer!.userId;
    const user = await em
      .createQueryBuilder(User, 'u')
      .addSelect('u.totpPendingSecret')
      .where('u.id = :id', { id: userId })
      .setLock('pessimistic_write')
      .getOneOrFail();
    if (user.twoFactorEnabledAt) throw conflict('Two-factor sign-in is already on for this account.');
    if (!user.totpPendingSecret) throw badInput('code', 'start the enrolment first (startTwoFactorEnrolment).', 'NOT_STARTED');
    const step = totpStep(decryptSecret(config.secretKey, user.totpPendingSecret), code.trim(), now);
    if (step === null) throw badInput('code', 'this code is not correct. Check the time on your phone and enter the current code.', 'WRONG_CODE');
    await em.update(User, { id: userId }, { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step, twoFactorEnabledAt: now });
    return this.replaceRecoveryCodes(userId);
  }

  async replaceRecoveryCodes(userId: string): Promise<string[]> {
    const { em } = this.ctx;
    await em.delete(RecoveryCode, { userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await em.insert(
      RecoveryCode,
      codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })),
    );
    return codes;
  }
}
