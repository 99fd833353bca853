import { useId, useState } from 'react';
import { localize } from '../domain/localize';
import type { Round } from '../domain/rounds/round';
import { changesSince, revisionOfRound } from '../domain/rules/rule-revision';
import { commonMessages } from '../i18n/messages/common';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useInstrument, useWorkspaceStore } from '../providers/services';
import { FocusedStatus } from './focused-status';

/**
 * A round rated with an earlier revision of the rule says so, says what has changed since, and
 * offers to move it to the current revision (one step, undone like any other). `named` puts the
 * round's name in the text, where several rounds are listed.
 */
export function RuleRevisionNotice({ round, named = false }: { round: Round; named?: boolean }) {
  const { t } = useTranslation(commonMessages);
  const lang = useLanguage();
  const { criteria } = useInstrument();
  const store = useWorkspaceStore();
  const [moved, setMoved] = useState(false);
  const textId = useId();
  const revision = revisionOfRound(round);
  const latest = criteria.revision;

  if (revision >= latest) {
    return moved ? (
      <FocusedStatus className="alert alert--info">{t('ruleRevision.moved', { name: round.name, revision: latest })}</FocusedStatus>
    ) : null;
  }
  const move = () => {
    const { id, ...details } = round;
    store.getState().applyStep({ kind: 'round-saved', name: round.name }, [
      { field: 'round', round: id, value: { ...details, ruleRevision: latest } },
    ]);
    setMoved(true);
  };
  return (
    <div className="alert alert--info rule-revision-notice">
      <p id={textId}>
        {named ? t('ruleRevision.textNamed', { name: round.name, revision }) : t('ruleRevision.text', { revision })}{' '}
        {changesSince(criteria, revision).map((entry) => localize(entry.change, lang)).join(' ')}
      </p>
      <button type="button" className="button-secondary" onClick={move} aria-describedby={textId}>
        {t('ruleRevision.move', { revision: latest })}
      </button>
    </div>
  );
}
