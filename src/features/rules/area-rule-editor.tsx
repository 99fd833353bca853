import { useId } from 'react';
import { ConditionBasis, LevelDescription } from '../../components/rule-sources';
import type { Condition } from '../../domain/criteria/criteria-schema';
import type { InstrumentArea } from '../../domain/criteria/instrument';
import { localize } from '../../domain/localize';
import { describeCondition } from '../../domain/rating/describe-condition';
import { levelNumber } from '../../domain/rating/level-number';
import type { Score } from '../../domain/score';
import { rulesMessages } from '../../i18n/messages/rules';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import type { RuleVariantState } from './use-rule-variant';

type Place = { areaIndex: number; levelIndex: number; conditionIndex: number };

/** An area's rule under the variant, level by level, strongest first, with its thresholds to change. */
export function AreaRuleEditor({ areaIndex, state }: { areaIndex: number; state: RuleVariantState }) {
  const { t } = useTranslation(rulesMessages);
  const lang = useLanguage();
  const defaultArea = state.defaultInstrument.areas[areaIndex];
  const variantArea = state.variantInstrument.areas[areaIndex];
  if (!defaultArea || !variantArea) return null;
  return (
    <ol className="rule-levels">
      {variantArea.levelsStrongestFirst.map((level, levelIndex) => (
        <li key={level.level}>
          <h3>{t('rule.level', { level: levelNumber(level.level), label: localize(level.label, lang) })}</h3>
          <LevelDescription description={defaultArea.levelsStrongestFirst[levelIndex]?.description} />
          {level.conditions.length === 0 ? (
            <p>{t('rule.fallback')}</p>
          ) : (
            <>
              <p>{t('rule.allMustHold')}</p>
              <ul className="rule-conditions">
                {level.conditions.map((condition, conditionIndex) => (
                  <ConditionEditor
                    key={conditionIndex}
                    area={defaultArea}
                    condition={condition}
                    original={defaultArea.levelsStrongestFirst[levelIndex]?.conditions[conditionIndex] ?? condition}
                    levelNumber={levelNumber(level.level)}
                    place={{ areaIndex, levelIndex, conditionIndex }}
                    state={state}
                  />
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

type ConditionProps = {
  area: InstrumentArea;
  condition: Condition;
  original: Condition;
  levelNumber: number;
  place: Place;
  state: RuleVariantState;
};

function ConditionEditor({ area, condition, original, levelNumber, place, state }: ConditionProps) {
  const { t } = useTranslation(rulesMessages);
  const lang = useLanguage();
  const atLeastId = useId();
  const minScoreId = useId();
  const scale = state.defaultInstrument.criteria.scale;
  const changed = condition.atLeast !== original.atLeast || condition.minScore !== original.minScore;
  const where = { id: area.area.id, level: levelNumber, condition: place.conditionIndex + 1 };
  const set = (threshold: { minScore: Score; atLeast: number }) =>
    state.setThreshold(place.areaIndex, place.levelIndex, place.conditionIndex, threshold);
  const total = condition.statements.length;

  return (
    <li className={changed ? 'rule-condition rule-condition--changed' : 'rule-condition'}>
      <p className="rule-condition__text">
        {describeCondition(condition, state.defaultInstrument, lang)}
        {changed && <span className="rule-condition__default"> {t('rule.defaultWas', { rule: describeCondition(original, state.defaultInstrument, lang) })}</span>}
      </p>
      <p className="rule-condition__basis">
        <ConditionBasis basis={original.basis} />
      </p>
      <div className="rule-condition__inputs">
        <span>
          <label htmlFor={atLeastId}>{t('rule.atLeast')}</label>{' '}
          {/* The visible label begins the name; the rest says which condition, as the sentence above does. */}
          <select
            id={atLeastId}
            aria-label={t('rule.atLeastName', where)}
            value={condition.atLeast}
            onChange={(event) => set({ minScore: condition.minScore, atLeast: Number(event.target.value) })}
          >
            {Array.from({ length: total }, (_, index) => index + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{' '}
          {t('rule.ofStatements', { count: total })}
        </span>
        <span>
          <label htmlFor={minScoreId}>{t('rule.minScore')}</label>{' '}
          {/* The visible label begins the name; the rest says which condition, as the sentence above does. */}
          <select
            id={minScoreId}
            aria-label={t('rule.minScoreName', where)}
            value={condition.minScore}
            onChange={(event) => set({ minScore: scoreOf(event.target.value, scale, condition.minScore), atLeast: condition.atLeast })}
          >
            {scale.map((step) => (
              <option key={step.value} value={step.value}>
                {`${step.value} ${localize(step.label, lang)}`}
              </option>
            ))}
          </select>
        </span>
      </div>
    </li>
  );
}

/** The chosen option back as a score: the options are the criteria's scale, so it is one of them. */
function scoreOf(value: string, scale: readonly { value: Score }[], current: Score): Score {
  return scale.find((step) => String(step.value) === value)?.value ?? current;
}
