import { CsvDownload, type CsvFile } from '../../../components/csv-download';
import type { OverviewRow } from '../../../domain/compare/overview';
import { toOverviewCsv } from '../../../domain/csv/overview-csv';
import { csvExportMessages } from '../../../i18n/messages/csv-export';
import { overviewMessages } from '../../../i18n/messages/overview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';

/** Överblick as CSV: the rows the table is given, in its sort, under the table's own headings. */
export function OverviewCsvDownload({ rows }: { rows: readonly OverviewRow[] }) {
  const { t } = useTranslation(overviewMessages);
  const { t: tCsv } = useTranslation(csvExportMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const headings = { county: t('table.county'), area: (id: string, title: string) => t('table.area', { id, title }) };
  const file: CsvFile = {
    label: tCsv('compare.overview'),
    fileStem: 'jamfor-overblick',
    text: (delimiter) => toOverviewCsv(rows, instrument, lang, headings, delimiter),
  };
  return <CsvDownload files={[file]} note={tCsv('compare.note')} />;
}
