import type { EntityManager } from 'typeorm';
import { loadConfig } from '../../config';
import { RecoveryCode } from './recovery-code.entity';
import { encryptSecret, hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './two-factor';
import { User } from './user.entity';

/** The demo's TOTP secret (public, in the README): never use it for a real account. */
export const DEMO_TOTP_SECRET = 'BRUGDEMOBRUGDEMOBRUGDEMOBRUGDEMO';

/** Demo accounts that must sign in with two factors, each with one recovery code listed in the README. */
export const DEMO_TWO_FACTOR_ACCOUNTS: Record<string, string> = {
  'coordinator@brug.test': 'coord-demo1',
  'admin@boysproject.test': 'boysp-demo1',
  'admin@moviera.test': 'movie-demo1',
};

/** Turns two-factor sign-in on for the demo's coordinator and admins (the workers stay password-only). */
export async function loadDemoTwoFactor(em: EntityManager): Promise<void> {
  const { secretKey } = loadConfig();
  for (const [email, listedCode] of Object.entries(DEMO_TWO_FACTOR_ACCOUNTS)) {
    const user = await em.findOneBy(User, { email });
    if (!user) continue;
    await em.update(User, { id: user.id }, { totpSecret: encryptSecret(secretKey, DEMO_TOTP_SECRET), twoFactorEnabledAt: new Date() });
    const codes = [listedCode, ...Array.from({ length: RECOVERY_CODE_COUNT - 1 }, newRecoveryCode)];
    await em.insert(
      RecoveryCode,
      codes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })),
    );
  }
}
