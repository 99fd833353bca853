import { knownRevisions, type ComparedRules } from '../../domain/change/compared-rules';
import { revisionOfRound } from '../../domain/rules/rule-revision';
import { changeMessages } from '../../i18n/messages/change';
import { useTranslation } from '../../i18n/use-translation';
import { useLoadedInstrument, useRoundHref } from '../../providers/round-in-use';
import { changeHref, type ChangeChoice } from './change-params';

/**
 * Under the note on the rounds' revisions: rate both rounds with one revision the criteria know,
 * or, once one is chosen, go back to each round's own.
 */
export function RevisionChoice({ choice, rules }: { choice: ChangeChoice; rules: ComparedRules }) {
  const { t } = useTranslation(changeMessages);
  const latest = useLoadedInstrument();
  const roundHref = useRoundHref();
  const own = { from: revisionOfRound(choice.from), to: revisionOfRound(choice.to) };
  if (rules.common !== null) {
    return (
      <p>
        <a href={roundHref(changeHref(choice, null))}>
          {own.from === own.to ? t('revisions.ownSame', { revision: own.from }) : t('revisions.own', own)}
        </a>
      </p>
    );
  }
  return (
    <ul aria-label={t('revisions.choicesLabel')}>
      {knownRevisions(latest).map((revision) => (
        <li key={revision}>
          <a href={roundHref(changeHref(choice, revision))}>{t('revisions.choose', { revision })}</a>
        </li>
      ))}
    </ul>
  );
}
