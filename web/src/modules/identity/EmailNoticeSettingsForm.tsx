import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, ErrorMessage, Loading, Select, SuccessMessage } from '../../ui';
import { EmailNoticeSettingsQuery, SetEmailNoticeSettingsMutation } from './identity.graphql';

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));

/** The user's own e-mail notices of new referrals: on or off, and optional quiet hours. */
export function EmailNoticeSettingsForm() {
  const { t } = useTranslation('identity');
  const { data, loading, error } = useQuery(EmailNoticeSettingsQuery);
  const [save, saving] = useMutation(SetEmailNoticeSettingsMutation);
  const settings = data?.emailNoticeSettings;
  const [draft, setDraft] = useState<{ enabled: boolean; quiet: boolean; start: string; end: string } | null>(null);
  const [saved, setSaved] = useState(false);
  if (loading) return <Loading />;
  if (error || !settings) return <ErrorMessage error={error} />;
  const form = draft ?? {
    enabled: settings.enabled,
    quiet: settings.quietHoursStart != null,
    start: String(settings.quietHoursStart ?? 22),
    end: String(settings.quietHoursEnd ?? 7),
  };
  const change = (next: Partial<typeof form>) => {
    setSaved(false);
    setDraft({ ...form, ...next });
  };
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const result = await save({
      variables: {
        input: {
          enabled: form.enabled,
          quietHoursStart: form.quiet ? Number(form.start) : null,
          quietHoursEnd: form.quiet ? Number(form.end) : null,
          timeZone: settings.timeZone,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setDraft(null);
      setSaved(true);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <p>{t('emailNotices.intro')}</p>
      {!settings.available ? <p>{t('emailNotices.unavailable')}</p> : null}
      <Checkbox label={t('emailNotices.enabled')} checked={form.enabled} onChange={(e) => change({ enabled: e.target.checked })} />
      <Checkbox label={t('emailNotices.quiet')} checked={form.quiet} disabled={!form.enabled} onChange={(e) => change({ quiet: e.target.checked })} />
      {form.enabled && form.quiet ? (
        <>
          <Select label={t('emailNotices.from')} options={HOURS} value={form.start} onChange={(e) => change({ start: e.target.value })} />
          <Select label={t('emailNotices.until')} options={HOURS} value={form.end} onChange={(e) => change({ end: e.target.value })} />
          <p className="field__hint">{t('emailNotices.timeZone', { zone: settings.timeZone })}</p>
        </>
      ) : null}
      {saving.error ? <ErrorMessage error={saving.error} /> : null}
      {saved ? <SuccessMessage>{t('emailNotices.saved')}</SuccessMessage> : null}
      <Button type="submit" disabled={saving.loading}>
        {t('emailNotices.save')}
      </Button>
    </form>
  );
}
