import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole, OrganisationQuery } from '../../generated/graphql';
import { Button, Dialog, ErrorMessage, Field, Select, SuccessMessage, useFormat } from '../../ui';
import { InvitationCode } from './InvitationCode';
import {
  ChangeMemberRoleMutation,
  InviteMemberMutation,
  OrganisationQuery as OrganisationDocument,
  RemoveMemberMutation,
  RevokeInvitationMutation,
} from './organisations.graphql';

type Org = NonNullable<OrganisationQuery['organisation']>;
const ROLES: MemberRole[] = ['WORKER', 'ORG_ADMIN'];

export function OrganisationMembers({ organisation }: { organisation: Org }) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  const [inviting, setInviting] = useState(false);
  const [changeRole, changeState] = useMutation(ChangeMemberRoleMutation);
  const [revoke, revokeState] = useMutation(RevokeInvitationMutation, {
    refetchQueries: [{ query: OrganisationDocument, variables: { id: organisation.id } }],
  });
  const [remove, removeState] = useMutation(RemoveMemberMutation, { refetchQueries: [{ query: OrganisationDocument, variables: { id: organisation.id } }] });
  const [removing, setRemoving] = useState<Org['members'][number] | null>(null);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));

  return (
    <>
      <div className="form-actions">
        <Button onClick={() => setInviting(true)}>{t('members.invite')}</Button>
      </div>
      <ErrorMessage error={changeState.error ?? revokeState.error ?? removeState.error} />
      {changeState.data && !changeState.error ? <SuccessMessage>{t('members.roleChanged')}</SuccessMessage> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.email')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.since')}</th>
            <th scope="col">{t('members.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {organisation.members.map((m) => (
            <tr key={m.id}>
              <td>{m.user.displayName}</td>
              <td>{m.user.email}</td>
              <td>
                <Select
                  label={<span className="visually-hidden">{t('members.roleOf', { name: m.user.displayName })}</span>}
                  value={m.role}
                  disabled={changeState.loading}
                  onChange={(e) => void changeRole({ variables: { membershipId: m.id, role: e.target.value as MemberRole } }).catch(() => undefined)}
                  options={roleOptions}
                />
              </td>
              <td>{format.date(m.createdAt)}</td>
              <td>
                <Button small variant="danger" aria-label={t('members.removeLabel', { name: m.user.displayName })} onClick={() => setRemoving(m)}>
                  {t('members.remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {organisation.pendingInvitations.length ? (
        <>
          <h3>{t('members.pending')}</h3>
          <ul className="cards">
            {organisation.pendingInvitations.map((i) => (
              <li key={i.id} className="card">
                <p className="card__meta">
                  <strong>{i.displayName ?? i.email ?? '—'}</strong>
                  {i.email ? <span>{i.email}</span> : null}
                  <span>{t(`role.${i.role}`)}</span>
                  <span>{t('members.expires', { date: format.date(i.expiresAt) })}</span>
                </p>
                <Button
                  small
                  variant="danger"
                  aria-label={t('members.revokeLabel', { name: i.displayName ?? i.email ?? '' })}
                  onClick={() => void revoke({ variables: { id: i.id } }).catch(() => undefined)}
                >
                  {t('members.revoke')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Dialog open={removing !== null} title={t('members.removeTitle', { name: removing?.user.displayName ?? '' })} onClose={() => setRemoving(null)}>
        <p>{t('members.removeText', { name: removing?.user.displayName ?? '' })}</p>
        <div className="form-actions">
          <Button
            variant="danger"
            disabled={removeState.loading}
            onClick={async () => {
              if (removing) await remove({ variables: { membershipId: removing.id } }).catch(() => undefined);
              setRemoving(null);
            }}
          >
            {t('members.remove')}
          </Button>
        </div>
      </Dialog>
      <Dialog open={inviting} title={t('invite.title')} onClose={() => setInviting(false)}>
        <InviteMemberForm organisationId={organisation.id} />
      </Dialog>
    </>
  );
}

function InviteMemberForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('WORKER');
  const [invite, { data, loading, error }] = useMutation(InviteMemberMutation, {
    refetchQueries: [{ query: OrganisationDocument, variables: { id: organisationId } }],
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await invite({ variables: { organisationId, role, displayName: displayName.trim() || null, email: email.trim() || null } }).catch(() => undefined);
  }

  const code = data?.inviteMember.code;
  if (code) return <InvitationCode code={code} message={t('invite.created')} />;
  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('invite.displayName')} value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="off" />
      <Field label={t('invite.email')} hint={t('invite.emailHint')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      <Select
        label={t('invite.role')}
        value={role}
        onChange={(e) => setRole(e.target.value as MemberRole)}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
      <ErrorMessage error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('invite.submit')}
        </Button>
      </div>
    </form>
  );
}
