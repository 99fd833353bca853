import { useRef } from 'react';
import type { Criteria } from '../../domain/criteria/criteria-schema';
import { localize, type Language } from '../../domain/localize';
import { carriedScore, sourceRoundOf } from '../../domain/rounds/carried-scores';
import { AGREED } from '../../domain/workspace/changes';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useHand } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';

/** "till viss del": the scale's label as it reads inside a sentence. */
function labelOf(scale: Criteria['scale'], value: number, lang: Language): string {
  const step = scale.find((candidate) => candidate.value === value);
  const label = step === undefined ? '' : localize(step.label, lang);
  return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
}

/**
 * Under a statement's scores, while the group's agreed scores are in view: the score carried over
 * from the round this one starts from, marked as not confirmed, with "Bekräfta". The radio group
 * keeps showing the real agreed score (none), so a suggestion is never taken for a score. Its own
 * subscription, so a statement without one is not redrawn by this.
 */
export function CarriedSuggestion({ countyCode, statementId }: { countyCode: string; statementId: string }) {
  const { t } = useTranslation(scoringMessages);
  const lang = useLanguage();
  const { criteria } = useInstrument();
  const store = useWorkspaceStore();
  const { round } = useRound();
  const agreed = useHand() === AGREED;
  const value = useWorkspace((state) => (agreed ? carriedScore(state, round.id, countyCode, statementId) : undefined));
  const source = useWorkspace((state) => (value === undefined ? undefined : sourceRoundOf(state, round.id)?.name));
  const line = useRef<HTMLParagraphElement>(null);
  if (value === undefined || source === undefined) return null;

  const confirm = () => {
    // The button goes once the score is written: the focus goes on to the radio now checked.
    line.current?.closest('fieldset')?.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus();
    store.getState().setScore({ round: round.id, rater: AGREED, county: countyCode, statement: statementId }, value);
  };

  return (
    <p ref={line} className="statement__carried">
      <span>{t('carried.line', { round: source, value, label: labelOf(criteria.scale, value, lang) })}</span>{' '}
      <button type="button" className="button-secondary" onClick={confirm} aria-label={t('carried.confirmLabel', { id: statementId })}>
        {t('carried.confirm')}
      </button>
    </p>
  );
}
