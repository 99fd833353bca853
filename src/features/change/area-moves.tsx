import type { RoundChange } from '../../components/change/use-round-change';
import type { AreaChange, PlacedLevel } from '../../domain/change/level-change';
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

function ComparableMoves({ area, change }: { area: AreaChange; change: RoundChange }) {
  const { t } = useTranslation(changeMessages);
  const lang = useLanguage();
  const historyHref = useHistoryHref(change);
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
            {area.notComparable.map(({ county, from, to }) => {
              const missing = from === null && to === null ? null : from === null ? change.from.name : change.to.name;
              return (
                <li key={county.code}>
                  <Trans
                    t={t}
                    i18nKey={missing === null ? 'moves.notRatedInEither' : 'moves.notRatedIn'}
                    values={{ name: county.name, round: missing ?? '' }}
                    components={{ a: countyLink(county.code) }}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
