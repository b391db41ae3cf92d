import { useTranslation } from 'react-i18next';
import { usePlaceLabels } from '../../ui/places';
import type { FieldSpec } from './section-model';

/** Labels for sections, fields and their coded values in the interface language. */
export function useClientLabels() {
  const { t } = useTranslation('clients');
  const mapLabels = usePlaceLabels();
  const option = (spec: FieldSpec, value: string): string => {
    if (spec.labels === 'language') return mapLabels.language(value);
    if (spec.labels === 'region') return mapLabels.region(value);
    return spec.labels ? t(`${spec.labels}.${value}`, { defaultValue: value }) : value;
  };
  return {
    scope: (s: string) => t(`scope.${s}`, { defaultValue: s }),
    scopes: (list: readonly string[]) => list.map((s) => t(`scope.${s}`, { defaultValue: s })).join(', '),
    field: (name: string) => t(`field.${name}`, { defaultValue: name }),
    option,
    options: (spec: FieldSpec) => {
      const list = (spec.options ?? []).map((value) => ({ value, label: option(spec, value) }));
      return spec.labels === 'language' ? list.sort((a, b) => a.label.localeCompare(b.label)) : list;
    },
    lifeDomain: (d: string) => t(`lifeDomain.${d}`, { defaultValue: d }),
    rating: (r: string | number) => t(`rating.${r}`, { defaultValue: String(r) }),
  };
}
