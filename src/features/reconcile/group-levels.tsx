import { useMemo } from 'react';
import type { County } from '../../domain/criteria/counties-schema';
import { localize } from '../../domain/localize';
import { levelNumber } from '../../domain/rating/level-number';
import { rateCounty } from '../../domain/rating/rate-area';
import { EMPTY_ASSESSMENT, type GroupLevel } from '../../domain/workspace/assessment';
import { reconcileMessages } from '../../i18n/messages/reconcile';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { GroupLevelForm } from './group-level-form';

/**
 * The group's level per area, beside the rule's: the group may set an area's level against the
 * rule and must then write why. Only an area the rule rates can have one.
 */
/**
 * A group level on an area the rule cannot rate now (a score was cleared): it is kept, not counted,
 * and says so, with a way to remove it.
 */
function KeptLevel({ county, areaId, level }: { county: string; areaId: string; level: GroupLevel }) {
  const { t } = useTranslation(reconcileMessages);
  const { round } = useRound();
  const store = useWorkspaceStore();
  const remove = () =>
    store.getState().applyStep({ kind: 'level', round: round.id, county, area: areaId }, [{ field: 'level', round: round.id, county, area: areaId, value: null }]);
  return (
    <p className="alert">
      {t('levels.kept', { level: levelNumber(level.level), reason: level.reason })}{' '}
      <button type="button" className="button-secondary" onClick={remove}>
        {t('levels.removeKept', { id: areaId })}
      </button>
    </p>
  );
}

export function GroupLevels({ county }: { county: County }) {
  const { t } = useTranslation(reconcileMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const { round } = useRound();
  const agreed = useWorkspace((state) => state.data[round.id]?.agreed[county.code] ?? EMPTY_ASSESSMENT);
  const levels = useWorkspace((state) => state.data[round.id]?.levels[county.code]);
  // The rule's own levels: without the group's, so that the form shows what the rule gives.
  const ruleRatings = useMemo(() => rateCounty(instrument, agreed), [instrument, agreed]);

  return (
    <section aria-labelledby="gruppens-niva-rubrik" className="group-levels">
      <h2 id="gruppens-niva-rubrik">{t('levels.heading')}</h2>
      <p>{t('levels.intro')}</p>
      {instrument.areas.map((area, index) => {
        const rating = ruleRatings[index];
        return (
          <div key={area.area.id} className="group-level">
            <h3>{t('levels.area', { id: area.area.id, title: localize(area.area.title, lang) })}</h3>
            {rating?.status === 'rated' ? (
              <GroupLevelForm county={county} area={area} ruleLevel={rating.level} current={levels?.[area.area.id]} />
            ) : (
              <>
                <p>{t('levels.notRated')}</p>
                {levels?.[area.area.id] && <KeptLevel county={county.code} areaId={area.area.id} level={levels[area.area.id]!} />}
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
