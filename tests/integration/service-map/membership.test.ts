import { startTestApi, TestApi } from '../../support/test-api';

const INVITE = `mutation($org: ID!, $role: MemberRole!, $email: String) { inviteMember(organisationId: $org, role: $role, email: $email) { id code role email expiresAt } }`;
const ACCEPT = `mutation($code: String!, $email: String!, $name: String!, $password: String!) {
  acceptInvitation(code: $code, email: $email, displayName: $name, password: $password) { token user { email displayName activeRole activeOrganisation { name } } }
}`;
const MEMBERS = `query($id: ID!) { organisation(id: $id) { members { id role user { email } } pendingInvitations { id email } } }`;
const PASSWORD = 'a-long-enough-password';

describe('organisation members and invitations', () => {
  let api: TestApi;
  let boysprojectId: string;
  beforeAll(async () => {
    api = await startTestApi();
    [{ id: boysprojectId }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Boysproject'`);
  });
  afterAll(() => api.close());

  it('an admin invites a colleague, who joins with the code once and then signs in', async () => {
    const admin = await api.as('admin@boysproject.test');
    const { inviteMember } = await admin.ok(INVITE, { org: boysprojectId, role: 'WORKER', email: 'Alex@Example.test' });
    expect(inviteMember.code).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    expect(inviteMember.email).toBe('alex@example.test');
    const days = (new Date(inviteMember.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // Only a hash is kept, and the code is not shown again.
    const stored = JSON.stringify(await api.dataSource.query(`SELECT * FROM invitations WHERE id = $1`, [inviteMember.id]));
    expect(stored).not.toContain(inviteMember.code);
    expect(stored).not.toContain(inviteMember.code.replace(/-/g, ''));
    const listed = await admin.ok(MEMBERS, { id: boysprojectId });
    expect(listed.organisation.pendingInvitations).toEqual([{ id: inviteMember.id, email: 'alex@example.test' }]);
    expect(
      (await admin.ok(`query($id: ID!) { organisation(id: $id) { pendingInvitations { code } } }`, { id: boysprojectId })).organisation.pendingInvitations,
    ).toEqual([{ code: null }]);

    const { acceptInvitation } = await api.anonymous.ok(ACCEPT, {
      code: inviteMember.code.toLowerCase(),
      email: 'alex@example.test',
      name: 'Alex (test)',
      password: PASSWORD,
    });
    expect(acceptInvitation.user).toEqual({
      email: 'alex@example.test',
      displayName: 'Alex (test)',
      activeRole: 'WORKER',
      activeOrganisation: { name: 'Boysproject' },
    });

    const again = await api.anonymous.fails(ACCEPT, { code: inviteMember.code, email: 'other@example.test', name: 'Other', password: PASSWORD });
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'code' } });

    const alex = await api.as('alex@example.test', PASSWORD);
    expect((await alex.ok(`{ me { activeRole activeOrganisation { name } } }`)).me).toEqual({
      activeRole: 'WORKER',
      activeOrganisation: { name: 'Boysproject' },
    });
    const after = await admin.ok(MEMBERS, { id: boysprojectId });
    expect(after.organisation.pendingInvitations).toEqual([]);
    expect(after.organisation.members.map((m: { user: { email: string } }) => m.user.email)).toContain('alex@example.test');
  });

  it('an expired or revoked code is refused', async () => {
    const admin = await api.as('admin@boysproject.test');
    const expiring = (await admin.ok(INVITE, { org: boysprojectId, role: 'WORKER' })).inviteMember;
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000).toISOString();
    const late = await api.anonymous
      .withHeaders({ 'x-brug-test-now': eightDaysLater })
      .fails(ACCEPT, { code: expiring.code, email: 'late@example.test', name: 'Late', password: PASSWORD });
    expect(late).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'code' } });

    const revoked = (await admin.ok(INVITE, { org: boysprojectId, role: 'WORKER' })).inviteMember;
    await admin.ok(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: revoked.id });
    expect((await admin.fails(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: revoked.id })).code).toBe('CONFLICT');
    const refused = await api.anonymous.fails(ACCEPT, { code: revoked.code, email: 'revoked@example.test', name: 'Revoked', password: PASSWORD });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect((await api.dataSource.query(`SELECT 1 FROM users WHERE email IN ('late@example.test', 'revoked@example.test')`)).length).toBe(0);
  });

  it('an invitation for one address cannot be taken by another, and a failed attempt does not use it up', async () => {
    const admin = await api.as('admin@boysproject.test');
    const { inviteMember } = await admin.ok(INVITE, { org: boysprojectId, role: 'WORKER', email: 'meant@example.test' });
    const wrong = await api.anonymous.fails(ACCEPT, { code: inviteMember.code, email: 'someone-else@example.test', name: 'X', password: PASSWORD });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'email' } });
    await api.anonymous.ok(ACCEPT, { code: inviteMember.code, email: 'meant@example.test', name: 'Meant', password: PASSWORD });
  });

  it('an existing user joins a second organisation with their own password, and a wrong password is refused', async () => {
    const [{ id: movieraId }] = await api.dataSource.query(`SELECT id FROM organisations WHERE name = 'Moviera'`);
    const movieraAdmin = await api.as('admin@moviera.test');
    const first = (await movieraAdmin.ok(INVITE, { org: movieraId, role: 'WORKER' })).inviteMember;
    const wrong = await api.anonymous.fails(ACCEPT, { code: first.code, email: 'sam@boysproject.test', name: 'Sam', password: 'not-sams-password' });
    expect(wrong.code).toBe('UNAUTHENTICATED');
    const { acceptInvitation } = await api.anonymous.ok(ACCEPT, {
      code: first.code,
      email: 'sam@boysproject.test',
      name: 'ignored',
      password: 'brug-demo-2026',
    });
    expect(acceptInvitation.user).toMatchObject({ displayName: 'Sam (demo)', activeOrganisation: { name: 'Moviera' } });

    const second = (await movieraAdmin.ok(INVITE, { org: movieraId, role: 'WORKER' })).inviteMember;
    expect((await api.anonymous.fails(ACCEPT, { code: second.code, email: 'sam@boysproject.test', name: 'Sam', password: 'brug-demo-2026' })).code).toBe(
      'CONFLICT',
    );
  });

  it('an invitation without an address is only for an existing account: an unknown address is answered like a wrong password, and nothing is made', async () => {
    const { inviteMember } = await (await api.as('admin@boysproject.test')).ok(INVITE, { org: boysprojectId, role: 'WORKER' });
    const unknown = await api.anonymous.fails(ACCEPT, { code: inviteMember.code, email: 'newcomer@example.test', name: 'Newcomer', password: PASSWORD });
    const wrongPassword = await api.anonymous.fails(ACCEPT, { code: inviteMember.code, email: 'noor@moviera.test', name: 'Noor', password: PASSWORD });
    expect(unknown).toEqual(wrongPassword);
    expect(unknown).toEqual({ code: 'UNAUTHENTICATED', message: 'E-mail address or password is not correct.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(await api.dataSource.query(`SELECT 1 FROM users WHERE email = 'newcomer@example.test'`)).toEqual([]);
    // The refused attempts did not use the code up.
    const { acceptInvitation } = await api.anonymous.ok(ACCEPT, {
      code: inviteMember.code,
      email: 'noor@moviera.test',
      name: 'Noor',
      password: 'brug-demo-2026',
    });
    expect(acceptInvitation.user).toMatchObject({ email: 'noor@moviera.test', activeOrganisation: { name: 'Boysproject' } });
  });

  it('a blank name is refused the same way for a known and an unknown address, before any account is looked at', async () => {
    const { inviteMember } = await (await api.as('admin@boysproject.test')).ok(INVITE, { org: boysprojectId, role: 'WORKER' });
    const known = await api.anonymous.fails(ACCEPT, { code: inviteMember.code, email: 'jules@alias.test', name: '   ', password: 'not-the-password' });
    const unknown = await api.anonymous.fails(ACCEPT, { code: inviteMember.code, email: 'nobody@example.test', name: '   ', password: 'not-the-password' });
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'displayName' } });
  });

  it.each([
    [{ password: 'short' }, 'password'],
    [{ email: 'not-an-address' }, 'email'],
    [{ name: '' }, 'displayName'],
    [{ code: '' }, 'code'],
  ])('accepting with %j is answered BAD_USER_INPUT naming %s', async (override, field) => {
    const error = await api.anonymous.fails(ACCEPT, { code: 'AAAAA-BBBBB-CCCCC-DDDDD', email: 'x@example.test', name: 'X', password: PASSWORD, ...override });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field } });
  });

  it('a coordinator admits an organisation whose first admin joins with the invitation and manages it', async () => {
    const coordinator = await api.as('coordinator@brug.test');
    const { createOrganisation } = await coordinator.ok(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name country city } invitation { code role email expiresAt } } }`,
      { input: { name: 'Ghapro (test)', country: 'BE', city: 'Brussel', firstAdmin: { email: 'first@ghapro.test', displayName: 'First Admin' } } },
    );
    expect(createOrganisation.organisation).toMatchObject({ name: 'Ghapro (test)', country: 'BE' });
    expect(createOrganisation.invitation).toMatchObject({ role: 'ORG_ADMIN', email: 'first@ghapro.test', code: expect.any(String) });
    const { acceptInvitation } = await api.anonymous.ok(ACCEPT, {
      code: createOrganisation.invitation.code,
      email: 'first@ghapro.test',
      name: 'First Admin',
      password: PASSWORD,
    });
    expect(acceptInvitation.user.activeRole).toBe('ORG_ADMIN');

    const firstAdmin = await api.as('first@ghapro.test', PASSWORD);
    const { createService } = await firstAdmin.ok(`mutation($input: ServiceInput!) { createService(input: $input) { name canEdit organisation { name } } }`, {
      input: { organisationId: createOrganisation.organisation.id, name: 'Permanence' },
    });
    expect(createService).toEqual({ name: 'Permanence', canEdit: true, organisation: { name: 'Ghapro (test)' } });
  });

  it('an admin changes roles, but the last admin cannot be demoted or removed', async () => {
    const admin = await api.as('admin@boysproject.test');
    const members = async () =>
      (await admin.ok(MEMBERS, { id: boysprojectId })).organisation.members as { id: string; role: string; user: { email: string } }[];
    const adminMembership = (await members()).find((m) => m.user.email === 'admin@boysproject.test')!;
    const samMembership = (await members()).find((m) => m.user.email === 'sam@boysproject.test')!;

    const CHANGE = `mutation($id: ID!, $role: MemberRole!) { changeMemberRole(membershipId: $id, role: $role) { id role user { email } } }`;
    const demoted = await admin.fails(CHANGE, { id: adminMembership.id, role: 'WORKER' });
    expect(demoted.code).toBe('CONFLICT');
    expect((await admin.fails(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: adminMembership.id })).code).toBe('CONFLICT');

    const promoted = await admin.ok(CHANGE, { id: samMembership.id, role: 'ORG_ADMIN' });
    expect(promoted.changeMemberRole).toEqual({ id: samMembership.id, role: 'ORG_ADMIN', user: { email: 'sam@boysproject.test' } });
    // With a second admin, the first may step down.
    await admin.ok(CHANGE, { id: adminMembership.id, role: 'WORKER' });
    const sam = await api.as('sam@boysproject.test');
    expect((await sam.ok(`{ me { activeRole } }`)).me.activeRole).toBe('ORG_ADMIN');
    expect((await sam.fails(CHANGE, { id: samMembership.id, role: 'WORKER' })).code).toBe('CONFLICT');
    await sam.ok(CHANGE, { id: adminMembership.id, role: 'ORG_ADMIN' });
    await sam.ok(CHANGE, { id: samMembership.id, role: 'WORKER' });
  });

  it('a demotion racing another demotion of the only other admin is refused, leaving one admin', async () => {
    const admin = await api.as('admin@boysproject.test');
    const list = async () => (await admin.ok(MEMBERS, { id: boysprojectId })).organisation.members as { id: string; role: string; user: { email: string } }[];
    const CHANGE = `mutation($id: ID!, $role: MemberRole!) { changeMemberRole(membershipId: $id, role: $role) { role } }`;
    const sam = (await list()).find((m) => m.user.email === 'sam@boysproject.test')!;
    await admin.ok(CHANGE, { id: sam.id, role: 'ORG_ADMIN' });
    const robin = (await list()).find((m) => m.user.email === 'admin@boysproject.test')!;

    // Another request demoting Robin is in flight (same steps as the API: lock, then change).
    const other = api.dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [boysprojectId]);
    await other.query(`UPDATE memberships SET role = 'WORKER' WHERE id = $1`, [robin.id]);
    const coordinator = await api.as('coordinator@brug.test');
    const racing = coordinator.request(CHANGE, { id: sam.id, role: 'WORKER' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.commitTransaction();
    await other.release();

    expect((await racing).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [{ admins }] = await api.dataSource.query(`SELECT count(*)::int AS admins FROM memberships WHERE organisation_id = $1 AND role = 'ORG_ADMIN'`, [
      boysprojectId,
    ]);
    expect(admins).toBe(1);
    await api.dataSource.query(`UPDATE memberships SET role = CASE WHEN id = $1 THEN 'ORG_ADMIN' ELSE 'WORKER' END WHERE id IN ($1, $2)`, [robin.id, sam.id]);
  });

  it('a removed member no longer acts for the organisation', async () => {
    const admin = await api.as('admin@boysproject.test');
    const { inviteMember } = await admin.ok(INVITE, { org: boysprojectId, role: 'WORKER', email: 'leaving@example.test' });
    await api.anonymous.ok(ACCEPT, { code: inviteMember.code, email: 'leaving@example.test', name: 'Leaving', password: PASSWORD });
    const leaving = await api.as('leaving@example.test', PASSWORD);
    const { organisation } = await admin.ok(MEMBERS, { id: boysprojectId });
    const membership = organisation.members.find((m: { user: { email: string } }) => m.user.email === 'leaving@example.test');
    expect(await admin.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: membership.id })).toEqual({ removeMember: true });
    expect((await leaving.ok(`{ me { activeRole activeOrganisation { name } } }`)).me).toEqual({ activeRole: null, activeOrganisation: null });
  });
});
