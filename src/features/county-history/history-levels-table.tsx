import { useId } from 'react';
import { TableRegion } from '../../components/table-region';
import type { CountyHistory, HistoryStep } from '../../domain/change/county-history';
import { localize } from '../../domain/localize';
import { revisionOfRound } from '../../domain/rules/rule-revision';
import { countyHistoryMessages } from '../../i18n/messages/county-history';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useLoadedInstrument } from '../../providers/round-in-use';
import { PlacedLevelText } from './placed-level-text';

/** Whether the area is rated with another rule than in the round before (the step into this round). */
function ruleDiffersInto(step: HistoryStep | undefined, areaId: string): boolean {
  return step?.areas.find((area) => area.areaId === areaId)?.ruleDiffers ?? false;
}

/**
 * A row per round, earliest first, and a column per area: where the county stood. The marks of
 * the group's levels and of a rule that differs from the round before are explained below.
 */
export function HistoryLevelsTable({ history }: { history: CountyHistory }) {
  const { t } = useTranslation(countyHistoryMessages);
  const lang = useLanguage();
  const { areas } = useLoadedInstrument();
  const captionId = useId();
  const { county, entries, steps } = history;
  const byGroup = entries.some((entry) => entry.places.some(({ place }) => place?.byGroup === true));
  const ruleSteps = steps.filter((step) => step.areas.some((area) => area.ruleDiffers));

  return (
    <section aria-labelledby={`${captionId}-title`}>
      <h2 id={`${captionId}-title`}>{t('levels.title')}</h2>
      <TableRegion captionId={captionId} pinFirstColumn>
        <table className="history-table history-levels">
          <caption id={captionId}>{t('levels.caption', { county: county.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('levels.round')}</th>
              {areas.map(({ area }) => (
                <th scope="col" key={area.id}>
                  {t('levels.area', { id: area.id })} <span className="history-area-title">{localize(area.shortTitle, lang)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={entry.round.id}>
                <th scope="row">{t('levels.roundName', { name: entry.round.name, period: entry.round.period })}</th>
                {entry.places.map(({ areaId, place }) => (
                  <td key={areaId}>
                    <PlacedLevelText place={place} ruleDiffers={ruleDiffersInto(steps[index - 1], areaId)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {byGroup && <p className="history-note">{t('levels.groupNote')}</p>}
      {ruleSteps.map((step) => (
        <p className="history-note" key={step.to.id}>
          {t('levels.ruleNote', {
            from: step.from.name,
            to: step.to.name,
            fromRevision: revisionOfRound(step.from),
            toRevision: revisionOfRound(step.to),
            areas: step.areas.filter((area) => area.ruleDiffers).map((area) => area.areaId).join(', '),
          })}
        </p>
      ))}
    </section>
  );
}
