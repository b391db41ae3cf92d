import { useTranslation } from 'react-i18next';
import type { RequirementKind } from '../../generated/graphql';

export interface ShownAnswer {
  key: string;
  kind: RequirementKind;
  text: string;
  answer: boolean | null | undefined;
  provided: boolean;
  note: string;
  notEligible: boolean;
}

/** The answers to a service's requirements, each beside its question (review step and referral page). */
export function RequirementAnswers({ answers }: { answers: ShownAnswer[] }) {
  const { t } = useTranslation('referrals');
  const word = (a: ShownAnswer) =>
    a.kind === 'QUESTION'
      ? a.answer == null
        ? t('wizard.requirementMissing')
        : a.answer
          ? t('wizard.requirementYes')
          : t('wizard.requirementNo')
      : a.provided
        ? t('wizard.requirementProvided')
        : t('wizard.requirementMissing');
  return (
    <dl className="facts">
      {answers.map((a) => (
        <div key={a.key}>
          <dt>{a.text}</dt>
          <dd className="pre-line">
            <strong>{word(a)}</strong>
            {a.notEligible ? <span className="message message--warning">{t('detail.notEligible')}</span> : null}
            {a.note ? ` — ${a.note}` : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
