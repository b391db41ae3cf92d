import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui';
import { useClientLabels } from '../../clients/labels';
import { fromLocalInput } from '../IntroductionFields';
import { RequirementAnswers } from '../RequirementAnswers';
import type { Receiver } from './receiver';
import { isNotEligible } from '../../../../../shared/requirement-rules';
import { answerTo, type WizardState } from './state';

/** Step 5: everything at a glance before sending. */
export function ReviewStep({ state, clientPseudonym, receiver }: { state: WizardState; clientPseudonym: string; receiver: Receiver }) {
  const { t } = useTranslation('referrals');
  const clientsT = useTranslation('clients').t;
  const clientLabels = useClientLabels();
  const format = useFormat();
  const { service, reason, wishes, urgency, willCall, plannedAt, place, accompaniedBy, scopes, until, method } = state;
  const { organisation, internal, liveConsent, needsConsent } = receiver;
  const summary: [string, ReactNode][] = [
    [t('wizard.client'), clientPseudonym],
    [t('wizard.service'), service ? `${service.name} (${service.organisation.name})` : t('wizard.notFilled')],
    [t('wizard.reason'), reason || t('wizard.notFilled')],
    [t('wizard.wishes'), wishes || t('wizard.notFilled')],
    [t('wizard.urgency'), `${t(`urgency.${urgency}`)}: ${t(`urgencyExplain.${urgency}`)}`],
    [
      t('wizard.introduction'),
      willCall
        ? t('wizard.willCall')
        : [plannedAt ? format.dateTime(fromLocalInput(plannedAt)) : null, place, accompaniedBy].filter(Boolean).join(' · ') || t('wizard.notFilled'),
    ],
    [t('wizard.sections'), scopes.length ? clientLabels.scopes(scopes) : t('detail.none')],
    [
      t('wizard.consent'),
      internal
        ? t('wizard.internal')
        : needsConsent
          ? t('wizard.consentSummary', {
              sections: clientLabels.scopes(scopes),
              date: format.date(`${until}T12:00:00`),
              method: clientsT(`sharing.methodLabel.${method}`),
            })
          : liveConsent && organisation
            ? t('wizard.consentHeld', {
                organisation: organisation.name,
                sections: clientLabels.scopes(liveConsent.scopes),
                date: format.date(liveConsent.validUntil),
              })
            : '—',
    ],
  ];
  const requirements = service?.requirements ?? [];
  return (
    <>
      <dl className="facts">
        {summary.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      {requirements.length ? (
        <>
          <h3>{t('wizard.requirements')}</h3>
          <RequirementAnswers
            answers={requirements.map((r) => {
              const a = answerTo(state, r);
              return { key: r.id, kind: r.kind, text: r.text, ...a, notEligible: isNotEligible(r, a) };
            })}
          />
        </>
      ) : null}
    </>
  );
}
