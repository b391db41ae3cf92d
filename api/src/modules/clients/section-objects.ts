import { ClientDataType, Scope } from '../../access';
import { Field, Int, ObjectType } from 'type-graphql';
import { AgeRange, ContactChannel, ExitWish, LifeDomain, RiskLevel, SexWorkContext, TraffickingIndicator, ViolenceKind } from './section-types';

/** Who last changed and who last confirmed a section: the "shared intake" of a client. */
@ObjectType()
export abstract class SectionRecord {
  @Field(() => Scope)
  scope: Scope;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => String)
  updatedByName: string;

  @Field(() => String)
  updatedByOrganisationName: string;

  @Field(() => Date, { nullable: true, description: 'When a worker last said this section is still true' })
  confirmedAt: Date | null;

  @Field(() => String, { nullable: true })
  confirmedByName: string | null;

  @Field(() => String, { nullable: true })
  confirmedByOrganisationName: string | null;
}

@ClientDataType(Scope.IDENTITY)
@ObjectType({ description: 'IDENTITY: legal identity (often unknown; never required).' })
export class IdentitySection extends SectionRecord {
  @Field(() => String, { nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'National register or BSN number' })
  nationalNumber?: string | null;
}

@ClientDataType(Scope.CONTACT)
@ObjectType({ description: 'CONTACT: how to reach the client, and how to do so safely.' })
export class ContactSection extends SectionRecord {
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Messaging app and handle' })
  messaging?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => ContactChannel, { nullable: true })
  preferredChannel?: ContactChannel | null;

  @Field(() => String, { nullable: true, description: 'When contact is safe, e.g. "weekdays 10-14"' })
  safeTimes?: string | null;

  @Field(() => Boolean, { description: 'Do not contact the client directly' })
  doNotContact: boolean;

  @Field(() => Boolean, { description: 'Someone else may read the phone: no sensitive words in messages' })
  phoneMayBeReadByOthers: boolean;

  @Field(() => String, { nullable: true, description: 'Agreed code word to check it is really us / them' })
  codeWord?: string | null;
}

@ClientDataType(Scope.PROFILE)
@ObjectType({ description: 'PROFILE: non-identifying basics.' })
export class ProfileSection extends SectionRecord {
  @Field(() => AgeRange, { nullable: true })
  ageRange?: AgeRange | null;

  @Field(() => String, { nullable: true, description: 'In the client’s own words' })
  genderIdentity?: string | null;

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 region' })
  region?: string | null;
}

@ClientDataType(Scope.LIFE_DOMAINS)
@ObjectType({ description: 'The situation in one life domain.' })
export class LifeDomainSituation {
  @Field(() => LifeDomain)
  domain: LifeDomain;

  @Field(() => Int, { nullable: true, description: '1 (acute problem) to 5 (fully self-reliant)' })
  rating?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ClientDataType(Scope.LIFE_DOMAINS)
@ObjectType({ description: 'LIFE_DOMAINS: the situation per life domain.' })
export class LifeDomainsSection extends SectionRecord {
  @Field(() => [LifeDomainSituation])
  domains: LifeDomainSituation[];
}

@ClientDataType(Scope.HEALTH)
@ObjectType({ description: 'HEALTH' })
export class HealthSection extends SectionRecord {
  @Field(() => Boolean, { nullable: true, description: 'Has health insurance' })
  insured?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasGeneralPractitioner?: boolean | null;

  @Field(() => String, { nullable: true })
  substanceUse?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ClientDataType(Scope.SEX_WORK)
@ObjectType({ description: 'SEX_WORK: the context of the work.' })
export class SexWorkSection extends SectionRecord {
  @Field(() => [SexWorkContext])
  contexts: SexWorkContext[];

  @Field(() => String, { nullable: true, description: 'Since when, in the client’s words (e.g. "2021")' })
  workingSince?: string | null;

  @Field(() => ExitWish, { nullable: true })
  exitWish?: ExitWish | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ClientDataType(Scope.SAFETY)
@ObjectType({ description: 'SAFETY: violence and trafficking indicators.' })
export class SafetySection extends SectionRecord {
  @Field(() => RiskLevel, { nullable: true })
  riskLevel?: RiskLevel | null;

  @Field(() => [ViolenceKind])
  violence: ViolenceKind[];

  @Field(() => [TraffickingIndicator])
  traffickingIndicators: TraffickingIndicator[];

  @Field(() => Boolean, { nullable: true })
  safetyPlanAgreed?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ClientDataType(Scope.NOTES)
@ObjectType({ description: 'NOTES: follow-up notes.' })
export class NotesSection extends SectionRecord {
  @Field(() => String)
  text: string;
}

@ClientDataType(null)
@ObjectType({ description: 'Whether a section is shared with you and, if so, filled and by whom; no content.' })
export class ClientSectionStatus {
  @Field(() => Scope)
  scope: Scope;

  @Field(() => Boolean, { description: 'You may see this section' })
  shared: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Has content; null when not shared with you' })
  filled: boolean | null;

  @Field(() => Boolean, { description: 'You may change and confirm this section' })
  canEdit: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true })
  updatedByName: string | null;

  @Field(() => String, { nullable: true })
  updatedByOrganisationName: string | null;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => String, { nullable: true })
  confirmedByName: string | null;

  @Field(() => String, { nullable: true })
  confirmedByOrganisationName: string | null;
}
