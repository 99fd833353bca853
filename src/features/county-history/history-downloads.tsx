import { useId } from 'react';
import { CsvDownload } from '../../components/csv-download';
import type { CountyHistory } from '../../domain/change/county-history';
import { toCountyLevelsCsv, toCountyScoreChangesCsv } from '../../domain/csv/county-history-csv';
import { countyHistoryMessages } from '../../i18n/messages/county-history';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useLoadedInstrument } from '../../providers/round-in-use';

/** The county's levels per round and its changed scores, as two CSV files. */
export function HistoryDownloads({ history }: { history: CountyHistory }) {
  const { t } = useTranslation(countyHistoryMessages);
  const lang = useLanguage();
  const instrument = useLoadedInstrument();
  const id = useId();
  const stem = `lansinventering-forandring-${history.county.code}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('csv.title')}</h2>
      <CsvDownload
        note={t('csv.note')}
        files={[
          { label: t('csv.levels'), fileStem: `${stem}-nivaer`, text: (delimiter) => toCountyLevelsCsv(history, lang, delimiter) },
          {
            label: t('csv.changes'),
            fileStem: `${stem}-poang`,
            text: (delimiter) => toCountyScoreChangesCsv(history, instrument, lang, delimiter),
          },
        ]}
      />
    </section>
  );
}
