import { useId } from 'react';
import { AGREED } from '../../domain/workspace/changes';
import { ownAssessments } from '../../domain/workspace/own-assessments';
import { toWorkspaceFile } from '../../domain/workspace/workspace-file';
import { dataMessages } from '../../i18n/messages/data';
import { useTranslation } from '../../i18n/use-translation';
import { downloadText, isoDate } from '../../lib/download';
import { useRound } from '../../providers/round-in-use';
import { useHand } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';

/**
 * "Mina bedömningar": the chosen rater's own scores of the round in use, as a workspace file to
 * hand in. Shown only when "Jag är" names a rater; the group has nothing of its own to hand in.
 */
export function OwnAssessmentsDownload() {
  const { t } = useTranslation(dataMessages);
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const { round } = useRound();
  const hand = useHand();
  const rater = useWorkspace((state) => (hand === AGREED ? undefined : state.raters[hand]));
  const hintId = useId();
  if (rater === undefined) return null;

  const download = () => {
    const now = new Date();
    const file = toWorkspaceFile(ownAssessments(workspaceOf(store.getState()), round, hand), instrument, now);
    downloadText(`lansinventering-${round.id}-${hand}-${isoDate(now)}.json`, `${JSON.stringify(file, null, 2)}\n`);
  };
  return (
    <p>
      <button type="button" onClick={download} aria-describedby={hintId}>
        {t('export.own', { rater: rater.name, round: round.name })}
      </button>{' '}
      <span id={hintId} className="field-hint">
        {t('export.ownHint')}
      </span>
    </p>
  );
}
