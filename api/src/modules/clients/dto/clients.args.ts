import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../../common';

export enum ClientRelation {
  OWN = 'OWN',
  SHARED = 'SHARED',
  ALL = 'ALL',
}
registerEnumType(ClientRelation, { name: 'ClientRelation', description: 'OWN: registered by your organisation; SHARED: shared with you by consent' });

@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the pseudonym' })
  @IsOptional()
  @MaxLength(80)
  search?: string | null;

  @Field(() => ClientRelation, { defaultValue: ClientRelation.ALL })
  relation: ClientRelation = ClientRelation.ALL;
}
