import { Field, ID, ObjectType } from 'type-graphql';
import { NoClientData } from '../../access';

/** A member of the viewer's own organisation, to say who went out. */
@NoClientData('a worker of your own organisation, not a client')
@ObjectType({ description: 'A colleague who can be named as having gone on an outreach session.' })
export class OutreachColleague {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}
