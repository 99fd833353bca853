import { ChangeFigure } from '../../components/change/change-figure';
import { ChangeTable } from '../../components/change/change-table';
import { RuleRevisionsNote } from '../../components/change/rule-revisions-note';
import { useRoundChange } from '../../components/change/use-round-change';
import { RankingCaveat } from '../../components/ranking-caveat';
import { changeMessages } from '../../i18n/messages/change';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { AreaMoves } from './area-moves';
import { CarriedNote } from './carried-note';
import { ChangeCsvDownload } from './change-csv-download';
import { readChangeChoice, type ChangeChoice } from './change-params';
import { RevisionChoice } from './revision-choice';
import { RoundChoosers } from './round-choosers';
import { ScoreChangeSection } from './score-change-section';
import './change-page.css';

/**
 * Förändring: two rounds compared, per area and per county, in figures and in scores. The rounds
 * are the address's (`fran`, `till`), by default the two latest.
 */
export default function ChangePage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(changeMessages);
  const { rounds } = useRound();
  const roundHref = useRoundHref();
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="prose">{t('intro')}</p>
      {rounds.length < 2 ? (
        <p className="alert">
          {/* <Trans> puts the link text from the catalogue inside the anchor. */}
          {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
          <Trans t={t} i18nKey="tooFew" values={{ name: rounds[0]?.name ?? '' }} components={{ a: <a href={roundHref('#/omgangar')} /> }} />
        </p>
      ) : (
        <RoundComparison choice={readChangeChoice(params, rounds)} params={params} />
      )}
    </>
  );
}

function RoundComparison({ choice, params }: { choice: ChangeChoice; params: URLSearchParams }) {
  const { t } = useTranslation(changeMessages);
  const { rounds } = useRound();
  const change = useRoundChange(choice.from, choice.to, choice.common);
  return (
    <>
      <RoundChoosers rounds={rounds} from={choice.from} to={choice.to} />
      {choice.from.id === choice.to.id && <p className="alert">{t('choose.same')}</p>}
      <RuleRevisionsNote from={choice.from} to={choice.to} rules={change.rules}>
        <RevisionChoice choice={choice} rules={change.rules} />
      </RuleRevisionsNote>
      <CarriedNote round={choice.from} />
      <CarriedNote round={choice.to} />
      <RankingCaveat />
      <section aria-labelledby="forandring-nivaer">
        <h2 id="forandring-nivaer">{t('levels.heading')}</h2>
        <p className="prose">{t('levels.intro')}</p>
        <ChangeTable areas={change.areas} />
        <ChangeCsvDownload change={change} />
        <AreaMoves change={change} />
      </section>
      <section aria-labelledby="forandring-figurer">
        <h2 id="forandring-figurer">{t('figures.heading')}</h2>
        <p className="prose">{t('figures.intro', { from: choice.from.name, to: choice.to.name })}</p>
        {change.areas.map((area) => (
          <ChangeFigure key={area.areaId} change={area} from={choice.from} to={choice.to} />
        ))}
      </section>
      <ScoreChangeSection change={change} params={params} />
    </>
  );
}
