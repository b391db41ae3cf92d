import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { Invitation } from './invitation.entity';
import type { Member } from './member.type';
import { Membership } from './membership.entity';
import { organisationById } from '../service-map';
import { MembershipService } from './membership.service';
import { twoFactorRequiredFor } from './two-factor.service';

/** Each user's memberships, with their organisations (which the organisation loader then has too: `me` in one statement). */
export const membershipsByUser = (ctx: RequestContext) =>
  groupLoader<string, Membership>(
    async (userIds) => {
      const memberships = await ctx.em.find(Membership, {
        where: { userId: In([...userIds]) },
        relations: { organisation: true },
        order: { createdAt: 'ASC' },
      });
      const organisations = ctx.loader(organisationById);
      for (const m of memberships) if (m.organisation) organisations.prime(m.organisationId, m.organisation);
      return memberships;
    },
    (m) => m.userId,
  );

/** Each organisation's members, for those who may see them (empty for everyone else). */
export const membersByOrganisation = (ctx: RequestContext) =>
  groupLoader<string, Member>(
    (organisationIds) => new MembershipService(ctx).members(organisationIds),
    (m) => m.organisationId,
  );

/** Each organisation's open invitations, for those who may manage its members. */
export const pendingInvitationsByOrganisation = (ctx: RequestContext) =>
  groupLoader<string, Invitation>(
    (organisationIds) => new MembershipService(ctx).pendingInvitations(organisationIds),
    (i) => i.organisationId,
  );

/** Whether each user must sign in with a second factor (one statement for all of them). */
export const twoFactorRequiredByUser = (ctx: RequestContext) =>
  new DataLoader<string, boolean>(async (userIds) => {
    const required = await twoFactorRequiredFor(ctx, userIds);
    return userIds.map((id) => required.get(id) ?? false);
  });
