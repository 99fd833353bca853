import { useMemo } from 'react';
import { LevelBadge } from '../../components/level-badge';
import { TableRegion } from '../../components/table-region';
import { localize } from '../../domain/localize';
import { rateCounty } from '../../domain/rating/rate-area';
import { assessmentOf, countScored } from '../../domain/workspace/assessment';
import { AGREED } from '../../domain/workspace/changes';
import { countiesMessages } from '../../i18n/messages/counties';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRoundHref } from '../../providers/round-in-use';
import { useHand, useHandScores } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace } from '../../providers/services';

/** The 21 counties: how far each is scored and where it stands in each area. */
export function CountyListPage() {
  const roundHref = useRoundHref();
  const { t } = useTranslation(countiesMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const roundScores = useHandScores();
  const hand = useHand();
  const raterName = useWorkspace((state) => (hand === AGREED ? null : (state.raters[hand]?.name ?? null)));
  const { statementIds } = instrument;
  const rows = useMemo(
    () =>
      instrument.counties.map((county) => {
        const assessment = assessmentOf(roundScores, county.code);
        return {
          county,
          scored: countScored(assessment, statementIds),
          ratings: rateCounty(instrument, assessment, roundScores.groupLevels?.[county.code]),
        };
      }),
    [instrument, roundScores, statementIds],
  );
  const total = statementIds.length;

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro', { count: total })}</p>
      {raterName !== null && <p className="alert alert--info">{t('ownScores', { name: raterName })}</p>}
      <TableRegion captionId="county-table-caption" pinFirstColumn>
        <table className="county-table">
          <caption id="county-table-caption">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.county')}</th>
              <th scope="col">{t('table.scored')}</th>
              {instrument.areas.map(({ area }) => (
                <th scope="col" key={area.id}>
                  {t('table.area', { id: area.id, title: localize(area.shortTitle, lang) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ county, scored, ratings }) => (
              <tr key={county.code}>
                <th scope="row">
                  <a href={roundHref(`#/lan/${county.code}`)}>{county.name}</a>
                </th>
                <td>{t('table.scoredOf', { scored, total })}</td>
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
