import type { RoundChange } from '../../components/change/use-round-change';
import { CsvDownload } from '../../components/csv-download';
import { toRoundChangeCsv } from '../../domain/csv/round-change-csv';
import { localize } from '../../domain/localize';
import { changeMessages } from '../../i18n/messages/change';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useInstrument } from '../../providers/services';

/** "Förändring per område" as CSV: the counts, and the counties behind each in columns of their own. */
export function ChangeCsvDownload({ change }: { change: RoundChange }) {
  const { t } = useTranslation(changeMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const words = {
    area: t('table.area'),
    title: t('csv.title'),
    higher: t('table.higher'),
    same: t('table.same'),
    lower: t('table.lower'),
    notComparable: t('table.notComparable'),
    counties: (column: string) => t('csv.counties', { column }),
    areaName: (id: string) => t('table.areaName', { id }),
    areaTitle: (id: string) => localize(instrument.areas.find((area) => area.area.id === id)?.area.shortTitle ?? { sv: '' }, lang),
  };
  return (
    <CsvDownload
      note={t('csv.tableNote')}
      files={[
        {
          label: t('csv.table'),
          fileStem: `forandring-${change.from.id}-${change.to.id}`,
          text: (delimiter) => toRoundChangeCsv(change.areas, words, delimiter),
        },
      ]}
    />
  );
}
