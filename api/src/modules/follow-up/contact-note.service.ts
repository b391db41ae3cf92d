import { canOnClient, restrictToAllowed, Scope, AuditOperation } from '../../access';
import { badInput, forbidden, checkPageSize, cursorCodec, emptyPage, type Page, type PageArgs, toPage } from '../../common';
import type { RequestContext } from '../../context';
import { ContactNote } from './contact-note.entity';
import type { AddNoteInput } from './dto/note.input';
import { refuseErased } from '../clients';
import { auditAccess, recordFollowUpEvent, visibleClient } from './follow-up-access';
import { FollowUpEventKind, NOTE_MAX } from './taxonomy';

/** A contact may be dated a little ahead (clocks differ), never later. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * Contact notes (the NOTES section): written by the owner or an organisation whose consent
 * includes NOTES; read by the owner, the writing organisation and organisations with NOTES.
 */
export class ContactNoteService {
  constructor(private readonly ctx: RequestContext) {}

  async add(input: AddNoteInput): Promise<ContactNote> {
    const { ctx } = this;
    const client = refuseErased(await visibleClient(ctx, input.clientId));
    if (
      !(await canOnClient(ctx, 'create', 'ContactNote', {
        clientId: client.id,
        ownerOrganisationId: client.ownerOrganisationId,
        organisationId: ctx.viewer!.organisationId,
      }))
    ) {
      throw forbidden("The client's consent does not include notes (NOTES) for your organisation.");
    }
    const text = input.text.trim();
    if (!text) throw badInput('text', 'must not be empty.', 'REQUIRED');
    if (text.length > NOTE_MAX) throw badInput('text', `must be at most ${NOTE_MAX} characters.`, 'TOO_LONG', { max: NOTE_MAX });
    const contactAt = input.contactAt ?? ctx.now;
    if (contactAt.getTime() > ctx.now.getTime() + FUTURE_SLACK_MS) throw badInput('contactAt', 'must not be in the future.', 'IN_FUTURE');
    const note = ctx.em.create(ContactNote, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      organisationId: ctx.viewer!.organisationId!,
      organisationName: ctx.viewer!.organisationName ?? '',
      authorUserId: ctx.viewer!.userId,
      authorName: ctx.viewer!.displayName,
      contactAt,
      contactType: input.contactType,
      text,
    });
    await ctx.em.insert(ContactNote, note);
    await recordFollowUpEvent(ctx, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      kind: FollowUpEventKind.NOTE_ADDED,
      scope: Scope.NOTES,
      summary: { noteId: note.id, contactType: note.contactType, contactAt: contactAt.toISOString(), text },
      subjectType: 'ContactNote',
      subjectId: note.id,
      occurredAt: ctx.now,
    });
    await auditAccess(ctx, client.id, [Scope.NOTES], AuditOperation.CREATE, 'addNote');
    return ctx.em.findOneByOrFail(ContactNote, { id: note.id });
  }

  /** The notes of a client the viewer may read, latest contact first; always two statements after the client check. */
  async list(clientId: string, page: PageArgs): Promise<Page<ContactNote>> {
    const { ctx } = this;
    const first = checkPageSize(page.first);
    const cursor = noteCursor.decode(page.after);
    const client = await visibleClient(ctx, clientId);
    await auditAccess(ctx, client.id, [Scope.NOTES], AuditOperation.READ, 'notes');
    const qb = ctx.em.createQueryBuilder(ContactNote, 'n').where('n.client_id = :clientId', { clientId: client.id });
    if (!(await restrictToAllowed(ctx, qb, 'read', 'ContactNote', 'n'))) return emptyPage();
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('(n.contact_at, n.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', { afterAt: cursor[0], afterId: cursor[1] });
    const rows = await qb
      .orderBy('n.contact_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (n) => noteCursor.key([n.contactAt, n.id]));
  }
}

/** Notes page by their contact time, then id. */
const noteCursor = cursorCodec('time', 'uuid');
