import { visibleRaters } from '../../domain/reconcile/visible-raters';
import { EMPTY_ROUND, ratersOf } from '../../domain/workspace/workspace';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useHand } from '../../providers/scoring-hand';
import { useWorkspace } from '../../providers/services';

/**
 * The scores the other raters gave a statement, once they may be seen (`visibleRaters`): "Bo 1,
 * Cecilia 2". Selected as one string, so a statement is redrawn only when that line changes.
 */
export function OthersScores({ countyCode, statementId }: { countyCode: string; statementId: string }) {
  const { t } = useTranslation(scoringMessages);
  const { round } = useRound();
  const hand = useHand();
  const line = useWorkspace((state) => {
    const record = state.data[round.id] ?? EMPTY_ROUND;
    const raters = ratersOf(state);
    const visible = visibleRaters(record, countyCode, hand, raters.map((rater) => rater.id));
    return raters
      .filter((rater) => visible.includes(rater.id))
      .map((rater) => `${rater.name} ${record.raters[rater.id]?.[countyCode]?.scores[statementId] ?? t('others.none')}`)
      .join(', ');
  });
  if (line === '') return null;
  return (
    <p className="statement__others">
      {t('others.label')} {line}
    </p>
  );
}
