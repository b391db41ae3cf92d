import { OutreachMaterialKind } from './outreach-material-kind.entity';
import { OutreachPlace } from './outreach-place.entity';
import { OutreachSession, OutreachSessionMaterial, OutreachSessionReferral } from './outreach-session.entity';
import { OutreachPlaceResolver, OutreachSessionMaterialResolver, OutreachSessionResolver } from './outreach.resolver';

/**
 * Outreach on the street, in venues and online, without client identity. Tables for figures:
 * outreach_sessions (one row per session: organisation_id, place_id, starts_at, ends_at,
 * contacts_total, contacts_new, languages[], topics[], peer_workers, experience_experts),
 * outreach_session_materials (session_id, material_kind_id, count), outreach_session_referrals
 * (session_id, category, count), outreach_places (organisation_id, kind, region, archived) and
 * outreach_material_kinds (organisation_id, name). Row-level security shows them to their own
 * organisation only (and to brug.system, for network aggregates in a SECURITY DEFINER function).
 */
export const outreachModule = {
  entities: [OutreachPlace, OutreachMaterialKind, OutreachSession, OutreachSessionMaterial, OutreachSessionReferral],
  resolvers: [OutreachSessionResolver, OutreachSessionMaterialResolver, OutreachPlaceResolver],
} as const;

// The public surface: what other modules may import from this one.
export { OutreachMaterialKind } from './outreach-material-kind.entity';
export { OutreachPlace } from './outreach-place.entity';
export { OutreachSession, OutreachSessionMaterial, OutreachSessionReferral } from './outreach-session.entity';
export { HarmReductionTheme, OutreachPlaceKind, type OutreachTopic } from './taxonomy';
