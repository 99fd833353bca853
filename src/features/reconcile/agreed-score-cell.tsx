import { useId, type KeyboardEvent } from 'react';
import { scoreForKey, scoreKeyShortcuts } from '../../components/score-keys';
import type { ReconciliationRow } from '../../domain/reconcile/reconciliation';
import type { Score } from '../../domain/score';
import { AGREED } from '../../domain/workspace/changes';
import { reconcileMessages } from '../../i18n/messages/reconcile';
import { useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useInstrument, useWorkspaceStore } from '../../providers/services';

/**
 * The agreed score of one statement, as a radio group like the county page's (digits 0–2 pick,
 * Delete clears), and, where it differs from a rater's score, the reason the group writes.
 */
export function AgreedScoreCell({ county, row }: { county: string; row: ReconciliationRow }) {
  const { t } = useTranslation(reconcileMessages);
  const { criteria } = useInstrument();
  const { round } = useRound();
  const store = useWorkspaceStore();
  const reasonId = useId();
  const cell = { round: round.id, rater: AGREED, county, statement: row.statementId };
  const name = `gemensam-${county}-${row.statementId}`;
  const pick = (value: Score | null) => store.getState().setScore(cell, value);
  const shortcuts = scoreKeyShortcuts(criteria.scale);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const value = scoreForKey(event, criteria.scale);
    if (value === undefined) return;
    event.preventDefault();
    pick(value);
    event.currentTarget.closest('fieldset')?.querySelector<HTMLInputElement>(`input[value="${value ?? ''}"]`)?.focus();
  };
  const setReason = (value: string) =>
    store.getState().applyStep({ kind: 'reason', round: round.id, county, statement: row.statementId }, [
      { field: 'reason', round: round.id, county, statement: row.statementId, value },
    ]);

  return (
    <>
      <fieldset className="agreed-score">
        <legend className="visually-hidden">{t('agreedFor', { statement: row.statementId })}</legend>
        {criteria.scale.map((step) => (
          <label key={step.value}>
            <input type="radio" name={name} value={step.value} checked={row.agreed === step.value} onChange={() => pick(step.value)} onKeyDown={onKeyDown} aria-keyshortcuts={shortcuts} />
            {step.value}
          </label>
        ))}
        <label>
          <input type="radio" name={name} value="" checked={row.agreed === undefined} onChange={() => pick(null)} onKeyDown={onKeyDown} aria-keyshortcuts={shortcuts} />
          {t('none')}
        </label>
      </fieldset>
      {row.differsFromRater && (
        <p className="agreed-reason">
          <label htmlFor={reasonId}>{t('reasonFor', { statement: row.statementId })}</label>
          <textarea
            id={reasonId}
            rows={2}
            value={row.reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={row.reason.trim() === ''}
            aria-describedby={row.reason.trim() === '' ? `${reasonId}-missing` : undefined}
          />
          {row.reason.trim() === '' && (
            <span id={`${reasonId}-missing`} className="field-problem">
              {t('reasonMissing')}
            </span>
          )}
        </p>
      )}
    </>
  );
}
