import { badInput } from '../../common';
import type { RequestContext } from '../../context';
import { Membership } from './membership.entity';
import { revokeSession, SESSION_COOKIE } from './session.service';
import type { Session } from './session.type';
import { signIn } from './sign-in';
import { Locale, User } from './user.entity';

export class AuthService {
  constructor(private readonly ctx: RequestContext) {}

  /** Password, then (when the account has it on) a TOTP or recovery code: the one sign-in. */
  login(email: string, password: string, code?: string | null): Promise<Session> {
    return signIn(this.ctx, { email, password, twoFactorCode: code });
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
