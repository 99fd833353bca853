import type { DataSummary } from '../../domain/workspace/import-plan';
import type { TFunction } from '../../i18n/messages';
import type { dataMessages } from '../../i18n/messages/data';

/** "2 län, 3 poäng och 1 anteckning" in the current language, and the interviews' entries when there are any. */
export function describeSummary(t: TFunction<typeof dataMessages>, { counties, scores, notes, interview }: DataSummary): string {
  const parts = {
    counties: t('summary.counties', { count: counties }),
    scores: t('summary.scores', { count: scores }),
    notes: t('summary.notes', { count: notes }),
  };
  return interview === 0 ? t('summary.text', parts) : t('summary.textWithInterview', { ...parts, interview: t('summary.interview', { count: interview }) });
}
