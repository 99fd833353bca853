import { useId, useState } from 'react';
import type { County } from '../../domain/criteria/counties-schema';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { localize } from '../../domain/localize';
import { levelNumber } from '../../domain/rating/level-number';
import type { GroupLevel } from '../../domain/workspace/assessment';
import { reconcileMessages } from '../../i18n/messages/reconcile';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useWorkspaceStore } from '../../providers/services';

const RULE = 'regel';

type Props = { county: County; area: InstrumentArea; ruleLevel: number; current: GroupLevel | undefined };

/**
 * One area's group level: the rule's level shown, a choice of level and a reason. Saved as one
 * undoable step; a level other than the rule's is refused without a reason, and the field says so.
 */
export function GroupLevelForm({ county, area, ruleLevel, current }: Props) {
  const { t } = useTranslation(reconcileMessages);
  const lang = useLanguage();
  const { round } = useRound();
  const store = useWorkspaceStore();
  const [choice, setChoice] = useState(current && current.level !== ruleLevel ? String(current.level) : RULE);
  const [reason, setReason] = useState(current?.reason ?? '');
  const [problem, setProblem] = useState(false);
  const [saved, setSaved] = useState(false);
  const base = useId();
  const areaId = area.area.id;
  // A change of the stored level from elsewhere (Ångra, another tab) resets the form to it; the
  // form's own save stores what the form holds, so that leaves it as it is.
  const storedChoice = current && current.level !== ruleLevel ? String(current.level) : RULE;
  const storedReason = current?.reason ?? '';
  const stored = `${storedChoice}\n${storedReason}`;
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    const holds = choice === storedChoice && (choice === RULE || reason.trim() === storedReason);
    if (!holds) {
      setChoice(storedChoice);
      setReason(storedReason);
      setSaved(false);
    }
  }
  const label = (level: number) => {
    const found = area.levelsWeakestFirst.find((candidate) => candidate.level === level);
    return `${levelNumber(level)} ${found ? localize(found.label, lang) : ''}`;
  };

  const save = () => {
    const level = choice === RULE ? null : Number(choice);
    if (level !== null && reason.trim() === '') {
      setProblem(true);
      document.getElementById(`${base}-reason`)?.focus();
      return;
    }
    setProblem(false);
    store.getState().applyStep({ kind: 'level', round: round.id, county: county.code, area: areaId }, [
      { field: 'level', round: round.id, county: county.code, area: areaId, value: level === null ? null : { level, reason: reason.trim() } },
    ]);
    setSaved(true);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <p>{t('levels.rule', { level: label(ruleLevel) })}</p>
      {current && current.level !== ruleLevel && <p className="group-level__current">{t('levels.current', { level: label(current.level), reason: current.reason })}</p>}
      <p>
        <label htmlFor={`${base}-level`}>{t('levels.choice', { id: areaId })}</label>{' '}
        <select
          id={`${base}-level`}
          value={choice}
          onChange={(event) => {
            setChoice(event.target.value);
            setSaved(false);
          }}
        >
          <option value={RULE}>{t('levels.followRule', { level: label(ruleLevel) })}</option>
          {area.levelsWeakestFirst
            .filter((level) => level.level !== ruleLevel)
            .map((level) => (
              <option key={level.level} value={String(level.level)}>
                {label(level.level)}
              </option>
            ))}
        </select>
      </p>
      {choice !== RULE && (
        <p className="group-level__reason">
          <label htmlFor={`${base}-reason`}>{t('levels.reason', { id: areaId })}</label>
          <textarea
            id={`${base}-reason`}
            rows={3}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setSaved(false);
            }}
            aria-invalid={problem}
            aria-describedby={problem ? `${base}-problem` : undefined}
          />
          {problem && (
            <span id={`${base}-problem`} className="field-problem">
              {t('levels.reasonMissing')}
            </span>
          )}
        </p>
      )}
      <button type="submit">{t('levels.save', { id: areaId })}</button>
      {saved && (
        <span role="status" className="group-level__saved">
          {' '}
          {choice === RULE ? t('levels.savedRule') : t('levels.saved')}
        </span>
      )}
    </form>
  );
}
