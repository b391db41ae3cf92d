import { createHash, randomUUID } from 'node:crypto';
import { row, restrictToAllowed, ALL_SCOPES, AuditOperation } from '../../access';
import type { Config } from '../../config';
import { badInput, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import { ClientService, refuseErased, touch } from '../clients';
import { ClientDocument, DocumentKind } from './client-document.entity';
import { detectType, DOCUMENT_TYPES, openFile, sealFile } from './document-crypto';
import { enumValue } from '../../common';

/** The largest document Brug stores (a scan of a few pages). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/**
 * The key that wraps every document's own key: BRUG_SECRET_KEY. Without it (the embedded
 * database only: main.ts refuses to start on DATABASE_URL without one) a development key
 * derived from the data folder, so two local installations do not share one.
 */
export function documentMasterKey(config: Config): Buffer {
  if (!config.secretKeyIsDevelopmentKey) return config.secretKey;
  return createHash('sha256').update(`brug-development-documents:${config.dataDir}`).digest();
}

export interface NewDocument {
  clientId: string;
  scope: string;
  kind: string;
  title: string;
  content: Buffer;
}

export interface DocumentDownload {
  document: ClientDocument;
  content: Buffer;
  filename: string;
}

/** Documents attached to a client: encrypted at rest, opened only through the one ability (per section) and audited. */
export class DocumentService {
  constructor(private readonly ctx: RequestContext) {}

  async attach(input: NewDocument): Promise<ClientDocument> {
    const { ctx } = this;
    const client = refuseErased(await new ClientService(ctx).findVisible(input.clientId, true));
    if (!(await ctx.ability()).can('create', row('ClientDocument', { ownerOrganisationId: client.ownerOrganisationId, clientId: client.id }))) {
      throw forbidden('Only the organisation that registered the client can attach documents.');
    }
    const scope = enumValue(ALL_SCOPES, input.scope);
    if (!scope) throw badInput('scope', `choose the section the document belongs to (${ALL_SCOPES.join(', ')}).`);
    const kind = enumValue(DocumentKind, input.kind);
    if (!kind) throw badInput('kind', `choose what it is (${Object.values(DocumentKind).join(', ')}).`);
    const title = input.title.trim();
    if (!title) throw badInput('title', 'say in a few words what the document is.');
    if (title.length > 200) throw badInput('title', 'is too long (at most 200 characters).');
    if (!input.content.length) throw badInput('file', 'the file is empty.');
    if (input.content.length > MAX_DOCUMENT_BYTES) throw badInput('file', 'is too large (at most 5 MB).');
    const type = detectType(input.content);
    if (!type)
      throw badInput(
        'file',
        `this kind of file is not accepted; attach a ${DOCUMENT_TYPES.map((t) => t.extension.toUpperCase()).join(', ')} (checked by its content, not its name).`,
      );
    const sealed = sealFile(documentMasterKey(ctx.config), input.content);
    const viewer = ctx.viewer!;
    const id = randomUUID();
    const document = ctx.em.create(ClientDocument, {
      id,
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      scope,
      kind,
      title,
      mimeType: type.mimeType,
      sizeBytes: input.content.length,
      ...sealed,
      createdAt: ctx.now,
      createdByUserId: viewer.userId,
      createdByName: viewer.displayName,
      createdByOrganisationName: viewer.organisationName,
    });
    await ctx.em.createQueryBuilder().insert().into(ClientDocument).values(document).updateEntity(false).execute();
    await ctx.audit.access({ clientId: client.id, scopes: [scope], operation: AuditOperation.CREATE, action: 'documents.attach' });
    await touch(ctx, client.id);
    return (await this.visible([id]))[0];
  }

  /** The documents the viewer may open (their sections), by id; none for anything else. */
  async visible(ids: string[]): Promise<ClientDocument[]> {
    const qb = this.ctx.em.createQueryBuilder(ClientDocument, 'd').where('d.id = ANY(:ids)', { ids: ids.filter(isUuid) });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'ClientDocument', 'd'))) return [];
    return qb.getMany();
  }

  /** One document's bytes, decrypted, for the viewer who may open it; NOT_FOUND otherwise (as for an unknown id). */
  async download(id: string): Promise<DocumentDownload> {
    const { ctx } = this;
    if (!isUuid(id)) throw notFound('Document');
    const qb = ctx.em.createQueryBuilder(ClientDocument, 'd').addSelect('d.ciphertext').where('d.id = :id', { id });
    const document = (await restrictToAllowed(ctx, qb, 'read', 'ClientDocument', 'd')) ? await qb.getOne() : null;
    if (!document) throw notFound('Document');
    const content = openFile(documentMasterKey(ctx.config), document);
    await ctx.audit.access({ clientId: document.clientId, scopes: [document.scope], operation: AuditOperation.READ, action: 'documents.download' });
    const type = DOCUMENT_TYPES.find((t) => t.mimeType === document.mimeType);
    return { document, content, filename: `brug-document-${document.id.slice(0, 8)}.${type?.extension ?? 'bin'}` };
  }
}
