import { Field, ObjectType } from 'type-graphql';
import { ClientData, NoClientData, Scope } from '../../access';
import { ClientViewCode } from './client-view-code.entity';

@NoClientData('the code is for the client and shown once; its record carries no client data')
@ObjectType({ description: "A new code for the client's own view: show it (or print the card) now, it is never shown again." })
export class IssuedClientViewCode {
  @Field(() => String, { description: 'The one-time code, e.g. ABCD-EFGH-JKMN' })
  code: string;

  @Field(() => ClientViewCode)
  record: ClientViewCode;
}

@ObjectType({ description: "The client's own-view codes, for the owning organisation." })
export class ClientViewCodes {
  clientId: string;

  @ClientData<ClientViewCodes>({ section: Scope.CONTACT, client: (r) => r.clientId })
  @Field(() => Boolean, { nullable: true, description: "The client's phone may be read by someone else (CONTACT): warn before making a code" })
  phoneMayBeReadByOthers: boolean;

  @NoClientData("a code's lifecycle, never the code")
  @Field(() => [ClientViewCode], { description: 'Newest first' })
  codes: ClientViewCode[];
}

@NoClientData('the session of the client themself: when it ends')
@ObjectType({ description: "The client's own view, opened with a code: send the token as `Authorization: Bearer` (the web gets an httpOnly cookie)." })
export class ClientViewSession {
  @Field(() => String)
  token: string;

  @Field(() => Date)
  endsAt: Date;
}

@NoClientData("the client's own view: who may see which parts of the record and who looked, never the record's content")
@ObjectType({ description: 'What the client sees in their own view: the organisation that keeps their record, their consents and who looked at their data.' })
export class ClientOwnView {
  @Field(() => String, { description: 'The organisation that registered the client (their worker)' })
  ownerOrganisationName: string;

  @Field(() => Date, { description: 'When this view closes; then the client asks for a new code' })
  endsAt: Date;
}
