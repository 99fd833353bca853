import { useTranslation } from 'react-i18next';
import { CsvDownload, type CsvFile } from '../../components/csv-download';
import type { OverviewRow } from '../../domain/compare/overview';
import { toOverviewCsv } from '../../domain/csv/overview-csv';
import { useLang } from '../../i18n/use-lang';
import { useInstrument } from '../../providers/services';

/** Överblick as CSV: the rows the table is given, in its sort, under the table's own headings. */
export function OverviewCsvDownload({ rows }: { rows: readonly OverviewRow[] }) {
  const { t } = useTranslation('overview');
  const { t: tCsv } = useTranslation('csvExport');
  const lang = useLang();
  const instrument = useInstrument();
  const headings = { county: t('table.county'), area: (id: string, title: string) => t('table.area', { id, title }) };
  const file: CsvFile = {
    label: tCsv('compare.overview'),
    fileStem: 'jamfor-overblick',
    text: (delimiter) => toOverviewCsv(rows, instrument, lang, headings, delimiter),
  };
  return <CsvDownload files={[file]} note={tCsv('compare.note')} />;
}
