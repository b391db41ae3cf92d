import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SwitchOrganisationMutation } from './identity.graphql';
import { useSession } from './session';

/** For people in more than one organisation: which one they act for (from the next request on). */
export function OrganisationSwitcher() {
  const { t } = useTranslation('app');
  const { viewer, refresh } = useSession();
  const [switchOrganisation, { loading }] = useMutation(SwitchOrganisationMutation);
  const id = useId();
  if (!viewer || viewer.memberships.length < 2) return null;
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('actingFor')}
      </label>
      <select
        id={id}
        value={viewer.activeOrganisation?.id ?? ''}
        disabled={loading}
        onChange={async (e) => {
          await switchOrganisation({ variables: { organisationId: e.target.value } }).catch(() => undefined);
          await refresh();
        }}
      >
        {viewer.memberships.map((m) => (
          <option key={m.id} value={m.organisation.id}>
            {m.organisation.name}
          </option>
        ))}
      </select>
    </div>
  );
}
