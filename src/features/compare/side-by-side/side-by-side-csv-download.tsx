import { CsvDownload, type CsvFile } from '../../../components/csv-download';
import { toSideBySideCsv, type SideBySideCsvInput } from '../../../domain/csv/side-by-side-csv';
import { csvExportMessages } from '../../../i18n/messages/csv-export';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';

/** Sida vid sida as CSV: the levels and scores the two tables are given (all, or only the differences), in the words they show. */
export function SideBySideCsvDownload({ input, onlyDifferences }: { input: SideBySideCsvInput; onlyDifferences: boolean }) {
  const { t } = useTranslation(sideBySideMessages);
  const { t: tCsv } = useTranslation(csvExportMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const words = {
    area: t('levels.area'),
    areaName: (id: string, title: string) => t('areaName', { id, title }),
    statement: t('statements.statement'),
    wording: tCsv('compare.wording'),
    comparison: t('statements.comparison'),
    differs: `${t('statements.differsMarker')} ${t('statements.differs')}`,
    same: t('statements.same'),
    incomplete: t('statements.incomplete'),
  };
  const file: CsvFile = {
    label: tCsv('compare.sideBySide'),
    fileStem: 'jamfor-sida-vid-sida',
    text: (delimiter) => toSideBySideCsv(input, instrument, lang, words, delimiter),
  };
  return <CsvDownload files={[file]} note={tCsv(onlyDifferences ? 'compare.sideBySideDifferencesNote' : 'compare.sideBySideNote')} />;
}
