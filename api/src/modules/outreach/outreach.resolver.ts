import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common';
import type { RequestContext } from '../../context';
import { OutreachMaterialKindInput, OutreachPlaceInput, OutreachSessionInput } from './dto/outreach.input';
import { OutreachListsService } from './outreach-lists.service';
import { colleagueById, outreachMaterialKindById, outreachMaterialsBySession, outreachPlaceById, outreachReferralsBySession } from './outreach.loaders';
import { OutreachService } from './outreach.service';
import { OutreachColleague } from './outreach.types';
import { OutreachMaterialKind } from './outreach-material-kind.entity';
import { OutreachPlace } from './outreach-place.entity';
import { OutreachSession, OutreachSessionMaterial, OutreachSessionReferral } from './outreach-session.entity';

@Resolver(() => OutreachSession)
export class OutreachSessionResolver {
  @Authorized()
  @Query(() => [OutreachSession], { description: "Your organisation's outreach sessions, newest first; from/to bound the start (to excluded)" })
  outreachSessions(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true }) to?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most 500; 50 when left out' }) first?: number | null,
  ): Promise<OutreachSession[]> {
    return new OutreachService(ctx).sessions({ from, to, first });
  }

  @Authorized()
  @Query(() => OutreachSession, { nullable: true })
  outreachSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OutreachSession | null> {
    return new OutreachService(ctx).session(id);
  }

  @Authorized()
  @Mutation(() => OutreachSession, {
    description: 'Logs an outreach session under the id the device made; sending it again answers the same session and stores nothing twice',
  })
  logOutreachSession(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OutreachSessionInput) input: OutreachSessionInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OutreachSession> {
    return new OutreachService(ctx).log(id, input, info);
  }

  @Authorized()
  @Mutation(() => OutreachSession, { description: 'Changes a session; version is the one you started from (CONFLICT when someone changed it since)' })
  updateOutreachSession(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OutreachSessionInput) input: OutreachSessionInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OutreachSession> {
    return new OutreachService(ctx).update(id, version, input, info);
  }

  @FieldResolver(() => OutreachPlace)
  async place(@Root() session: OutreachSession, @Ctx() ctx: RequestContext): Promise<OutreachPlace> {
    const place = await ctx.loader(outreachPlaceById).load(session.placeId);
    if (!place) throw notFound('Outreach place');
    return place;
  }

  @FieldResolver(() => [OutreachColleague], { description: 'Members of the organisation who went' })
  async colleagues(@Root() session: OutreachSession, @Ctx() ctx: RequestContext): Promise<OutreachColleague[]> {
    const found = await ctx.loader(colleagueById).loadMany(session.colleagueUserIds);
    return found.filter((c): c is OutreachColleague => !!c && !(c instanceof Error));
  }

  @FieldResolver(() => [OutreachSessionMaterial])
  materials(@Root() session: OutreachSession, @Ctx() ctx: RequestContext): Promise<OutreachSessionMaterial[]> {
    return ctx.loader(outreachMaterialsBySession).load(session.id);
  }

  @FieldResolver(() => [OutreachSessionReferral], { description: 'Referrals made on the spot, per category' })
  referrals(@Root() session: OutreachSession, @Ctx() ctx: RequestContext): Promise<OutreachSessionReferral[]> {
    return ctx.loader(outreachReferralsBySession).load(session.id);
  }

  @FieldResolver(() => OutreachColleague, { nullable: true, description: 'Who logged it' })
  async createdBy(@Root() session: OutreachSession, @Ctx() ctx: RequestContext): Promise<OutreachColleague | null> {
    return session.createdByUserId ? ctx.loader(colleagueById).load(session.createdByUserId) : null;
  }

  @FieldResolver(() => OutreachColleague, { nullable: true, description: 'Who changed it last' })
  async updatedBy(@Root() session: OutreachSession, @Ctx() ctx: RequestContext): Promise<OutreachColleague | null> {
    return session.updatedByUserId ? ctx.loader(colleagueById).load(session.updatedByUserId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'You may edit this session' })
  canEdit(@Root() session: OutreachSession, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new OutreachService(ctx).canEdit(session);
  }
}

@Resolver(() => OutreachSessionMaterial)
export class OutreachSessionMaterialResolver {
  @FieldResolver(() => OutreachMaterialKind)
  async materialKind(@Root() material: OutreachSessionMaterial, @Ctx() ctx: RequestContext): Promise<OutreachMaterialKind> {
    const kind = await ctx.loader(outreachMaterialKindById).load(material.materialKindId);
    if (!kind) throw notFound('Material kind');
    return kind;
  }
}

@Resolver(() => OutreachPlace)
export class OutreachPlaceResolver {
  @Authorized()
  @Query(() => [OutreachPlace], { description: "Your organisation's outreach places (its admin keeps the list)" })
  outreachPlaces(
    @Ctx() ctx: RequestContext,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
  ): Promise<OutreachPlace[]> {
    return new OutreachListsService(ctx).places(includeArchived);
  }

  @Authorized()
  @Query(() => [OutreachMaterialKind], { description: "Your organisation's kinds of outreach material (its admin keeps the list)" })
  outreachMaterialKinds(
    @Ctx() ctx: RequestContext,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
  ): Promise<OutreachMaterialKind[]> {
    return new OutreachListsService(ctx).materialKinds(includeArchived);
  }

  @Authorized()
  @Query(() => [OutreachColleague], { description: 'The members of your organisation, to say who went' })
  async outreachColleagues(@Ctx() ctx: RequestContext): Promise<OutreachColleague[]> {
    const organisationId = ctx.viewer?.organisationId;
    if (!organisationId) return [];
    return ctx.em.query(
      `SELECT u.id, u.display_name AS "displayName" FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 ORDER BY lower(u.display_name), u.id`,
      [organisationId],
    );
  }

  @Authorized()
  @Mutation(() => OutreachPlace, { description: 'Adds a place to your organisation’s outreach list (its admins)' })
  createOutreachPlace(@Arg('input', () => OutreachPlaceInput) input: OutreachPlaceInput, @Ctx() ctx: RequestContext): Promise<OutreachPlace> {
    return new OutreachListsService(ctx).createPlace(input);
  }

  @Authorized()
  @Mutation(() => OutreachPlace, { description: 'Renames, changes or archives an outreach place (its admins)' })
  updateOutreachPlace(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OutreachPlaceInput) input: OutreachPlaceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OutreachPlace> {
    return new OutreachListsService(ctx).updatePlace(id, input);
  }

  @Authorized()
  @Mutation(() => OutreachMaterialKind, { description: 'Adds a kind of material to your organisation’s list (its admins)' })
  createOutreachMaterialKind(
    @Arg('input', () => OutreachMaterialKindInput) input: OutreachMaterialKindInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OutreachMaterialKind> {
    return new OutreachListsService(ctx).createMaterialKind(input);
  }

  @Authorized()
  @Mutation(() => OutreachMaterialKind, { description: 'Renames or archives a kind of material (its admins)' })
  updateOutreachMaterialKind(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OutreachMaterialKindInput) input: OutreachMaterialKindInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OutreachMaterialKind> {
    return new OutreachListsService(ctx).updateMaterialKind(id, input);
  }

  @FieldResolver(() => Boolean, { description: 'You may change this place (an admin of its organisation)' })
  canEdit(@Root() place: OutreachPlace, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new OutreachListsService(ctx).canEdit('OutreachPlace', place);
  }
}
