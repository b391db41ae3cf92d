import { randomBytes } from 'node:crypto';
import { createDataSource, withCredentials } from '../../../api/src/db/data-source';
import { silentLog } from '../../../api/src/common/logger';
import { startServer } from '../../../api/src/server';
import { createFullClient, organisationIds, recordConsent } from '../../support/clients';
import { GraphQLClient } from '../../support/graphql-client';
import { DEMO_PASSWORD, startTestApi, TestApi } from '../../support/test-api';

const MARKER = `Ondertekend toestemmingsformulier ${randomBytes(6).toString('hex')}`;
/** A small PDF whose text is the marker (the content check looks at the first bytes). */
const pdf = (text = MARKER) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n(${text})\n%%EOF\n`, 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

async function upload(who: GraphQLClient, clientId: string, body: Buffer, query: Record<string, string>) {
  const response = await fetch(`${who.baseUrl}/api/clients/${clientId}/documents?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(body),
  });
  return { status: response.status, body: await response.json() };
}

async function download(who: GraphQLClient, id: string) {
  const response = await fetch(`${who.baseUrl}/api/documents/${id}`, { headers: { authorization: `Bearer ${who.token}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('documents, encrypted at rest', () => {
  let api: TestApi;
  let sam: GraphQLClient;
  let lotte: GraphQLClient;
  let noor: GraphQLClient;
  let org: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    org = await organisationIds(api);
    sam = await api.as('sam@boysproject.test');
    lotte = await api.as('lotte@nextstep.test');
    noor = await api.as('noor@moviera.test');
  });
  afterAll(() => api.close());

  it('are stored encrypted: the bytes in the database do not contain the plain text, and the owner gets them back exactly', async () => {
    const clientId = await createFullClient(sam, 'Document versleuteld');
    const { status, body } = await upload(sam, clientId, pdf(), { scope: 'IDENTITY', kind: 'SIGNED_CONSENT_FORM', title: 'Toestemming' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ scope: 'IDENTITY', kind: 'SIGNED_CONSENT_FORM', mimeType: 'application/pdf', sizeBytes: pdf().length });
    const [stored] = await api.dataSource.query(`SELECT t::text AS row, ciphertext FROM client_documents t WHERE id = $1`, [body.id]);
    expect(stored.ciphertext.includes(Buffer.from(MARKER))).toBe(false);
    expect(stored.row).not.toContain(MARKER);
    expect(stored.row).not.toContain(Buffer.from(MARKER).toString('hex'));

    const got = await download(sam, body.id);
    expect(got).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(got.disposition).toMatch(/^attachment; filename="brug-document-[0-9a-f]{8}\.pdf"$/);
    expect(got.bytes.equals(pdf())).toBe(true);
    const audit = await api.dataSource.query(`SELECT operation, scopes FROM audit_entries WHERE client_id = $1 AND action = 'documents.download'`, [clientId]);
    expect(audit).toEqual([{ operation: 'READ', scopes: ['IDENTITY'] }]);
    const { client } = await sam.ok(`query($id: ID!) { client(id: $id) { documents { id title kind scope mimeType sizeBytes createdByName } } }`, {
      id: clientId,
    });
    expect(client.documents).toEqual([
      {
        id: body.id,
        title: 'Toestemming',
        kind: 'SIGNED_CONSENT_FORM',
        scope: 'IDENTITY',
        mimeType: 'application/pdf',
        sizeBytes: pdf().length,
        createdByName: 'Sam (demo)',
      },
    ]);
  });

  it('open by the same consent rule as their section: an organisation without the section gets NOT_FOUND', async () => {
    const clientId = await createFullClient(sam, 'Document per onderdeel');
    const health = (await upload(sam, clientId, PNG, { scope: 'HEALTH', kind: 'LETTER', title: 'Brief van de huisarts' })).body;
    const profile = (await upload(sam, clientId, pdf('profiel'), { scope: 'PROFILE', kind: 'OTHER', title: 'Intakeblad' })).body;
    await recordConsent(sam, { clientId, granteeOrganisationId: org.NextStep, scopes: ['PROFILE'] });
    const denied = await download(lotte, health.id);
    expect(denied.status).toBe(404);
    expect(JSON.parse(denied.bytes.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await download(lotte, profile.id)).status).toBe(200);
    const { client } = await lotte.ok(`query($id: ID!) { client(id: $id) { documents { id title } } }`, { id: clientId });
    expect(client.documents).toEqual([{ id: profile.id, title: 'Intakeblad' }]);
    // No consent at all: as if it did not exist; an unknown id answers the same.
    expect((await download(noor, profile.id)).status).toBe(404);
    expect((await download(noor, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(api.anonymous, profile.id)).status).toBe(404);
    // Only the owner attaches.
    expect((await upload(lotte, clientId, pdf(), { scope: 'PROFILE', kind: 'OTHER', title: 'x' })).status).toBe(403);
    expect((await upload(noor, clientId, pdf(), { scope: 'PROFILE', kind: 'OTHER', title: 'x' })).status).toBe(404);
  });

  it('are accepted by their content, not their name, and up to 5 MB', async () => {
    const clientId = await createFullClient(sam, 'Document soort');
    const text = await upload(sam, clientId, Buffer.from('dit is gewoon tekst, geen pdf'), { scope: 'NOTES', kind: 'LETTER', title: 'brief.pdf' });
    expect(text.status).toBe(400);
    expect(text.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    const html = await upload(sam, clientId, Buffer.from('<html><script>alert(1)</script></html>'), { scope: 'NOTES', kind: 'LETTER', title: 'foto.png' });
    expect(html.status).toBe(400);
    const large = await upload(sam, clientId, Buffer.concat([pdf(), Buffer.alloc(5 * 1024 * 1024)]), { scope: 'NOTES', kind: 'LETTER', title: 'groot' });
    expect(large).toMatchObject({ status: 400, body: { errors: [{ message: 'file: is too large (at most 5 MB).' }] } });
    expect(
      (await upload(sam, clientId, Buffer.concat([pdf(), Buffer.alloc(6 * 1024 * 1024)]), { scope: 'NOTES', kind: 'LETTER', title: 'groter' })).status,
    ).toBe(413);
    expect((await upload(sam, clientId, pdf(), { scope: 'NOPE', kind: 'LETTER', title: 'x' })).status).toBe(400);
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM client_documents WHERE client_id = $1`, [clientId]))[0].n).toBe(0);
  });

  it('a WRITTEN consent points to its signed form; the export lists the documents and erasure removes them', async () => {
    const clientId = await createFullClient(sam, 'Document wissen');
    const form = (await upload(sam, clientId, pdf(), { scope: 'IDENTITY', kind: 'SIGNED_CONSENT_FORM', title: 'Getekend formulier' })).body;
    const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id method signedFormDocumentId } }`;
    const input = {
      clientId,
      granteeOrganisationId: org.NextStep,
      scopes: ['PROFILE'],
      purpose: 'Uitstappen',
      method: 'WRITTEN',
      signedFormDocumentId: form.id,
    };
    expect((await sam.ok(RECORD, { input })).recordConsent).toMatchObject({ method: 'WRITTEN', signedFormDocumentId: form.id });
    expect((await sam.fails(RECORD, { input: { ...input, method: 'VERBAL' } })).code).toBe('BAD_USER_INPUT');
    const other = await createFullClient(sam, 'Document ander');
    expect((await sam.fails(RECORD, { input: { ...input, clientId: other } })).code).toBe('BAD_USER_INPUT');

    const { exportClientData } = await sam.ok(`query($id: ID!) { exportClientData(clientId: $id) }`, { id: clientId });
    expect(exportClientData.documents).toEqual([
      expect.objectContaining({ id: form.id, scope: 'IDENTITY', kind: 'SIGNED_CONSENT_FORM', title: 'Getekend formulier', mimeType: 'application/pdf' }),
    ]);
    expect(JSON.stringify(exportClientData)).not.toContain(MARKER);

    await sam.ok(`mutation($id: ID!) { eraseClient(clientId: $id, reason: "verzoek", confirmPseudonym: "Document wissen") { clientId } }`, { id: clientId });
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM client_documents WHERE client_id = $1`, [clientId]))[0].n).toBe(0);
    expect((await download(sam, form.id)).status).toBe(404);
  });

  it('with a wrong BRUG_SECRET_KEY a document answers a clear error, never garbage', async () => {
    const clientId = await createFullClient(sam, 'Document sleutel');
    const { body } = await upload(sam, clientId, pdf(), { scope: 'PROFILE', kind: 'OTHER', title: 'Sleutel' });
    const appDataSource = createDataSource(withCredentials(api.databaseUrl, 'brug_app', process.env.BRUG_TEST_APP_PASSWORD!), { poolSize: 2 });
    await appDataSource.initialize();
    const server = await startServer(appDataSource, { ...api.config, secretKey: randomBytes(32), secretKeyIsDevelopmentKey: false }, silentLog);
    try {
      const login = await new GraphQLClient(server.url).ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
        e: 'sam@boysproject.test',
        p: DEMO_PASSWORD,
      });
      const got = await download(new GraphQLClient(server.url, login.login.token), body.id);
      expect(got.status).toBe(503);
      expect(got.type).toMatch(/^application\/json/);
      const error = JSON.parse(got.bytes.toString()).errors[0];
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'WRONG_SECRET_KEY' });
      expect(error.message).toMatch(/different BRUG_SECRET_KEY/);
      expect(got.bytes.includes(Buffer.from('%PDF'))).toBe(false);
    } finally {
      await server.stop();
      await appDataSource.destroy();
    }
    // With the right key it opens as before.
    expect((await download(sam, body.id)).bytes.equals(pdf())).toBe(true);
  });
});
