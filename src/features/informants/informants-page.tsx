import { useMemo } from 'react';
import { CsvDownload, type CsvFile } from '../../components/csv-download';
import { toInformantsCsv } from '../../domain/csv/informants-csv';
import { informantsByCounty, informantsByTier } from '../../domain/informants/informant-totals';
import { compareWithReported } from '../../domain/informants/reported-comparison';
import { EMPTY_ROUND } from '../../domain/workspace/workspace';
import { informantsMessages } from '../../i18n/messages/informants';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { useRound, useRoundHref } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { ReportedForm } from './reported-form';
import { ReportedNote } from './reported-note';
import { TotalsTable } from './totals-table';
import './informants.css';

/** Where the example of Bilaga 3 is served from, beside index.html. */
const EXAMPLE = 'examples/informants-2016.json';

/**
 * The organisations interviewed in the round in use, as the report's Bilaga 3 sums them: per
 * county and per tier, beside the totals a source states, and as CSV. Organisations are entered
 * on each county's page.
 */
export default function InformantsPage() {
  const { t } = useTranslation(informantsMessages);
  const instrument = useInstrument();
  const { round } = useRound();
  const roundHref = useRoundHref();
  const store = useWorkspaceStore();
  const informants = useWorkspace((state) => state.data[round.id]?.informants ?? EMPTY_ROUND.informants);
  const reported = useWorkspace((state) => state.data[round.id]?.reported ?? EMPTY_ROUND.reported);
  const byCounty = useMemo(() => informantsByCounty({ informants }, instrument.counties), [informants, instrument]);
  const byTier = useMemo(() => informantsByTier({ informants }, instrument.counties), [informants, instrument]);
  const comparison = compareWithReported(byCounty.total, reported);
  const csvFile: CsvFile = {
    label: t('csv.label'),
    fileStem: `informanter-${round.id}`,
    text: (delimiter) => toInformantsCsv(store.getState(), [round.id], instrument, delimiter),
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <div className="prose">
        <p>{t('intro', { round: round.name })}</p>
        <p>{t('privacy')}</p>
        <p>
          {/* <Trans> puts the link texts from the catalogue inside the anchors. */}
          {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
          <Trans t={t} i18nKey="example" components={{ a: <a href={EXAMPLE} download="informants-2016.json" />, data: <a href={roundHref('#/data')} /> }} />
        </p>
      </div>
      {byCounty.total.organisations === 0 && <p className="alert">{t('empty', { round: round.name })}</p>}
      {comparison && <ReportedNote comparison={comparison} />}
      <TotalsTable
        captionId="informanter-per-lan"
        caption={t('table.byCounty')}
        heading={t('table.county')}
        rows={byCounty.rows.map(({ key, totals }) => ({ id: key.code, header: <a href={roundHref(`#/lan/${key.code}`)}>{key.name}</a>, totals }))}
        total={byCounty.total}
      />
      <TotalsTable
        captionId="informanter-per-niva"
        caption={t('table.byTier')}
        heading={t('table.tier')}
        rows={byTier.rows.map(({ key, totals }) => ({ id: key, header: t(`tiers.${key}`), totals }))}
        total={byTier.total}
      />
      <CsvDownload files={[csvFile]} note={t('csv.note', { round: round.name })} />
      <ReportedForm key={round.id} round={round.id} reported={reported} />
    </>
  );
}
