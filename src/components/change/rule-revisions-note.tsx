import type { ReactNode } from 'react';
import type { ComparedRules } from '../../domain/change/compared-rules';
import type { Round } from '../../domain/rounds/round';
import { revisionOfRound } from '../../domain/rules/rule-revision';
import { changeMessages } from '../../i18n/messages/change';
import { useLanguage, useTranslation } from '../../i18n/use-translation';

type Props = { from: Round; to: Round; rules: ComparedRules; children?: ReactNode };

/**
 * What the rounds' revisions of the rule mean for the comparison: nothing is said when both are
 * rated alike with their own; otherwise which revisions, and in which areas no county is
 * comparable, or that both are rated here with one chosen revision. `children` follow the text
 * (the page's choice of a revision).
 */
export function RuleRevisionsNote({ from, to, rules, children }: Props) {
  const { t } = useTranslation(changeMessages);
  const lang = useLanguage();
  const own = { from: revisionOfRound(from), to: revisionOfRound(to) };
  if (rules.common === null && own.from === own.to) return null;
  const areas = new Intl.ListFormat(lang, { type: 'conjunction' }).format(rules.differingAreas);
  return (
    <div className="alert alert--info change-revisions">
      {rules.common !== null ? (
        <p>{t('revisions.common', { revision: rules.common })}</p>
      ) : (
        <p>
          {t('revisions.differ', own)}{' '}
          {rules.differingAreas.length === 0 ? t('revisions.noArea') : t('revisions.areas', { count: rules.differingAreas.length, areas })}
        </p>
      )}
      {children}
    </div>
  );
}
