import { randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import { row, restrictToAllowed } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import { Organisation } from '../service-map';
import { Invitation } from './invitation.entity';
import type { Member } from './member.type';
import { MemberRole, Membership } from './membership.entity';
import { hashPassword } from './password';
import { normaliseEmail, signIn } from './sign-in';
import { hashToken } from './session.service';
import type { Session } from './session.type';
import { User } from './user.entity';

export const INVITATION_DAYS = 7;

/** 20 characters from an alphabet without look-alikes (100 bits), grouped for reading aloud. */
function newInvitationCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % 32]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** Codes are typed by people: case, spaces and dashes do not matter. */
const codeHash = (code: string) => hashToken(code.toUpperCase().replace(/[^A-Z0-9]/g, ''));

export interface NewInvitation {
  organisationId: string;
  role: MemberRole;
  email?: string | null;
  displayName?: string | null;
}

/** Who belongs to which organisation with which role: invitations, roles, leaving. */
export class MembershipService {
  constructor(private readonly ctx: RequestContext) {}

  /** Makes a one-time invitation; its code is in this answer only (the database keeps a hash). */
  async invite(input: NewInvitation): Promise<Invitation> {
    const { em, now, viewer } = this.ctx;
    const organisation = isUuid(input.organisationId) ? await em.findOneBy(Organisation, { id: input.organisationId }) : null;
    if (!organisation) throw badInput('organisationId', 'there is no such organisation.', 'UNKNOWN');
    if (!(await this.ctx.ability()).can('create', row('Membership', { organisationId: organisation.id }))) throw forbidden();
    const code = newInvitationCode();
    const invitation = em.create(Invitation, {
      organisationId: organisation.id,
      role: input.role,
      email: input.email ? normaliseEmail(input.email) : null,
      displayName: input.displayName?.trim() || null,
      codeHash: codeHash(code),
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      createdByUserId: viewer?.userId ?? null,
    });
    await em.insert(Invitation, invitation);
    return Object.assign(invitation, { code });
  }

  /**
   * Joins the organisation with the invitation's code, and signs in acting for it, through the
   * one sign-in (throttle, password, second factor). Who has an account is never told: every
   * check that does not need the account comes first and is the same for all; then an
   * invitation for one address makes that address an account if it has none (only the holder
   * of that address's invitation can tell), while an invitation for anyone can only be taken by
   * an existing account, so an unknown address there is answered like a wrong password.
   * The code is claimed in one conditional UPDATE, so it works exactly once; a refused attempt
   * rolls the claim back.
   */
  async accept(input: { code: string; email: string; displayName: string; password: string; twoFactorCode?: string | null }): Promise<Session> {
    const { em, now } = this.ctx;
    const name = input.displayName.trim();
    if (!name) throw badInput('displayName', 'must not be empty.');
    const [claimed] = await em.query<[{ id: string; organisation_id: string; role: MemberRole; email: string | null }[], number]>(
      `UPDATE invitations SET accepted_at = $2
          WHERE code_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2
          RETURNING id, organisation_id, role, email`,
      [codeHash(input.code), now],
    );
    const invitation = claimed.at(0);
    if (!invitation) throw badInput('code', 'this invitation code is not valid: it may have been used, revoked or expired.', 'INVALID_CODE');
    const address = normaliseEmail(input.email);
    if (invitation.email && invitation.email !== address) throw badInput('email', 'this invitation is for another e-mail address.', 'OTHER_EMAIL');
    if (invitation.email && !(await em.existsBy(User, { email: address }))) {
      await em.insert(User, em.create(User, { email: address, displayName: name, passwordHash: await hashPassword(input.password) }));
    }
    return signIn(
      this.ctx,
      { email: address, password: input.password, twoFactorCode: input.twoFactorCode },
      {
        onceProven: async (user) => {
          if (await em.existsBy(Membership, { userId: user.id, organisationId: invitation.organisation_id })) {
            throw conflict('You are already a member of this organisation.');
          }
          await em.insert(Membership, { userId: user.id, organisationId: invitation.organisation_id, role: invitation.role });
          await em.update(Invitation, { id: invitation.id }, { acceptedByUserId: user.id });
          return invitation.organisation_id;
        },
      },
    );
  }

  /** Changes a member's role; the organisation always keeps at least one admin. */
  async changeRole(membershipId: string, role: MemberRole): Promise<Member> {
    const membership = await this.visibleMembership(membershipId);
    await this.allowUpdate(membership);
    if (membership.role === MemberRole.ORG_ADMIN && role !== MemberRole.ORG_ADMIN) await this.keepAnAdmin(membership);
    await this.ctx.em.update(Membership, { id: membership.id }, { role });
    return (await this.members([membership.organisationId], membership.id))[0];
  }

  /** Takes a member out of the organisation; their sessions stop acting for it at once. */
  async remove(membershipId: string): Promise<boolean> {
    const membership = await this.visibleMembership(membershipId);
    await this.allowUpdate(membership);
    if (membership.role === MemberRole.ORG_ADMIN) await this.keepAnAdmin(membership);
    await this.ctx.em.delete(Membership, { id: membership.id });
    return true;
  }

  async revokeInvitation(id: string): Promise<Invitation> {
    const { em, now } = this.ctx;
    const qb = em.createQueryBuilder(Invitation, 'i').where('i.id = :id', { id });
    const invitation = isUuid(id) && (await restrictToAllowed(this.ctx, qb, 'read', 'Membership', 'i')) ? await qb.getOne() : null;
    if (!invitation) throw notFound('Invitation');
    await this.allowUpdate(invitation);
    const result = await em.update(Invitation, { id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
    if (!result.affected) throw conflict('This invitation was already used or revoked.');
    return em.findOneByOrFail(Invitation, { id });
  }

  /** The members of these organisations the viewer may see (admins and coordinators), in SQL. */
  async members(organisationIds: readonly string[], membershipId?: string): Promise<Member[]> {
    const qb = this.ctx.em
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.user_id')
      .select(['m.id AS id', 'm.organisation_id AS organisation_id', 'm.role AS role', 'm.created_at AS created_at'])
      .addSelect(['u.id AS user_id', 'u.display_name AS display_name', 'u.email AS email'])
      .where('m.organisation_id = ANY(:organisationIds)', { organisationIds: [...organisationIds] });
    if (membershipId) qb.andWhere('m.id = :membershipId', { membershipId });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Membership', 'm'))) return [];
    const rows: { id: string; organisation_id: string; role: MemberRole; created_at: Date; user_id: string; display_name: string; email: string }[] = await qb
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getRawMany();
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      role: r.role,
      createdAt: r.created_at,
      user: { id: r.user_id, displayName: r.display_name, email: r.email },
    }));
  }

  /** Open invitations of these organisations, for those who may manage their members. */
  async pendingInvitations(organisationIds: readonly string[]): Promise<Invitation[]> {
    const qb = this.ctx.em
      .createQueryBuilder(Invitation, 'i')
      .where('i.organisation_id = ANY(:organisationIds)', { organisationIds: [...organisationIds] })
      .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now', { now: this.ctx.now });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'Membership', 'i'))) return [];
    return qb.orderBy('i.created_at', 'ASC').addOrderBy('i.id', 'ASC').getMany();
  }

  async canManageMembers(organisationId: string): Promise<boolean> {
    return (await this.ctx.ability()).can('update', row('Membership', { organisationId }));
  }

  private async visibleMembership(id: string): Promise<Membership> {
    const qb = this.ctx.em.createQueryBuilder(Membership, 'm').where('m.id = :id', { id });
    const membership = isUuid(id) && (await restrictToAllowed(this.ctx, qb, 'read', 'Membership', 'm')) ? await qb.getOne() : null;
    if (!membership) throw notFound('Member');
    return membership;
  }

  private async allowUpdate(target: { organisationId: string }): Promise<void> {
    if (!(await this.ctx.ability()).can('update', row('Membership', { organisationId: target.organisationId }))) throw forbidden();
  }

  /**
   * Refuses to take away the last admin. The organisation row is locked first, so two admins
   * demoting each other at the same moment cannot both succeed.
   */
  private async keepAnAdmin(membership: Membership): Promise<void> {
    const { em } = this.ctx;
    await em.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [membership.organisationId]);
    const [{ others }] = await em.query<[{ others: number }]>(
      `SELECT count(*)::int AS others FROM memberships WHERE organisation_id = $1 AND role = $2 AND id <> $3`,
      [membership.organisationId, MemberRole.ORG_ADMIN, membership.id],
    );
    if (others === 0) throw conflict('An organisation needs at least one admin: make someone else admin first.');
  }
}
