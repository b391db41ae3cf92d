import { BrugError, badInput } from '../../common/errors';
import { LoginThrottler, throttleKeys } from './login-throttle';
import { twoFactorRequiredError, TwoFactorService } from './two-factor.service';
import type { RequestContext } from '../../context/request-context';
import { Membership } from './membership.entity';
import { verifyPassword } from './password';
import { openSession, resolveSession, revokeSession, SESSION_COOKIE } from './session.service';
import type { Session } from './session.type';
import { Locale, User } from './user.entity';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The one answer for an unknown e-mail address and a wrong password alike. */
export const wrongCredentials = () => new BrugError('UNAUTHENTICATED', 'E-mail address or password is not correct.');

export class AuthService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Password, then (when the account has it on) a TOTP or recovery code. Failures count per
   * e-mail address and per client address; too many lock both for a growing time.
   */
  async login(email: string, password: string, code?: string | null): Promise<Session> {
    const { em, config, now } = this.ctx;
    const throttler = new LoginThrottler(em, this.ctx.deps.dataSource, config.loginThrottle);
    const keys = throttleKeys(config.loginThrottle, normaliseEmail(email), this.ctx.clientAddress);
    await throttler.check(keys, now);
    const user = await em
      .createQueryBuilder(User, 'user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normaliseEmail(email) })
      .getOne();
    // Same answer, same work, for an unknown e-mail and a wrong password.
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || user.disabled) {
      await throttler.recordFailure(keys, now);
      throw wrongCredentials();
    }
    if (user.twoFactorEnabledAt) {
      if (!code?.trim()) throw twoFactorRequiredError();
      if (!(await new TwoFactorService(this.ctx).verifySecondStep(user.id, code))) {
        await throttler.recordFailure(keys, now);
        throw twoFactorRequiredError('This code is not correct (or was used already). Enter the current 6-digit code from your authenticator app, or an unused recovery code.');
      }
    }
    await throttler.reset(keys);

    const firstMembership = await em.findOne(Membership, { where: { userId: user.id }, order: { createdAt: 'ASC' } });
    return this.signIn(user, firstMembership?.organisationId ?? null);
  }

  /** Opens a session for a user whose credentials were checked, acting for `organisationId`. */
  async signIn(user: User, organisationId: string | null): Promise<Session> {
    const { em, now, config } = this.ctx;
    const { token, record } = await openSession(em, config, user.id, organisationId, now);
    this.ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: config.sessionTtlHours * 3600 });
    this.ctx.viewer = await resolveSession(em, config, token, now);
    this.ctx.resetAccess();
    return { token, user, expiresAt: record.expiresAt };
  }

  async logout(): Promise<boolean> {
    const viewer = this.ctx.viewer;
    if (viewer) await revokeSession(this.ctx.em, viewer.sessionId, this.ctx.now);
    this.ctx.cookies.clear(SESSION_COOKIE);
    this.ctx.viewer = null;
    return true;
  }

  /** Ends every session of this user, on every device, this one included. */
  async signOutEverywhere(): Promise<boolean> {
    const viewer = this.ctx.viewer!;
    await this.ctx.em.query(`UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [viewer.userId, this.ctx.now]);
    this.ctx.cookies.clear(SESSION_COOKIE);
    this.ctx.viewer = null;
    return true;
  }

  async me(): Promise<User | null> {
    const viewer = this.ctx.viewer;
    if (!viewer) return null;
    return this.ctx.em.findOneByOrFail(User, { id: viewer.userId });
  }

  async setLocale(locale: Locale): Promise<User> {
    const viewer = this.ctx.viewer!;
    await this.ctx.em.update(User, { id: viewer.userId }, { locale });
    return this.ctx.em.findOneByOrFail(User, { id: viewer.userId });
  }

  /** Acts for another organisation the user belongs to, from the next request on. */
  async switchOrganisation(organisationId: string): Promise<User> {
    const { em, viewer } = this.ctx;
    const membership = await em.findOneBy(Membership, { userId: viewer!.userId, organisationId });
    if (!membership) throw badInput('organisationId', 'you are not a member of this organisation.', 'NOT_A_MEMBER');
    await em.query('UPDATE sessions SET active_organisation_id = $1 WHERE id = $2', [organisationId, viewer!.sessionId]);
    return em.findOneByOrFail(User, { id: viewer!.userId });
  }
}
