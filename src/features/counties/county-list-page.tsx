import { useMemo } from 'react';
import { LevelBadge } from '../../components/level-badge';
import { TableRegion } from '../../components/table-region';
import { currentStatus } from '../../domain/county-check/check-status';
import { localize } from '../../domain/localize';
import { rateCounty } from '../../domain/rating/rate-area';
import { assessmentOf, countScored } from '../../domain/workspace/assessment';
import { AGREED } from '../../domain/workspace/changes';
import { EMPTY_ROUND } from '../../domain/workspace/workspace';
import { countiesMessages } from '../../i18n/messages/counties';
import { countyCheckMessages } from '../../i18n/messages/county-check';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useHand, useHandScores } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace } from '../../providers/services';
import { useCarriedCounties } from '../../providers/use-carried-counties';

/** The 21 counties: how far each is scored and where it stands in each area. */
export function CountyListPage() {
  const roundHref = useRoundHref();
  const { t } = useTranslation(countiesMessages);
  const { t: tCheck } = useTranslation(countyCheckMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useHandScores();
  const hand = useHand();
  const { round } = useRound();
  // The group's check of its summary, whoever is chosen under "Jag är".
  const statuses = useWorkspace((state) => state.data[round.id]?.statuses ?? EMPTY_ROUND.statuses);
  const raterName = useWorkspace((state) => (hand === AGREED ? null : (state.raters[hand]?.name ?? null)));
  const carried = useCarriedCounties();
  const { statementIds } = instrument;
  const rows = useMemo(
    () =>
      instrument.counties.map((county) => {
        const assessment = assessmentOf(roundScores, county.code);
        return {
          county,
          scored: countScored(assessment, statementIds),
          ratings: rateCounty(instrument, assessment, roundScores.groupLevels?.[county.code]),
          status: currentStatus(statuses[county.code])?.status,
        };
      }),
    [instrument, roundScores, statementIds, statuses],
  );
  const total = statementIds.length;

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro', { count: total })}</p>
      {raterName !== null && <p className="alert alert--info">{t('ownScores', { name: raterName })}</p>}
      {/* The table shows the agreed scores' levels only while no rater is chosen. */}
      {raterName === null && carried !== null && <p className="alert alert--info">{t('carried', { count: carried.count, round: carried.source })}</p>}
      <TableRegion captionId="county-table-caption" pinFirstColumn>
        <table className="county-table">
          <caption id="county-table-caption">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.county')}</th>
              <th scope="col">{t('table.scored')}</th>
              <th scope="col">{tCheck('status.label')}</th>
              {instrument.areas.map(({ area }) => (
                <th scope="col" key={area.id}>
                  {t('table.area', { id: area.id, title: localize(area.shortTitle, lang) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ county, scored, ratings, status }) => (
              <tr key={county.code}>
                <th scope="row">
                  <a href={roundHref(`#/lan/${county.code}`)}>{county.name}</a>
                </th>
                <td>{t('table.scoredOf', { scored, total })}</td>
                <td>{status === undefined ? '' : tCheck(`status.${status}`)}</td>
                {ratings.map((rating) => (
                  <td key={rating.areaId}>
                    <LevelBadge rating={rating} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
