import { memo, useRef, type KeyboardEvent } from 'react';
import { scoreForKey, scoreKeyShortcuts } from '../../components/score-keys';
import type { Statement } from '../../domain/criteria/criteria-schema';
import { localize } from '../../domain/localize';
import type { Score } from '../../domain/score';
import { scoringMessages } from '../../i18n/messages/scoring';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { assessmentIn, useCell } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { CarriedSuggestion } from './carried-suggestion';
import { OthersScores } from './others-scores';
import { StatementNote } from './statement-note';


/**
 * One statement: a radio group with the scale's values and "Ej poängsatt", and a note on demand.
 * Clearing is a choice in the group, so a statement costs one Tab stop for its score; the digits
 * of the scale pick a score and Delete clears it without walking the arrows.
 */
export const StatementItem = memo(function StatementItem({
  statement,
  countyCode,
}: {
  statement: Statement;
  countyCode: string;
}) {
  const { t } = useTranslation(scoringMessages);
  const lang = useLanguage();
  const { criteria } = useInstrument();
  const store = useWorkspaceStore();
  const cell = useCell(countyCode, statement.id);
  const score = useWorkspace((state) => assessmentIn(state, cell.round, cell.rater, countyCode)?.scores[statement.id]);
  const { setScore } = store.getState();
  const name = `poang-${countyCode}-${statement.id}`;
  const unscored = score === undefined;
  const group = useRef<HTMLDivElement>(null);
  const shortcutHint = scoreKeyShortcuts(criteria.scale);

  const pick = (value: Score | null) => {
    setScore(cell, value);
    const radio = group.current?.querySelector<HTMLInputElement>(`input[value="${value ?? ''}"]`);
    radio?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const value = scoreForKey(event, criteria.scale);
    if (value === undefined) return;
    pick(value);
    event.preventDefault();
  };

  return (
    <fieldset className={`statement${unscored ? ' statement--unscored' : ''}`} data-statement={statement.id}>
      <legend>
        <span className="statement__id">{statement.id}</span> {localize(statement.text, lang)}
      </legend>
      <div className="statement__row">
        <div ref={group} className="statement__scores">
          {criteria.scale.map((step) => (
            <label key={step.value} className="score-option">
              <input
                type="radio"
                name={name}
                value={step.value}
                checked={score === step.value}
                aria-keyshortcuts={shortcutHint}
                onKeyDown={onKeyDown}
                onChange={() => setScore(cell, step.value)}
              />
              <span>
                {step.value} {localize(step.label, lang)}
              </span>
            </label>
          ))}
          <label className="score-option score-option--none">
            <input
              type="radio"
              name={name}
              value=""
              checked={unscored}
              aria-keyshortcuts={shortcutHint}
              onKeyDown={onKeyDown}
              onChange={() => setScore(cell, null)}
            />
            <span>{t('statement.unscored')}</span>
          </label>
        </div>
        <StatementNote statementId={statement.id} countyCode={countyCode} />
      </div>
      {unscored && <CarriedSuggestion countyCode={countyCode} statementId={statement.id} />}
      <OthersScores countyCode={countyCode} statementId={statement.id} />
    </fieldset>
  );
});
