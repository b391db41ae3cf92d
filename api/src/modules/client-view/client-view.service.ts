import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { row, type ClientSessionViewer, restrictToAllowed, Scope, AuditOperation, type AuditEntry } from '../../access';
import { BrugError, forbidden, notFound, unauthenticated, isUuid, type Page, type PageArgs } from '../../common';
import type { RequestContext } from '../../context';
import { AuditService } from '../audit';
import { ClientService, refuseErased, sectionByKey, sectionKey } from '../clients';
import { Consent, ConsentService } from '../consent';
import { LoginThrottler, type ThrottleKey } from '../identity';
import { Organisation } from '../service-map';
import { ClientViewCode } from './client-view-code.entity';

export const CLIENT_VIEW_COOKIE = 'brug_client_view';
/** Client-view tokens start with this, so a Bearer token says by itself which kind of session it is. */
export const CLIENT_VIEW_TOKEN_PREFIX = 'cv_';
/** A client-view session lasts this long; then the client asks their worker for a new code. */
export const CLIENT_VIEW_SESSION_MINUTES = 30;
/** An unused code opens nothing after this many hours. */
export const CODE_REDEEM_HOURS = 24;
/** No 0/O, 1/I/L: read aloud, typed on a phone or copied from a card without mix-ups. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** 12 characters of 31 (~59 bits), shown in groups of four: `ABCD-EFGH-JKMN`. */
export function newCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What the client typed, as stored: upper case, separators and spaces dropped. */
export function normaliseCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 64);
}

export const isClientViewToken = (token: string | undefined): token is string => !!token?.startsWith(CLIENT_VIEW_TOKEN_PREFIX);

/**
 * Who holds this client-view token: the session of a code that was used, is not revoked and has
 * not ended. Runs before the request knows anything else (no row-level security setting yet):
 * the table holds no client data, only hashes and ids.
 */
export async function resolveClientSession(em: EntityManager, token: string, now: Date): Promise<ClientSessionViewer | null> {
  const rows: { id: string; client_id: string; owner_organisation_id: string; session_ends_at: Date }[] = await em.query(
    // Before anyone is known: the one row of this token, through a function (row-level security).
    `SELECT id, client_id, owner_organisation_id, session_ends_at FROM brug_client_view_session($1, $2)`,
    [sha256(token), now],
  );
  const found = rows.at(0);
  return found
    ? { codeId: found.id, clientId: found.client_id, ownerOrganisationId: found.owner_organisation_id, endsAt: new Date(found.session_ends_at) }
    : null;
}

/** Issued to the worker once: the code itself is never stored and never shown again. */
export interface IssuedCode {
  code: string;
  record: ClientViewCode;
}

/**
 * The client's own view, without an account. The owning organisation makes a one-time code and
 * may revoke it; the client opens a 30-minute session with it (guessing is throttled like
 * sign-in) and sees, through the one ability (a client-session viewer), their consents and who
 * looked at their data, and can withdraw a consent through the consent module's one revocation.
 */
export class ClientViewService {
  constructor(private readonly ctx: RequestContext) {}

  // ------------------------------------------------------------------ the worker's side

  /** Whether the client's phone may be read by someone else (the CONTACT section's safe-contact rule). */
  async phoneMayBeReadByOthers(clientId: string): Promise<boolean> {
    const section = await this.ctx.loader(sectionByKey).load(sectionKey(clientId, Scope.CONTACT));
    return (section?.data as { phoneMayBeReadByOthers?: boolean } | undefined)?.phoneMayBeReadByOthers === true;
  }

  async codes(clientId: string): Promise<ClientViewCode[]> {
    const client = await this.ownClient(clientId);
    return this.ctx.em.find(ClientViewCode, { where: { clientId: client.id }, order: { createdAt: 'DESC' }, take: 20 });
  }

  /**
   * A new code for the client; any earlier code (and the session it opened) stops working. When
   * the client's phone may be read by someone else, the worker must have seen that warning.
   */
  async issue(clientId: string, phoneWarningSeen: boolean): Promise<IssuedCode> {
    const { ctx } = this;
    const client = refuseErased(await this.ownClient(clientId, true));
    const phoneRisk = await this.phoneMayBeReadByOthers(client.id);
    await ctx.audit.access({ clientId: client.id, scopes: [Scope.CONTACT], operation: AuditOperation.READ, action: 'createClientViewCode' });
    if (phoneRisk && !phoneWarningSeen) {
      throw new BrugError(
        'CONFLICT',
        "Someone else may read this client's phone: a code opened on it shows who sees their record. Talk it through with the client first, then confirm.",
        { reason: 'PHONE_MAY_BE_READ_BY_OTHERS' },
      );
    }
    await ctx.em.query(
      `UPDATE client_view_codes SET revoked_at = $2, revoked_by_name = $3
        WHERE client_id = $1 AND revoked_at IS NULL AND (redeemed_at IS NULL AND redeem_by > $2 OR session_ends_at > $2)`,
      [client.id, ctx.now, ctx.actorName],
    );
    const code = newCode();
    const record = ctx.em.create(ClientViewCode, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      codeHash: sha256(normaliseCode(code)),
      createdAt: ctx.now,
      createdByUserId: ctx.viewer!.userId,
      createdByName: ctx.viewer!.displayName,
      redeemBy: new Date(ctx.now.getTime() + CODE_REDEEM_HOURS * 3600_000),
    });
    await ctx.em.insert(ClientViewCode, record);
    return { code, record: await ctx.em.findOneByOrFail(ClientViewCode, { id: record.id }) };
  }

  /** Stops a code from working, and closes the client view it opened (from the next request on). */
  async revokeCode(id: string): Promise<ClientViewCode> {
    const { ctx } = this;
    const code = isUuid(id) ? await ctx.em.findOneBy(ClientViewCode, { id }) : null;
    if (!code) throw notFound('Code');
    await this.ownClient(code.clientId);
    await ctx.em.query(`UPDATE client_view_codes SET revoked_at = $2, revoked_by_name = $3 WHERE id = $1 AND revoked_at IS NULL`, [
      code.id,
      ctx.now,
      ctx.actorName,
    ]);
    return ctx.em.findOneByOrFail(ClientViewCode, { id: code.id });
  }

  /** The client, for the organisation that may manage who sees it (the owner); NOT_FOUND for anyone else who cannot see it. */
  private async ownClient(clientId: string, lock = false) {
    const client = await new ClientService(this.ctx).findVisible(clientId, lock);
    if (!(await this.ctx.ability()).can('share', row('Client', client)))
      throw forbidden('Only the organisation that registered the client can give the client a code for their own view.');
    return client;
  }

  // ------------------------------------------------------------------ the client's side

  /**
   * Opens the client's view with a code (once): a 30-minute session, as an httpOnly cookie for
   * the browser and a token for API clients. Wrong codes count against the client address like
   * failed sign-ins (the identity module's throttle), and lock it the same way.
   */
  async open(codeInput: string): Promise<{ token: string; endsAt: Date }> {
    const { ctx } = this;
    if (ctx.viewer) throw forbidden("This is the client's own view: open it on the client's phone, where no worker is signed in.");
    const keys: ThrottleKey[] = [{ key: `client-view:${ctx.clientAddress ?? 'unknown'}`, maxFailures: ctx.config.loginThrottle.accountMaxFailures }];
    const throttler = new LoginThrottler(ctx.em, ctx.deps.dataSource, ctx.config.loginThrottle);
    await throttler.check(keys, ctx.now, 'codes');
    const normalised = normaliseCode(codeInput);
    const token = `${CLIENT_VIEW_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const endsAt = new Date(ctx.now.getTime() + CLIENT_VIEW_SESSION_MINUTES * 60_000);
    // Before anyone is known: the one row of this code, redeemed through a function (row-level security).
    const opened = await ctx.em.query<{ id: string; client_id: string; owner_organisation_id: string }[]>(
      `SELECT id, client_id, owner_organisation_id FROM brug_open_client_view($1, $2, $3, $4)`,
      [sha256(normalised), ctx.now, sha256(token), endsAt],
    );
    if (!opened.length) {
      await throttler.recordFailure(keys, ctx.now);
      throw unauthenticated('This code does not open anything. Check it, or ask your worker for a new one (a code works once).');
    }
    const session = { codeId: opened[0].id, clientId: opened[0].client_id, ownerOrganisationId: opened[0].owner_organisation_id, endsAt };
    await this.actAs(session);
    await ctx.audit.access({ clientId: session.clientId, scopes: [], operation: AuditOperation.READ, action: 'openClientView' });
    ctx.cookies.set(CLIENT_VIEW_COOKIE, token, { maxAgeSeconds: CLIENT_VIEW_SESSION_MINUTES * 60 });
    return { token, endsAt };
  }

  /** The client is done: the session ends now. */
  async close(): Promise<boolean> {
    const { ctx } = this;
    const session = this.session();
    await ctx.em.query(`UPDATE client_view_codes SET session_ends_at = LEAST(session_ends_at, $2) WHERE id = $1`, [session.codeId, ctx.now]);
    ctx.cookies.clear(CLIENT_VIEW_COOKIE);
    return true;
  }

  session(): ClientSessionViewer {
    const session = this.ctx.clientSession;
    if (!session || this.ctx.viewer) throw unauthenticated('This page needs the code your worker gave you.');
    return session;
  }

  async ownerOrganisationName(): Promise<string> {
    const org = await this.ctx.em.findOneByOrFail(Organisation, { id: this.session().ownerOrganisationId });
    return org.name;
  }

  /** Every consent the client gave, newest first: which organisation, which sections, until when, and how it ended. */
  async consents(action: string): Promise<Consent[]> {
    const { ctx } = this;
    const session = this.session();
    const qb = ctx.em.createQueryBuilder(Consent, 'k').where('k.client_id = :clientId', { clientId: session.clientId });
    if (!(await restrictToAllowed(ctx, qb, 'read', 'Consent', 'k'))) return [];
    const consents = await qb.orderBy('k.recorded_at', 'DESC').addOrderBy('k.id', 'DESC').getMany();
    await ctx.audit.access({ clientId: session.clientId, scopes: [], operation: AuditOperation.READ, action });
    return consents;
  }

  /** "Who saw my data": the same grouped lines the owning organisation prints for the client. */
  async whoSaw(page: PageArgs, action: string): Promise<Page<AuditEntry>> {
    const { ctx } = this;
    const session = this.session();
    if (!(await ctx.ability()).can('readAudit', row('Client', { id: session.clientId }))) throw forbidden();
    await ctx.audit.access({ clientId: session.clientId, scopes: [], operation: AuditOperation.AUDIT_READ, action });
    return new AuditService(ctx).lines(session.clientId, page, true);
  }

  /** Withdraws a consent through the consent module's one revocation, recorded as done by the client. */
  withdraw(consentId: string): Promise<Consent> {
    this.session();
    return new ConsentService(this.ctx).revoke(consentId, null, 'withdrawMyConsent');
  }

  /** From the moment the code is used, this request acts as the client (audit, row-level security). */
  private async actAs(session: ClientSessionViewer): Promise<void> {
    this.ctx.clientSession = session;
    this.ctx.resetAccess();
    await this.ctx.em.query(`SELECT set_config('brug.client_id', $1, true)`, [session.clientId]);
  }
}
