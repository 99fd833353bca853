import { useId } from 'react';
import { TableRegion } from '../../components/table-region';
import type { HistoryAreaStep, HistoryStep } from '../../domain/change/county-history';
import { localize } from '../../domain/localize';
import { revisionOfRound } from '../../domain/rules/rule-revision';
import type { TFunction } from '../../i18n/messages';
import { countyHistoryMessages } from '../../i18n/messages/county-history';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useLoadedInstrument } from '../../providers/round-in-use';
import { PlacedLevelText } from './placed-level-text';
import { StepScoresTable } from './step-scores-table';

/** Higher, the same or lower; or why the two levels cannot be compared. */
function movementOf(area: HistoryAreaStep, step: HistoryStep, t: TFunction<typeof countyHistoryMessages>): string {
  if (area.direction !== null) return t(`step.${area.direction}`);
  if (area.ruleDiffers) return t('step.ruleDiffers', { fromRevision: revisionOfRound(step.from), toRevision: revisionOfRound(step.to) });
  if (area.from === null && area.to === null) return t('step.notRatedInEither');
  return t('step.notRatedIn', { round: area.from === null ? step.from.name : step.to.name });
}

/** From one round to the next: how each area moved, and the statements whose agreed score changed. */
export function HistoryStepSection({ step }: { step: HistoryStep }) {
  const { t } = useTranslation(countyHistoryMessages);
  const lang = useLanguage();
  const { areas } = useLoadedInstrument();
  const id = useId();
  const names = { from: step.from.name, to: step.to.name };
  const titleOf = (areaId: string) => areas.find(({ area }) => area.id === areaId)?.area.shortTitle;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('step.title', names)}</h2>
      <TableRegion captionId={`${id}-areas`} pinFirstColumn>
        <table className="history-table history-moves">
          <caption id={`${id}-areas`}>{t('step.areasCaption', names)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('step.area')}</th>
              <th scope="col">{step.from.name}</th>
              <th scope="col">{step.to.name}</th>
              <th scope="col">{t('step.movement')}</th>
            </tr>
          </thead>
          <tbody>
            {step.areas.map((area) => {
              const title = titleOf(area.areaId);
              return (
                <tr key={area.areaId} className={area.direction === null ? 'history-moves__none' : `history-moves__${area.direction}`}>
                  <th scope="row">{t('step.areaName', { id: area.areaId, title: title ? localize(title, lang) : '' })}</th>
                  <td>
                    <PlacedLevelText place={area.from} />
                  </td>
                  <td>
                    <PlacedLevelText place={area.to} />
                  </td>
                  <td>{movementOf(area, step, t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      <StepScoresTable step={step} />
    </section>
  );
}
