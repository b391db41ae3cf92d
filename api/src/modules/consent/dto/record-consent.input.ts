import { ArrayMaxSize, ArrayNotEmpty, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Scope } from '../../../access';
import { ConsentMethod } from '../consent.entity';

/**
 * The terms of a consent, checked the same way wherever a consent is given: in recordConsent
 * and with a referral (ReferralConsentInput). ConsentService.record checks the rest (the
 * grantee, the period, the signed form).
 */
@InputType()
export abstract class ConsentTermsInput {
  @Field(() => [Scope], { description: 'The sections the organisation may see' })
  @ArrayNotEmpty({ message: 'name at least one section' })
  @ArrayMaxSize(8)
  scopes: Scope[];

  @Field(() => String, { description: 'Why, in a line (e.g. "warm referral to the exit programme")' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  purpose: string;

  @Field(() => ConsentMethod)
  method: ConsentMethod;

  @Field(() => Date, { nullable: true, description: 'Default: 12 months after the consent starts (validFrom, or now); at most 24 months after that' })
  validUntil?: Date | null;
}

@InputType({ description: 'What the client agreed to share with one organisation, for what, and until when.' })
export class RecordConsentInput extends ConsentTermsInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { description: 'The organisation that may see the sections (not your own)' })
  granteeOrganisationId: string;

  @Field(() => Date, { nullable: true, description: 'Default: now' })
  validFrom?: Date | null;

  @Field(() => ID, { nullable: true, description: "A WRITTEN consent's signed form: a document already attached to this client" })
  signedFormDocumentId?: string | null;
}
