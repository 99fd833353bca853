import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useRoundHref } from '../../providers/round-in-use';
import { useWorkspace } from '../../providers/services';

/**
 * The way to the county across the rounds, once the workspace has two or more. A count, not the
 * rounds: no score or round edit that leaves the count as it was redraws it.
 */
export function CountyHistoryLink({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation(scoringMessages);
  const roundHref = useRoundHref();
  const rounds = useWorkspace((state) => Object.keys(state.rounds).length);
  if (rounds < 2) return null;
  return (
    <p>
      <a href={roundHref(`#/lan/${countyCode}/forandring`)}>{t('historyLink')}</a>
    </p>
  );
}
