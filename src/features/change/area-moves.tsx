import { Fragment } from 'react';
import type { RoundChange } from '../../components/change/use-round-change';
import type { AreaChange, PlacedLevel } from '../../domain/change/level-change';
import type { County } from '../../domain/criteria/counties-schema';
import { localize } from '../../domain/localize';
import { changeMessages } from '../../i18n/messages/change';
import { Trans } from '../../i18n/trans';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';
import { useHistoryHref } from './use-history-href';

/** Per area, the counties that moved up or down, from which level to which, and those that cannot be compared. */
export function AreaMoves({ change }: { change: RoundChange }) {
  const { t } = useTranslation(changeMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  return (
    <>
      {change.areas.map((area) => {
        const headingId = `forandring-omrade-${area.areaId}`;
        const title = instrument.areas.find((candidate) => candidate.area.id === area.areaId)?.area.shortTitle ?? area.title;
        return (
          <section key={area.areaId} className="change-moves" aria-labelledby={headingId}>
            <h3 id={headingId}>{t('moves.area', { id: area.areaId, title: localize(title, lang) })}</h3>
            {area.ruleDiffers ? <p>{t('moves.ruleDiffers')}</p> : <ComparableMoves area={area} change={change} />}
          </section>
        );
      })}
    </>
  );
}

/** The counties not rated in one round or in both, grouped so that each group is one line. */
function useNotRatedGroups() {
  const { t } = useTranslation(changeMessages);
  return (area: AreaChange, change: RoundChange): { key: string; label: string; counties: County[] }[] => {
    const groups = [
      { key: 'from', label: t('moves.notRatedIn', { round: change.from.name }), counties: [] as County[] },
      { key: 'to', label: t('moves.notRatedIn', { round: change.to.name }), counties: [] as County[] },
      { key: 'both', label: t('moves.notRatedInEither'), counties: [] as County[] },
    ];
    for (const { county, from, to } of area.notComparable) groups[from === null && to === null ? 2 : from === null ? 0 : 1]?.counties.push(county);
    return groups.filter((group) => group.counties.length > 0);
  };
}

function ComparableMoves({ area, change }: { area: AreaChange; change: RoundChange }) {
  const { t } = useTranslation(changeMessages);
  const lang = useLanguage();
  const historyHref = useHistoryHref(change);
  const notRatedGroups = useNotRatedGroups();
  // <Trans> puts the county's name from the message inside the anchor.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  const countyLink = (code: string) => <a href={historyHref(code)} />;
  const levelText = (place: PlacedLevel) => {
    const label = localize(place.label, lang);
    return place.byGroup ? t('moves.byGroup', { label }) : label;
  };
  const moves = (direction: 'higher' | 'lower') => (
    <>
      <p className="change-moves__count">{t(direction === 'higher' ? 'moves.higher' : 'moves.lower', { count: area[direction].length })}</p>
      {area[direction].length > 0 && (
        <ul>
          {area[direction].map((move) => (
            <li key={move.county.code}>
              <Trans t={t} i18nKey="moves.move" values={{ name: move.county.name, from: levelText(move.from), to: levelText(move.to) }} components={{ a: countyLink(move.county.code) }} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <>
      {moves('higher')}
      {moves('lower')}
      <p className="change-moves__count">{t('moves.same', { count: area.same.length })}</p>
      {area.notComparable.length > 0 && (
        <>
          <p className="change-moves__count">{t('moves.notComparable', { count: area.notComparable.length })}</p>
          <ul>
            {notRatedGroups(area, change).map(({ key, label, counties }) => (
              <li key={key}>
                {label}{' '}
                {counties.map((county, index) => (
                  <Fragment key={county.code}>
                    {index > 0 && ', '}
                    <a href={historyHref(county.code)}>{county.name}</a>
                  </Fragment>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
