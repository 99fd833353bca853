import type { PlacedLevel } from '../../domain/change/level-change';
import { localize } from '../../domain/localize';
import { commonMessages } from '../../i18n/messages/common';
import { countyHistoryMessages } from '../../i18n/messages/county-history';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
// Filled by level like a level badge (`level--0` … `level--2`, `level--none`).
import '../../components/level-badge.css';

/**
 * A county's level in one round, as a level badge: the label on the level's fill, or "Ej bedömd".
 * A level the group set is marked as in the figures, the mark explained under the table and
 * said in words to a screen reader; so is a rule that differs from the round before's.
 */
export function PlacedLevelText({ place, ruleDiffers = false }: { place: PlacedLevel | null; ruleDiffers?: boolean }) {
  const { t } = useTranslation(countyHistoryMessages);
  const common = useTranslation(commonMessages).t;
  const lang = useLanguage();
  const ruleMark = ruleDiffers && <Mark mark={t('levels.ruleMark')} words={t('levels.ruleWords')} />;
  // The marks inside the badge, so that they never wrap away from the level they belong to.
  if (place === null) {
    return (
      <span className="level level--none">
        {common('notRated')}
        {ruleMark}
      </span>
    );
  }
  return (
    <span className={`level level--${place.level}`}>
      {localize(place.label, lang)}
      {place.byGroup && <Mark mark={t('levels.groupMark')} words={t('levels.groupWords')} />}
      {ruleMark}
    </span>
  );
}

function Mark({ mark, words }: { mark: string; words: string }) {
  return (
    <>
      <span aria-hidden="true" className="history-mark">
        {mark}
      </span>
      <span className="visually-hidden">{` (${words})`}</span>
    </>
  );
}
