import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Scope } from '../../access';
import { ConsentMethod } from '../consent';

@InputType({ description: "The client's agreement to a transfer, recorded like a consent" })
export class TransferAgreementInput {
  @Field(() => Boolean, { description: 'The client agrees that the other organisation takes the record over (must be true)' })
  agreed: boolean;

  @Field(() => ConsentMethod)
  method: ConsentMethod;
}

@InputType({ description: "Hands the client's record over to another organisation (the owning organisation)" })
export class ProposeTransferInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { description: 'The organisation that takes the record over' })
  toOrganisationId: string;

  @Field(() => TransferAgreementInput)
  agreement: TransferAgreementInput;

  @Field(() => [Scope], { defaultValue: [], description: 'What your organisation keeps seeing afterwards (a consent to it, from the client); empty: nothing' })
  @ArrayMaxSize(8)
  formerOwnerScopes: Scope[];

  @Field(() => String, { nullable: true, description: 'Why, for the receiving organisation; at most 2000 characters' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class AnswerTransferInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'When declining: why, at most 2000 characters' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
