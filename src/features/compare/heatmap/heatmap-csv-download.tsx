import { CsvDownload, type CsvFile } from '../../../components/csv-download';
import type { Heatmap } from '../../../domain/compare/heatmap';
import { toHeatmapCsv } from '../../../domain/csv/heatmap-csv';
import { csvExportMessages } from '../../../i18n/messages/csv-export';
import { heatmapMessages } from '../../../i18n/messages/heatmap';
import { useTranslation } from '../../../i18n/use-translation';

/** Påståenden as CSV: the heatmap the table is given, in its sort, under the table's own headings. */
export function HeatmapCsvDownload({ heatmap }: { heatmap: Pick<Heatmap, 'groups' | 'rows'> }) {
  const { t } = useTranslation(heatmapMessages);
  const { t: tCsv } = useTranslation(csvExportMessages);
  const headings = { county: t('table.county'), total: t('table.total') };
  const file: CsvFile = {
    label: tCsv('compare.heatmap'),
    fileStem: 'jamfor-pastaenden',
    text: (delimiter) => toHeatmapCsv(heatmap, headings, delimiter),
  };
  return <CsvDownload files={[file]} note={tCsv('compare.note')} />;
}
