import { countyHistoryMessages } from '../../i18n/messages/county-history';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { useRoundHref } from '../../providers/round-in-use';
import './county-history.css';
import { HistoryDownloads } from './history-downloads';
import { HistoryLevelsTable } from './history-levels-table';
import { HistoryStepSection } from './history-step';
import { useCountyHistory } from './use-county-history';

/**
 * One county across the rounds of the inventory (`#/lan/06/forandring`): its level per area in
 * each round, and from each round to the next what moved and which agreed scores changed.
 */
export default function CountyHistoryPage({ code }: { code: string }) {
  const { t } = useTranslation(countyHistoryMessages);
  const roundHref = useRoundHref();
  const history = useCountyHistory(code);

  if (!history) {
    return (
      <>
        <h1 tabIndex={-1}>{t('notFound', { code })}</h1>
        <p>
          <a href={roundHref('#/lan')}>{t('toCounties')}</a>
        </p>
      </>
    );
  }
  const { county, entries, steps } = history;
  return (
    <>
      <h1 tabIndex={-1}>{t('title', { county: county.name })}</h1>
      <p>{t('intro')}</p>
      <p>
        <a href={roundHref(`#/lan/${county.code}`)}>{t('back')}</a>
      </p>
      {entries.length < 2 && (
        <p className="alert alert--info">
          {/* Trans fills the anchor with the catalogue's link text, which the linter cannot see. */}
          {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
          <Trans t={t} i18nKey="oneRound" values={{ round: entries[0]?.round.name ?? '' }} components={{ a: <a href={roundHref('#/omgangar')} /> }} />
        </p>
      )}
      <HistoryLevelsTable history={history} />
      {steps.map((step) => (
        <HistoryStepSection key={`${step.from.id}-${step.to.id}`} step={step} />
      ))}
      <HistoryDownloads history={history} />
    </>
  );
}
