import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs } from '../../common';
import type { RequestContext } from '../../context';
import { ContactNote } from './contact-note.entity';
import { ContactNoteService } from './contact-note.service';
import { AddNoteInput } from './dto/note.input';

@ObjectType('ContactNoteConnection')
export class ContactNoteConnection extends Connection(ContactNote, 'ContactNote') {}

@ArgsType()
class NotesArgs extends PageArgs {
  @Field(() => ID)
  clientId: string;
}

/** Contact notes: written by the client's organisation and those whose consent includes NOTES. */
@Resolver(() => ContactNote)
export class ContactNoteResolver {
  @Authorized()
  @Mutation(() => ContactNote, { description: 'Writes a contact note (owner, or an organisation whose consent includes NOTES).' })
  addNote(@Arg('input', () => AddNoteInput) input: AddNoteInput, @Ctx() ctx: RequestContext): Promise<ContactNote> {
    return new ContactNoteService(ctx).add(input);
  }

  @Authorized()
  @Query(() => ContactNoteConnection, {
    description: "A client's contact notes you may read (owner: all; others: with NOTES consent, plus their own), latest contact first.",
  })
  notes(@Args(() => NotesArgs) { clientId, ...page }: NotesArgs, @Ctx() ctx: RequestContext) {
    return new ContactNoteService(ctx).list(clientId, page);
  }
}
