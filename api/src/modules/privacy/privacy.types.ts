import { NoClientData } from '../../access';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@NoClientData('counts of what was erased and the placeholder pseudonym')
@ObjectType({ description: 'What an erasure removed. The client row stays, pseudonymised, so referrals and the audit trail keep their subject.' })
export class ClientErasure {
  @Field(() => ID)
  clientId: string;

  @Field(() => String, { description: 'The placeholder that replaced the pseudonym, e.g. "Erased client 7F3A"' })
  pseudonym: string;

  @Field(() => Date)
  erasedAt: Date;

  @Field(() => Int, { description: 'Record sections deleted' })
  sectionsDeleted: number;

  @Field(() => Int)
  goalsDeleted: number;

  @Field(() => Int)
  actionsDeleted: number;

  @Field(() => Int, { description: 'Contact notes deleted (of every organisation)' })
  notesDeleted: number;

  @Field(() => Int, { description: 'Consents ended, revoked with reason "erased"' })
  consentsEnded: number;

  @Field(() => Int, { description: 'Open referrals (draft, sent, accepted) cancelled' })
  referralsCancelled: number;

  @Field(() => Int, { description: 'Referrals whose free text (reason, wishes, introduction, notes) was removed' })
  referralsScrubbed: number;

  @Field(() => Int, { description: 'Referral messages whose text was removed' })
  messagesScrubbed: number;

  @Field(() => Int, { description: 'Timeline entries of a section whose summary was removed' })
  timelineEntriesScrubbed: number;
}
