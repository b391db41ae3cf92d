import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityStatus, ServiceCategory, ServiceDetailFieldsFragment, TargetGroup } from '../../generated/graphql';
import { Button, Checkbox, CheckboxGroup, ErrorMessage, Field, Loading, Select, TextArea } from '../../ui';
import { RequirementsEditor, type RequirementDraft } from './RequirementsEditor';
import { CreateServiceMutation, ServiceFormOrganisationQuery, UpdateServiceMutation } from './service-map.graphql';
import { useLabels } from './taxonomy';
import { MAX_WAITING_DAYS } from '../../../../shared/listing-rules';

interface Values {
  name: string;
  alternateName: string;
  description: string;
  categories: string[];
  targetGroups: string[];
  minimumAge: string;
  maximumAge: string;
  eligibility: string;
  schedule: string;
  languages: string[];
  fees: string;
  applicationProcess: string;
  anonymousAccess: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  locationIds: string[];
  serviceAreas: string[];
  capacityStatus: CapacityStatus;
  waitingDays: string;
  requirements: RequirementDraft[];
}

function initialValues(service?: ServiceDetailFieldsFragment): Values {
  return {
    name: service?.name ?? '',
    alternateName: service?.alternateName ?? '',
    description: service?.description ?? '',
    categories: service?.categories ?? [],
    targetGroups: service?.targetGroups ?? [],
    minimumAge: service?.minimumAge?.toString() ?? '',
    maximumAge: service?.maximumAge?.toString() ?? '',
    eligibility: service?.eligibility ?? '',
    schedule: service?.schedule ?? '',
    languages: service?.languages ?? [],
    fees: service?.fees ?? '',
    applicationProcess: service?.applicationProcess ?? '',
    anonymousAccess: service?.anonymousAccess ?? false,
    contactName: service?.contactName ?? '',
    contactEmail: service?.contactEmail ?? '',
    contactPhone: service?.contactPhone ?? '',
    website: service?.website ?? '',
    locationIds: service?.locations.map((l) => l.id) ?? [],
    serviceAreas: service?.serviceAreas ?? [],
    capacityStatus: service?.capacityStatus ?? 'AVAILABLE',
    waitingDays: service?.waitingDays?.toString() ?? '',
    requirements: (service?.requirements ?? []).map((r) => ({ key: r.id, id: r.id, kind: r.kind, text: r.text, notEligibleWhenNo: r.notEligibleWhenNo })),
  };
}

const optional = (s: string) => (s.trim() === '' ? null : s.trim());
const optionalInt = (s: string) => (s.trim() === '' ? null : Number(s));

/** The full listing form: a new service of `organisationId`, or changes to `service`. */
export function ServiceForm({
  organisationId,
  service,
  onSaved,
}: {
  organisationId: string;
  service?: ServiceDetailFieldsFragment;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation('serviceMap');
  const labels = useLabels();
  const [values, setValues] = useState<Values>(() => initialValues(service));
  const [nameError, setNameError] = useState<string | null>(null);
  const [requirementErrors, setRequirementErrors] = useState(false);
  const org = useQuery(ServiceFormOrganisationQuery, { variables: { id: organisationId } });
  const [create, createState] = useMutation(CreateServiceMutation);
  const [update, updateState] = useMutation(UpdateServiceMutation);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const text = (key: keyof Values) => ({ value: values[key] as string, onChange: (e: { target: { value: string } }) => set(key)(e.target.value) });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values.name.trim()) {
      setNameError(t('form.nameRequired'));
      return;
    }
    setNameError(null);
    const incomplete = values.requirements.some((r) => !r.text.trim());
    setRequirementErrors(incomplete);
    if (incomplete) return;
    const input = {
      name: values.name.trim(),
      alternateName: optional(values.alternateName),
      description: values.description,
      categories: values.categories as ServiceCategory[],
      targetGroups: values.targetGroups as TargetGroup[],
      minimumAge: optionalInt(values.minimumAge),
      maximumAge: optionalInt(values.maximumAge),
      eligibility: values.eligibility,
      schedule: values.schedule,
      languages: values.languages,
      fees: values.fees,
      applicationProcess: values.applicationProcess,
      anonymousAccess: values.anonymousAccess,
      contactName: optional(values.contactName),
      contactEmail: optional(values.contactEmail),
      contactPhone: optional(values.contactPhone),
      website: optional(values.website),
      locationIds: values.locationIds,
      serviceAreas: values.serviceAreas,
      capacityStatus: values.capacityStatus,
      waitingDays: optionalInt(values.waitingDays),
      requirements: values.requirements.map((r) => ({
        id: r.id,
        kind: r.kind,
        text: r.text.trim(),
        notEligibleWhenNo: r.kind === 'QUESTION' && r.notEligibleWhenNo,
      })),
    };
    try {
      if (service) {
        const result = await update({ variables: { id: service.id, input } });
        onSaved(result.data!.updateService.id);
      } else {
        const result = await create({ variables: { input: { ...input, organisationId } } });
        onSaved(result.data!.createService.id);
      }
    } catch {
      // shown by ErrorMessage
    }
  }

  if (org.loading && !org.data) return <Loading />;
  const locations = org.data?.organisation?.locations ?? [];
  const busy = createState.loading || updateState.loading;

  return (
    <form onSubmit={submit} noValidate className="panel">
      <div className="form-grid">
        <Field label={t('form.name')} required {...text('name')} error={nameError} />
        <Field label={t('form.alternateName')} {...text('alternateName')} />
      </div>
      <TextArea label={t('form.description')} {...text('description')} />
      <CheckboxGroup
        legend={t('form.categories')}
        name="categories"
        options={labels.categoryOptions()}
        value={values.categories}
        onChange={set('categories')}
      />
      <CheckboxGroup
        legend={t('form.targetGroups')}
        name="targetGroups"
        options={labels.targetGroupOptions()}
        value={values.targetGroups}
        onChange={set('targetGroups')}
      />
      <div className="form-grid">
        <Field label={t('form.minimumAge')} type="number" min={0} max={120} inputMode="numeric" {...text('minimumAge')} />
        <Field label={t('form.maximumAge')} type="number" min={0} max={120} inputMode="numeric" {...text('maximumAge')} />
      </div>
      <TextArea label={t('form.eligibility')} {...text('eligibility')} />
      <RequirementsEditor value={values.requirements} onChange={set('requirements')} showErrors={requirementErrors} />
      <Checkbox label={t('form.anonymousAccess')} checked={values.anonymousAccess} onChange={(e) => set('anonymousAccess')(e.target.checked)} />
      <TextArea label={t('form.schedule')} {...text('schedule')} />
      <CheckboxGroup legend={t('form.languages')} name="languages" options={labels.languageOptions()} value={values.languages} onChange={set('languages')} />
      <TextArea label={t('form.fees')} {...text('fees')} />
      <TextArea label={t('form.applicationProcess')} {...text('applicationProcess')} />
      <div className="form-grid">
        <Field label={t('form.contactName')} autoComplete="off" {...text('contactName')} />
        <Field label={t('form.contactEmail')} type="email" autoComplete="off" {...text('contactEmail')} />
        <Field label={t('form.contactPhone')} type="tel" autoComplete="off" {...text('contactPhone')} />
        <Field label={t('form.website')} type="url" {...text('website')} />
      </div>
      {locations.length ? (
        <CheckboxGroup
          legend={t('form.locations')}
          name="locations"
          options={locations.map((l) => ({ value: l.id, label: `${l.name} (${l.city})` }))}
          value={values.locationIds}
          onChange={set('locationIds')}
        />
      ) : (
        <p>{t('form.noLocations')}</p>
      )}
      <CheckboxGroup
        legend={t('form.serviceAreas')}
        name="serviceAreas"
        options={labels.regionOptions()}
        value={values.serviceAreas}
        onChange={set('serviceAreas')}
      />
      <div className="form-grid">
        <Select
          label={t('form.capacityStatus')}
          value={values.capacityStatus}
          onChange={(e) => set('capacityStatus')(e.target.value as CapacityStatus)}
          options={labels.capacityOptions()}
        />
        <Field label={t('form.waitingDays')} type="number" min={0} max={MAX_WAITING_DAYS} inputMode="numeric" {...text('waitingDays')} />
      </div>
      <ErrorMessage error={createState.error ?? updateState.error} />
      <p className="field__hint">{t('form.saveHint')}</p>
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('form.save')}
        </Button>
      </div>
    </form>
  );
}
