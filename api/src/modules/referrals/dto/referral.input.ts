import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Scope } from '../../../access/scopes';
import { ConsentTermsInput } from '../../consent/dto/record-consent.input';
import { REQUIREMENTS_MAX } from '../../service-map/dto/service.input';
import { CancelReason, DeclineReason, ReferralOutcome, ReferralUrgency } from '../referral-enums';
import { RequirementAnswerInput } from '../requirement-answers';

@InputType({ description: 'The planned first meeting (warm handoff); either a meeting or "the client will call themselves".' })
export class IntroductionInput {
  @Field(() => Date, { nullable: true })
  plannedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Who accompanies the client, e.g. the referring worker' })
  @IsOptional()
  @MaxLength(500)
  accompaniedBy?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The client will contact the service themselves' })
  clientWillCall: boolean = false;
}

@InputType({ description: "The client's consent for the receiving organisation, recorded with the referral (owning organisation only)." })
export class ReferralConsentInput extends ConsentTermsInput {}

@InputType({ description: 'A new referral; saved as a DRAFT (send it with sendReferral, or pass send: true).' })
export class CreateReferralInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { description: 'The service on the map the client is referred to' })
  serviceId: string;

  @Field(() => ReferralUrgency, { defaultValue: ReferralUrgency.ROUTINE })
  urgency: ReferralUrgency = ReferralUrgency.ROUTINE;

  @Field(() => String, { defaultValue: '', description: 'Why the client is referred (shown only to those who may see the client)' })
  @MaxLength(5000)
  reason: string = '';

  @Field(() => String, { defaultValue: '', description: 'What the client wants, in their words' })
  @MaxLength(5000)
  clientWishes: string = '';

  @Field(() => [Scope], { defaultValue: [], description: 'The sections to share; the consent decides what the receiver really sees' })
  @ArrayMaxSize(8)
  sharedScopes: Scope[];

  @Field(() => IntroductionInput, { nullable: true })
  introduction?: IntroductionInput | null;

  @Field(() => [RequirementAnswerInput], { nullable: true, description: "Answers to the service's requirements (all needed to send)" })
  @IsOptional()
  @ArrayMaxSize(REQUIREMENTS_MAX)
  @ValidateNested({ each: true })
  requirementAnswers?: RequirementAnswerInput[] | null;

  @Field(() => ReferralConsentInput, { nullable: true, description: 'Record the client’s consent for the receiving organisation in the same step' })
  consent?: ReferralConsentInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Send at once instead of saving a draft' })
  send: boolean = false;
}

@InputType({ description: 'Changes to a draft; only the fields given change.' })
export class UpdateReferralDraftInput {
  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ReferralUrgency, { nullable: true })
  urgency?: ReferralUrgency | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  clientWishes?: string | null;

  @Field(() => [Scope], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  sharedScopes?: Scope[] | null;

  @Field(() => IntroductionInput, { nullable: true })
  introduction?: IntroductionInput | null;

  @Field(() => [RequirementAnswerInput], {
    nullable: true,
    description: "Answers to the service's requirements; replaces those saved (changing the service without them clears them)",
  })
  @IsOptional()
  @ArrayMaxSize(REQUIREMENTS_MAX)
  @ValidateNested({ each: true })
  requirementAnswers?: RequirementAnswerInput[] | null;
}

@InputType()
export class AcceptReferralInput {
  @Field(() => ID, { nullable: true, description: 'The receiving worker (a member of the receiving organisation); defaults to you' })
  receivingWorkerId?: string | null;

  @Field(() => IntroductionInput, { nullable: true, description: 'Confirm (omit) or change the first meeting' })
  introduction?: IntroductionInput | null;
}

@InputType()
export class DeclineReferralInput {
  @Field(() => DeclineReason)
  reason: DeclineReason;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note: string = '';

  @Field(() => ID, { nullable: true, description: 'A better service; the sender can refer again to it in one click' })
  suggestedServiceId?: string | null;
}

@InputType()
export class CancelReferralInput {
  @Field(() => CancelReason, { description: 'Required; CONSENT_WITHDRAWN is reserved for Brug itself' })
  reason: CancelReason;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note: string = '';
}

@InputType()
export class CompleteReferralInput {
  @Field(() => ReferralOutcome)
  outcome: ReferralOutcome;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note: string = '';
}
