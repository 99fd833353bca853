import { useMemo } from 'react';
import { agreementTable } from '../../domain/agreement/agreement-table';
import { leastAgreed } from '../../domain/agreement/least-agreed';
import { roundRaterScores } from '../../domain/agreement/round-rater-scores';
import { AGREED } from '../../domain/workspace/changes';
import type { RoundRecord } from '../../domain/workspace/workspace';
import { agreementMessages } from '../../i18n/messages/agreement';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useHand } from '../../providers/scoring-hand';
import { useInstrument, useWorkspace } from '../../providers/services';
import { AgreementMeaning } from './agreement-meaning';
import { AgreementSummaryTable } from './agreement-summary-table';
import { LeastAgreedList } from './least-agreed-list';
import { RaterPairsTable } from './rater-pairs-table';
import './agreement.css';

const NO_SHEETS: RoundRecord['raters'] = {};
/** How many of the least agreed statements are listed: enough to plan a meeting's talk. */
const LEAST_AGREED = 5;

/**
 * How alike the raters scored the round in use, each on their own: per area and over all
 * statements, per pair of raters, and the statements they differ on most, with links to reconcile.
 */
export default function AgreementPage() {
  const { t } = useTranslation(agreementMessages);
  const instrument = useInstrument();
  const { round } = useRound();
  const named = useWorkspace((state) => state.raters);
  const sheets = useWorkspace((state) => state.data[round.id]?.raters ?? NO_SHEETS);
  const raters = useMemo(() => roundRaterScores(named, sheets), [named, sheets]);
  const table = useMemo(() => agreementTable(instrument, raters), [instrument, raters]);
  const units = table.rows.at(-1)?.units ?? 0;
  const hand = useHand();

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro', { round: round.name })}</p>
      {raters.length < 2 ? (
        <TooFewRaters count={raters.length} />
      ) : units < 2 ? (
        <p className="alert">{t('state.tooFewUnits', { count: units, round: round.name })}</p>
      ) : (
        <>
          <section aria-labelledby="overensstammelse-omraden">
            <h2 id="overensstammelse-omraden">{t('table.heading')}</h2>
            <AgreementSummaryTable rows={table.rows} roundName={round.name} />
            <p>{t('table.undefinedNote')}</p>
          </section>
          <AgreementMeaning />
          <RaterPairsTable pairs={table.pairs} roundName={round.name} nameOf={(id) => raters.find((rater) => rater.rater === id)?.name ?? id} />
          {/* The list shows each rater's scores by county: not to a rater, who scores blind. */}
          {hand === AGREED ? (
            <LeastAgreedList
              statements={leastAgreed(instrument, raters, table.statements, LEAST_AGREED)}
              raters={raters}
              roundId={round.id}
              max={LEAST_AGREED}
            />
          ) : (
            <p className="alert">{t('blindList', { name: named[hand]?.name ?? hand })}</p>
          )}
        </>
      )}
    </>
  );
}

/** Agreement needs two raters at least; they are named where the rounds are kept. */
function TooFewRaters({ count }: { count: number }) {
  const { t } = useTranslation(agreementMessages);
  const roundHref = useRoundHref();
  return (
    <p className="alert">
      {t(count === 0 ? 'state.noRaters' : 'state.oneRater')}{' '}
      {/* <Trans> puts the link text from the catalogue inside the anchor. */}
      {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
      <Trans t={t} i18nKey="state.tooFewRaters" components={{ a: <a href={roundHref('#/omgangar')} /> }} />
    </p>
  );
}
