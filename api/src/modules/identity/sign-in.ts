import type { RequestContext } from '../../context';
import { LoginThrottler, throttleKeys } from './login-throttle';
import { Membership } from './membership.entity';
import { verifyPassword } from './password';
import { openSession, resolveSession, SESSION_COOKIE } from './session.service';
import type { Session } from './session.type';
import { twoFactorRequiredError, TwoFactorService } from './two-factor.service';
import { User } from './user.entity';
import { BrugError } from '../../common';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The one answer for an unknown e-mail address and a wrong password alike. */
export const wrongCredentials = () => new BrugError('UNAUTHENTICATED', 'E-mail address or password is not correct.');

export interface Credentials {
  email: string;
  password: string;
  /** A TOTP code or a recovery code, for an account with two-factor sign-in on. */
  twoFactorCode?: string | null;
}

export interface SignInOptions {
  /**
   * What the path does once the person is proven (joining an organisation, say), in the same
   * transaction; returns the organisation the session acts for. Default: the first membership.
   */
  onceProven?: (user: User) => Promise<string | null>;
}

/**
 * The one way to a session: every mutation that answers a Session comes through here
 * (tests/integration/identity/session-mutations.test.ts finds them in the schema). In order:
 * the throttle (per e-mail address, known or not, and per client address), the password
 * (argon2; the same work for an unknown address), the second factor when the account has it
 * on, and only then the caller's own step and the session. An unknown address, a wrong
 * password and a disabled account get one answer.
 */
export async function signIn(ctx: RequestContext, credentials: Credentials, options: SignInOptions = {}): Promise<Session> {
  const { em, config, now } = ctx;
  const email = normaliseEmail(credentials.email);
  const throttler = new LoginThrottler(em, ctx.deps.dataSource, config.loginThrottle);
  const keys = throttleKeys(config.loginThrottle, email, ctx.clientAddress);
  await throttler.check(keys, now);
  const user = await em.createQueryBuilder(User, 'user').addSelect('user.passwordHash').where('user.email = :email', { email }).getOne();
  const valid = await verifyPassword(user?.passwordHash, credentials.password);
  if (!user || !valid || user.disabled) {
    await throttler.recordFailure(keys, now);
    throw wrongCredentials();
  }
  if (user.twoFactorEnabledAt) {
    const code = credentials.twoFactorCode?.trim();
    if (!code) throw twoFactorRequiredError();
    if (!(await new TwoFactorService(ctx).verifySecondStep(user.id, code))) {
      await throttler.recordFailure(keys, now);
      throw twoFactorRequiredError(
        'This code is not correct (or was used already). Enter the current 6-digit code from your authenticator app, or an unused recovery code.',
      );
    }
  }
  await throttler.reset(keys);

  const organisationId = options.onceProven
    ? await options.onceProven(user)
    : ((await em.findOne(Membership, { where: { userId: user.id }, order: { createdAt: 'ASC' } }))?.organisationId ?? null);
  const { token, record } = await openSession(em, config, user.id, organisationId, now);
  ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: config.sessionTtlHours * 3600 });
  ctx.viewer = await resolveSession(em, config, token, now);
  ctx.resetAccess();
  return { token, user, expiresAt: record.expiresAt };
}
