import { useTranslation } from 'react-i18next';
import { CsvDownload, type CsvFile } from '../../components/csv-download';
import type { Heatmap } from '../../domain/compare/heatmap';
import { toHeatmapCsv } from '../../domain/csv/heatmap-csv';

/** Påståenden as CSV: the heatmap the table is given, in its sort, under the table's own headings. */
export function HeatmapCsvDownload({ heatmap }: { heatmap: Pick<Heatmap, 'groups' | 'rows'> }) {
  const { t } = useTranslation('heatmap');
  const { t: tCsv } = useTranslation('csvExport');
  const headings = { county: t('table.county'), total: t('table.total') };
  const file: CsvFile = {
    label: tCsv('compare.heatmap'),
    fileStem: 'jamfor-pastaenden',
    text: (delimiter) => toHeatmapCsv(heatmap, headings, delimiter),
  };
  return <CsvDownload files={[file]} note={tCsv('compare.note')} />;
}
