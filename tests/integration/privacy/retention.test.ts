import { signInAt } from '../../support/clients';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApi, TestApi } from '../../support/test-api';

const DUE = `query($first: Int!, $after: String) { clientsDueForReview(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id pseudonym lastActivityAt dueForRetentionReview } } }`;

describe('retention review', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    const [{ id: org }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
    // Last activity at six, five and a half, and four years before 2031-06-01; one erased long ago.
    for (const [name, at, erased] of [
      ['Oud', '2025-05-01', false],
      ['Ouder', '2025-01-01', false],
      ['Recent', '2027-06-01', false],
      ['Gewist', '2020-01-01', true],
    ] as const) {
      const [row] = await api.dataSource.query(
        `INSERT INTO clients (pseudonym, owner_organisation_id, last_activity_at, erased_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [`Retentie ${name}`, org, at, erased ? '2021-01-01' : null],
      );
      ids[name] = row.id;
    }
  });
  afterAll(() => api.close());

  /** Signed in at that moment (a session is only alive around its own clock). */
  const at = (email: string, now: string, on: TestApi = api): Promise<GraphQLClient> => signInAt(on, email, new Date(now));

  it('lists the own clients without activity for five years at the request clock, longest inactive first, paged', async () => {
    const later = await at('sam@boysproject.test', '2031-06-01T12:00:00Z');
    const first = (await later.ok(DUE, { first: 1 })).clientsDueForReview;
    const own = first.totalCount;
    expect(first.nodes[0]).toMatchObject({ pseudonym: expect.any(String), dueForRetentionReview: true });
    const all: any[] = [...first.nodes];
    let cursor = first.pageInfo.endCursor;
    while (cursor) {
      const page = (await later.ok(DUE, { first: 2, after: cursor })).clientsDueForReview;
      all.push(...page.nodes);
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(all.length).toBe(own);
    expect(new Set(all.map((c) => c.id)).size).toBe(own);
    const times = all.map((c) => Date.parse(c.lastActivityAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const ours = all.filter((c) => c.pseudonym.startsWith('Retentie')).map((c) => c.pseudonym);
    expect(ours).toEqual(['Retentie Ouder', 'Retentie Oud']);
  });

  it('judges at ctx.now: today none of these is due', async () => {
    const today = await at('sam@boysproject.test', '2027-07-01T12:00:00Z');
    const { clientsDueForReview } = await today.ok(DUE, { first: 100 });
    expect(clientsDueForReview.nodes.map((c: any) => c.pseudonym)).not.toContain('Retentie Oud');
    const { client } = await today.ok(`query($id: ID!) { client(id: $id) { dueForRetentionReview } }`, { id: ids.Ouder });
    expect(client.dueForRetentionReview).toBe(false);
  });

  it('follows BRUG_RETENTION_YEARS', async () => {
    const strict = await startTestApi({ config: { retentionYears: 1 } });
    try {
      const [{ id: org }] = await strict.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
      const [row] = await strict.dataSource.query(
        `INSERT INTO clients (pseudonym, owner_organisation_id, last_activity_at) VALUES ('Retentie Jaar', $1, '2027-05-01') RETURNING id`,
        [org],
      );
      const { client } = await (
        await at('sam@boysproject.test', '2028-06-01T00:00:00Z', strict)
      ).ok(`query($id: ID!) { client(id: $id) { dueForRetentionReview } }`, { id: row.id });
      expect(client.dueForRetentionReview).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it("is the owner's alone: another organisation sees neither the list nor the flag", async () => {
    const lotte = await at('lotte@nextstep.test', '2031-06-01T12:00:00Z');
    const { clientsDueForReview } = await lotte.ok(DUE, { first: 100 });
    expect(clientsDueForReview.nodes.map((c: any) => c.id)).not.toContain(ids.Oud);
    // Milan is shared with NextStep (a live consent today); made long inactive, only his owner is told.
    const [{ id: milan, last_activity_at: was }] = await api.dataSource.query(`SELECT id, last_activity_at FROM clients WHERE pseudonym = 'Milan'`);
    await api.dataSource.query(`UPDATE clients SET last_activity_at = now() - interval '6 years' WHERE id = $1`, [milan]);
    try {
      const flag = `query($id: ID!) { client(id: $id) { dueForRetentionReview } }`;
      expect((await (await api.as('sam@boysproject.test')).ok(flag, { id: milan })).client).toEqual({ dueForRetentionReview: true });
      expect((await (await api.as('lotte@nextstep.test')).ok(flag, { id: milan })).client).toEqual({ dueForRetentionReview: null });
    } finally {
      await api.dataSource.query(`UPDATE clients SET last_activity_at = $2 WHERE id = $1`, [milan, was]);
    }
  });

  it('reading the list is audited per client shown', async () => {
    const before = (await api.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM audit_entries`))[0].id;
    await (await at('sam@boysproject.test', '2031-06-01T12:00:00Z')).ok(DUE, { first: 100 });
    const audited = await api.dataSource.query(`SELECT client_id FROM audit_entries WHERE id > $1 AND action = 'clientsDueForReview'`, [before]);
    expect(audited.map((a: any) => a.client_id)).toEqual(expect.arrayContaining([ids.Oud, ids.Ouder]));
  });
});
